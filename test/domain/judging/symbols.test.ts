import {
  DOT_ARROWS,
  DOT_KEY_WORDS,
  DOT_WORDS,
  parseDirectionSymbol,
  parseStatusSymbol,
  RAG_WORDS,
  STATUS_SYMBOLS,
  STATUS_WORDS,
  statusFill,
  VALUE_ARROWS,
  STATUSES,
  DIRECTIONS,
} from "../../../src/domain/judging";

describe("the council key's default symbols", () => {
  it("has one distinct symbol per status and per direction", () => {
    expect(STATUS_SYMBOLS).toEqual({
      "on-target": "✓",
      "near-target": "●",
      "off-target": "✘",
      "in-development": "✱",
      "not-applicable": "□",
      "not-available": "■",
    });
    expect(DOT_ARROWS).toEqual({ improved: "↑", stable: "→", worse: "↓", "not-applicable": "–" });
    expect(VALUE_ARROWS).toMatchObject({ rose: "↑", fell: "↓" });
  });

  it("fills green, amber, red, and grey for the rest", () => {
    expect(STATUSES.map(statusFill)).toEqual(["green", "amber", "red", "grey", "grey", "grey"]);
  });
});

describe("parseStatusSymbol: recorded statuses as officers type them", () => {
  it.each([
    ["✓", "on-target"],
    ["✔", "on-target"],
    ["Green", "on-target"],
    ["G", "on-target"],
    ["On target", "on-target"],
    ["V", "on-target"], // OCR of ✓ in the 2019 seed key
    ["●", "near-target"],
    ["•", "near-target"],
    ["Amber", "near-target"],
    ["a", "near-target"],
    ["✘", "off-target"],
    ["✗", "off-target"],
    ["×", "off-target"],
    ["X", "off-target"],
    ["x", "off-target"],
    ["Red", "off-target"],
    [" R ", "off-target"],
    ["*", "in-development"],
    ["✱", "in-development"],
    ["□", "not-applicable"],
    ["■", "not-available"],
    ["Measure has not progressed in accordance with target set", "off-target"],
    ["Not available", "not-available"],
    ["✓ (recovery plan agreed)", "on-target"],
  ])("%p → %s", (text, status) => expect(parseStatusSymbol(text)).toBe(status));

  it.each(["", "Recovery plan agreed", "R/G", "0", "> 5%", "maybe", "Greenish"])(
    "does not guess: %p → null",
    (text) => {
      expect(parseStatusSymbol(text)).toBeNull();
    },
  );

  it("reads back every symbol and word it writes", () => {
    for (const s of STATUSES) {
      expect(parseStatusSymbol(STATUS_SYMBOLS[s])).toBe(s);
      expect(parseStatusSymbol(STATUS_WORDS[s])).toBe(s);
      expect(parseStatusSymbol(RAG_WORDS[s])).toBe(s);
    }
  });

  it("ignores what is not text", () => {
    expect(parseStatusSymbol(null)).toBeNull();
    expect(parseStatusSymbol(1)).toBeNull();
  });
});

describe("parseDirectionSymbol", () => {
  it.each([
    ["↑", "improved"],
    ["⇧", "improved"],
    ["Improved", "improved"],
    ["→", "stable"],
    ["Same", "stable"],
    ["Stable", "stable"],
    ["↓", "worse"],
    ["⇩", "worse"],
    ["Worse", "worse"],
    ["U", "worse"], // OCR of ↓ in the 2019 seed DOT column
    ["–", "not-applicable"],
    ["Numbers have got worse", "worse"],
  ])("%p → %s", (text, direction) => expect(parseDirectionSymbol(text)).toBe(direction));

  it("reads back every arrow and word it writes", () => {
    for (const d of DIRECTIONS) {
      expect(parseDirectionSymbol(DOT_ARROWS[d])).toBe(d);
      expect(parseDirectionSymbol(DOT_WORDS[d])).toBe(d);
      expect(parseDirectionSymbol(DOT_KEY_WORDS[d])).toBe(d);
    }
  });

  it.each(["", "0", "O", "went up a bit"])("does not guess: %p → null", (text) =>
    expect(parseDirectionSymbol(text)).toBeNull(),
  );
});
