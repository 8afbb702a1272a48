import { describe, expect, it } from "vitest";
import { askKinds, asksAlike } from "../../src/core/ask-kind.js";

describe("what a question asks for", () => {
  it.each([
    ["Hoeveel vrouwen wachten op een alarmknop?", ["count"]],
    ["hoe vaak gebeurt dat", ["count"]],
    ["Wat is de omvang van de verkoop?", ["count"]],
    ["Wanneer ontvangt de Kamer de brief?", ["when"]],
    ["Op welke termijn komt het voorstel?", ["when"]],
    ["Waarom is de noodknop niet overal beschikbaar?", ["why"]],
    ["Hoeveel kost het en wanneer is het klaar?", ["count", "when"]],
    ["Op welke manier wordt de illegale verkoop teruggedrongen?", ["how"]],
    ["Welke maatregelen neemt u tegen phishing?", ["how"]],
    ["wat doet de minister tegen femicide", ["how"]],
    ["hoe gaat de politie het tekort dichten", ["how"]],
    ["Hoe staat het met de motie?", []],
    ["Hoe lang heeft deze storing geduurd?", ["duration"]],
    ["waarom duurt het herstel zo lang", ["why"]],
    ["Deelt u de mening dat dit moet stoppen?", []],
  ])("%s asks for %j", (text, kinds) => {
    expect(askKinds(text)).toEqual(kinds);
  });

  it("does not read the closing formula 'Zo nee, waarom niet?' as asking for a reason", () => {
    expect(askKinds("Bent u bereid dit te onderzoeken? Zo ja, waarom? Zo nee, waarom niet?")).toEqual([]);
    expect(askKinds("Waarom duurt dit zo lang? Zo nee, waarom niet?")).toEqual(["why"]);
  });

  it.each(["Zo nee waarom niet?", "Zo nee,waarom niet?", "Zo nee , waarom niet?", "Zo nee: waarom niet?", "zo neen, waarom?"])(
    "reads the formula however it is punctuated: %s",
    (formula) => {
      expect(askKinds(`Gaat u dit onderzoeken? ${formula}`)).toEqual([]);
    },
  );

  it("needs a whole word: 'aantallen' counts, 'waaromheen' and 'hoeveelheid' do not", () => {
    expect(askKinds("de aantallen")).toEqual(["count"]);
    expect(askKinds("waaromheen hoeveelheid")).toEqual([]);
  });

  it("calls two questions alike only when they share a kind", () => {
    expect(asksAlike(["count"], "Hoeveel zaken zijn er?")).toBe(true);
    expect(asksAlike(["count"], "Waarom zijn er zoveel zaken?")).toBe(false);
    expect(asksAlike(["count"], "Hoeveel zaken zijn er, en waarom zoveel?")).toBe(true);
    expect(asksAlike([], "Hoeveel zaken zijn er?")).toBe(false);
  });
});
