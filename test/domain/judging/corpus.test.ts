/**
 * Every distinct cell text of the seed reports (test/fixtures/seed-cells.txt, built by
 * scripts/build-corpus.mjs) read as a value, a target, a band and a polarity, and judged:
 * nothing throws, and every result is one of the documented kinds.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  assessDirection,
  assessStatus,
  readBands,
  readPolarity,
  readTarget,
  readValue,
  STATUSES,
  DIRECTIONS,
} from "../../../src/domain/judging";

const cells = readFileSync(path.resolve(__dirname, "../../fixtures/seed-cells.txt"), "utf8")
  .split("\n")
  .filter((l) => l !== "");

const VALUE_KINDS = ["number", "parts", "missing", "unreadable"];
const TARGET_KINDS = ["comparator", "plain", "relative", "benchmark", "not-applicable", "unreadable"];

describe("the seed corpus", () => {
  it("has the real reports' cell texts", () => {
    expect(cells.length).toBeGreaterThan(2000);
    expect(cells).toContain("54.7% (unvalidated)");
    expect(cells).toContain("541 (+10% on previous yr)");
  });

  it("is exactly the distinct cells of the seed copies in test/fixtures/seeds (rebuild with scripts/build-corpus.mjs)", () => {
    const dir = path.resolve(__dirname, "../../fixtures/seeds");
    const distinct = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      for (const line of readFileSync(path.join(dir, file), "utf8").split(/\r?\n/)) {
        for (const cell of line.split(/\t|\|/)) if (cell.trim() !== "") distinct.add(cell.trim());
      }
    }
    expect(new Set(cells)).toEqual(distinct);
  });

  it("reads every text as a value, a target, a band and a polarity, and judges it, without throwing", () => {
    const kinds = { value: new Map<string, number>(), target: new Map<string, number>() };
    for (const text of cells) {
      const value = readValue(text);
      const target = readTarget(text);
      expect(VALUE_KINDS).toContain(value.kind);
      expect(TARGET_KINDS).toContain(target.kind);
      kinds.value.set(value.kind, (kinds.value.get(value.kind) ?? 0) + 1);
      kinds.target.set(target.kind, (kinds.target.get(target.kind) ?? 0) + 1);
      if (value.kind === "missing" || value.kind === "unreadable") expect(value.reason).not.toBe("");
      if (target.kind === "unreadable") expect(target.reason).not.toBe("");
      const polarity = readPolarity(text);
      expect(["high", "low", "none"]).toContain(polarity.polarity);
      const bands = readBands(text, text, text, "high");
      expect(bands.kind).toBe("bands");
      for (const p of ["high", "low", "none"] as const) {
        const status = assessStatus(value, target, p);
        expect(STATUSES).toContain(status.status);
        expect(status.reason).not.toBe("");
        expect(STATUSES).toContain(assessStatus(value, bands, p).status);
        expect(DIRECTIONS).toContain(assessDirection(value, readValue("50%"), p).direction);
      }
    }
    // Most prose is unreadable as a value, yet real figures are found.
    expect(kinds.value.get("number") ?? 0).toBeGreaterThan(200);
    expect(kinds.value.get("unreadable") ?? 0).toBeGreaterThan(500);
  });
});
