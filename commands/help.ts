import { z } from "zod";
import { defineCommand, type Command } from "./types.js";

/** /help lists the commands it is given, so it cannot drift from the real list. */
export function makeHelp(list: () => Command[]) {
  return defineCommand({
    name: "help",
    description: "Uitleg over alle commando's",
    usage: "/help",
    options: [],
    schema: z.object({}),
    run() {
      return {
        title: "Kamervragen opzoeken",
        sections: [
          {
            body: list()
              .map((c) => `${c.usage} — ${c.description}${c.adminOnly ? " (beheerders)" : ""}`)
              .join("\n"),
          },
          { body: "Zoek gewoon met gewone woorden: hoofdletters, accenten en tikfouten maken niet uit." },
        ],
        status: "info",
        actions: [],
      };
    },
  });
}
