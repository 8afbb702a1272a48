/** Imported first by every entry point, so the .env file is read before any setting is. */
import { loadEnvFile } from "./env-file.js";

loadEnvFile();
