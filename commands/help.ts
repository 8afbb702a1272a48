import { z } from "zod";
import { fold } from "../src/core/text.js";
import { infoReply, type Reply } from "../src/core/reply.js";
import { defineCommand, type Command } from "./types.js";

const GREETINGS = /^(hallo|hoi|hey|hee|hai|hi|hello|dag|goede(morgen|middag|navond)|goedemorgen|goedemiddag|goedenavond|moi|yo)( (daar|allemaal|bot))?$/;

/** A greeting on its own ("hallo", "Goedemorgen!") rather than a search. */
export function isGreeting(text: string): boolean {
  return GREETINGS.test(fold(text).replace(/[^a-z ]+/g, " ").replace(/\s+/g, " ").trim());
}

/** The short help a greeting gets. */
export function shortHelp(): Reply {
  return infoReply(
    "Hallo! Ik zoek Kamervragen en de antwoorden van ministers. Typ een paar woorden, bijvoorbeeld politiebegroting, of /wie Mutluer voor de sets van een Kamerlid. /help toont alle commando's.",
  );
}

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
