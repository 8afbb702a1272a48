import { z } from "zod";
import { infoReply, errorReply } from "../src/core/reply.js";
import { echo } from "../src/core/format.js";
import { formatClock, parseClock } from "../src/core/zoned-time.js";
import { targetChannel, targetKey } from "../src/core/target.js";
import { defineCommand, type CommandDeps } from "./types.js";

const NOT_AVAILABLE = "De digest is hier niet beschikbaar (geen database ingesteld).";
const ADMIN_ONLY = "Alleen wie dit kanaal mag beheren kan de digest instellen (Discord: recht ‘Server beheren’; Telegram: beheerders van de groep).";

function unavailable(deps: CommandDeps) {
  if (!deps.subscriptions) return infoReply(NOT_AVAILABLE, "error");
  if (deps.caller.platform === "console") return infoReply("De digest wordt verstuurd in Discord-kanalen en Telegram-chats; bekijk hier een voorproefje met: npm run --silent cli -- digest --preview", "info");
  return null;
}

export const digest = defineCommand({
  name: "digest",
  description: "Dagelijkse digest in dit kanaal: aan, uit of status",
  usage: "/digest aan 08:00 [zoekterm]",
  adminOnly: true,
  options: [
    { name: "actie", description: "aan, uit of status", type: "string", required: true, choices: ["aan", "uit", "status"] },
    { name: "tijd", description: "Tijdstip (Europe/Amsterdam), bijvoorbeeld 08:00", type: "string", required: false },
    { name: "zoekterm", description: "Alleen sets die hierbij passen (optioneel)", type: "string", required: false },
  ],
  schema: z.object({
    actie: z.string().default("status").transform((s) => s.trim().toLowerCase()),
    tijd: z.string().default(""),
    zoekterm: z.string().default("").transform((s) => s.slice(0, 200)),
  }),
  parseText(rest) {
    const [actie = "status", ...words] = rest.split(/\s+/).filter(Boolean);
    const tijd = words[0] && parseClock(words[0]) ? words.shift()! : "";
    return { actie, tijd, zoekterm: words.join(" ") };
  },
  async run({ actie, tijd, zoekterm }, deps) {
    const blocked = unavailable(deps);
    if (blocked) return blocked;
    const store = deps.subscriptions!;
    const target = targetKey(deps.caller.target);
    const zone = deps.timeZone ?? "Europe/Amsterdam";
    const current = store.subscription(target);
    if (actie === "status") {
      if (!current) return infoReply("De digest staat uit in dit kanaal. Zet hem aan met /digest aan 08:00.");
      if (!current.enabled) return infoReply(`De digest staat uit${current.disabledReason ? ` (${current.disabledReason})` : ""}. Zet hem weer aan met /digest aan.`);
      const last = store.lastDigestAt(target);
      return infoReply(
        [
          `De digest staat aan: elke dag om ${formatClock(current.hour, current.minute)} (${zone})${current.query ? `, alleen over «${echo(current.query, 60)}»` : ""}.`,
          last ? `Vorige digest: ${new Date(last).toLocaleString("nl-NL", { timeZone: zone })}.` : "Er is nog geen digest verstuurd.",
        ].join("\n"),
      );
    }
    if (actie !== "aan" && actie !== "uit") return errorReply("Gebruik /digest aan [tijd] [zoekterm], /digest uit of /digest status.");
    if (!(await deps.caller.canManage())) return errorReply(ADMIN_ONLY);
    if (actie === "uit") {
      if (!current?.enabled) return infoReply("De digest stond al uit.");
      store.disable(target, "uitgezet met /digest uit");
      return infoReply("De digest staat uit. Zet hem weer aan met /digest aan.");
    }
    const clock = tijd ? parseClock(tijd) : current ? [current.hour, current.minute] : [8, 0];
    if (!clock) return errorReply(`«${echo(tijd, 20)}» is geen tijdstip. Gebruik bijvoorbeeld 08:00.`);
    const now = (deps.now ?? (() => new Date()))();
    const sub = store.subscribe({
      platform: deps.caller.target.platform,
      channel: targetChannel(deps.caller.target),
      hour: clock[0]!,
      minute: clock[1]!,
      query: zoekterm.trim(),
      createdBy: deps.caller.userId,
      createdAt: current?.createdAt ?? now.toISOString(),
    });
    return infoReply(
      `De digest staat aan: elke dag om ${formatClock(sub.hour, sub.minute)} (${zone})${sub.query ? `, alleen over «${echo(sub.query, 60)}»` : ""}. Met nieuwe sets en nieuwe antwoorden sinds de vorige digest; op een rustige dag een uitgelichte vraag.`,
    );
  },
});
