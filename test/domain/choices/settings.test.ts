import { DEFAULT_SETTINGS, readSettings, roleOverrides, type KpiSettings } from "../../../src/domain/choices/settings";
import { compareChoice, toleranceProblem } from "../../../src/domain/choices";
import { parseTolerance } from "../../../src/domain/judging/tolerance";

describe("a tolerance the pane accepts is one the saved settings accept", () => {
  // The pane saves what toleranceProblem lets through; the next Find reads it back with readSettings.
  it.each(["2 points", "2pp", "3 pts", "5%", "0.05", "0", " 1.5 point "])(
    "'%s' round-trips and keeps the officer's column corrections",
    (tolerance) => {
      expect(toleranceProblem(tolerance)).toBeNull();
      const saved: KpiSettings = {
        ...DEFAULT_SETTINGS,
        sheet: "Q2",
        roles: { "5": "target", "9": "other" },
        tolerance,
      };
      const read = readSettings(JSON.stringify(saved));
      expect(read).toEqual({ kind: "ok", settings: saved });
      if (read.kind !== "ok") throw new Error("settings rejected");
      expect(roleOverrides(read.settings)).toEqual({ 5: "target", 9: "other" });
    },
  );

  it("rejects what the engine rejects", () => {
    for (const tolerance of ["two points", "5 %%", "-2pp", "x".repeat(41)]) {
      expect(parseTolerance(tolerance).ok).toBe(false);
      expect(readSettings(JSON.stringify({ ...DEFAULT_SETTINGS, sheet: "Q2", tolerance })).kind).toBe("invalid");
    }
  });
});

describe("the comparison choice", () => {
  it("reads the words for previous and last year, and anything else as a period's label", () => {
    expect(compareChoice(" Previous ")).toEqual({ kind: "previous" });
    expect(compareChoice("last-year")).toEqual({ kind: "last-year" });
    expect(compareChoice("same-last-year")).toEqual({ kind: "last-year" });
    expect(compareChoice(" Q1 Apr - June 2023/24 ")).toEqual({ kind: "label", label: "Q1 Apr - June 2023/24" });
  });
});
