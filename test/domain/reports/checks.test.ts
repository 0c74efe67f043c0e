import { runHealthChecks, type CheckKind } from "../../../src/domain/reports";
import type { MeasureAssessment } from "../../../src/domain/assessment/types";
import { measure, type MeasureSpec } from "./factory";

const kindsOf = (ms: MeasureAssessment[]) => runHealthChecks(ms).map((c) => c.kind);
const kinds = (spec: MeasureSpec): CheckKind[] => kindsOf([measure(spec)]);

describe("health checks", () => {
  it("finds nothing to fix in a tidy measure", () => {
    expect(
      kinds({
        ref: "1.A2",
        frequency: "Monthly",
        target: "90",
        current: "94.8",
        status: "off-target",
        recordedStatus: "off-target",
      }),
    ).toEqual([]);
  });

  describe("a monthly measure with no current figure", () => {
    it("is flagged when the cell is blank, says not available, or the period is absent", () => {
      const [blank] = runHealthChecks([measure({ ref: "1.A2", row: 9, frequency: "Monthly", current: "" })]);
      expect(blank).toEqual({
        kind: "missing-monthly-value",
        sheet: "Council Plan Q1 2019-20",
        row: 9,
        ref: "1.A2",
        message: "monthly measure with no figure for Q1 Apr - June 2019",
      });
      const [said] = runHealthChecks([measure({ frequency: "Monthly (Academic Year)", current: "Not available" })]);
      expect(said?.message).toBe(
        'monthly measure with no figure for Q1 Apr - June 2019 (the cell says "Not available")',
      );
      expect(kinds({ frequency: "Monthly", current: null })).toEqual(["missing-monthly-value"]);
    });

    it("is not flagged for a quarterly or annual measure, nor when there is a figure", () => {
      expect(kinds({ frequency: "Quarterly", current: "" })).toEqual([]);
      expect(kinds({ frequency: "Annual", current: null })).toEqual([]);
      expect(kinds({ frequency: "Monthly", current: "0" })).toEqual([]);
    });
  });

  it("flags a current figure written in words, and not one that says it is not available", () => {
    const [c] = runHealthChecks([measure({ ref: "5.D3", current: "Increase of 43%", target: "10% reduction" })]);
    expect(c?.kind).toBe("unreadable-value");
    expect(c?.message).toBe(
      'the Q1 Apr - June 2019 figure "Increase of 43%" could not be read: no figure at the start of the text',
    );
    expect(kinds({ current: "Not available at time of publication" })).toEqual([]);
    expect(kinds({ current: "54.7% (unvalidated)", target: "59%" })).toEqual([]);
  });

  it("flags a target that could not be read, and not one that says there is none", () => {
    const [c] = runHealthChecks([measure({ target: "Current build targets reflected within new Council Plan" })]);
    expect(c?.kind).toBe("unreadable-target");
    expect(c?.message).toMatch(/^target "Current build targets reflected within new Council Plan" could not be read: /);
    expect(kinds({ target: "No target" })).toEqual([]);
    expect(kinds({ target: "Baseline Year" })).toEqual([]);
  });

  describe("tolerance bands", () => {
    it("flags a Green band that points against the polarity", () => {
      const checks = runHealthChecks([measure({ polarity: "high", bands: ["16%+", "8%+", "<8%"], current: "5%" })]);
      expect(checks.map((c) => c.kind)).toContain("band-problem");
      expect(checks.find((c) => c.kind === "band-problem")?.message).toMatch(
        /contradicts the polarity \(higher is better\)/,
      );
    });

    it("flags Red and Green bands that overlap", () => {
      const checks = runHealthChecks([measure({ polarity: "high", bands: ["<90%", "85%+", "80%+"], current: "88%" })]);
      expect(checks.filter((c) => c.kind === "band-problem").map((c) => c.message)).toContainEqual(
        expect.stringMatching(/^Red "<90%" and Green "80%\+" overlap/),
      );
    });

    it("flags Red and Amber bands that point at each other and overlap", () => {
      const checks = runHealthChecks([measure({ polarity: "high", bands: ["<90%", "85%+", "92%+"], current: "88%" })]);
      expect(checks.filter((c) => c.kind === "band-problem").map((c) => c.message)).toEqual([
        expect.stringMatching(/^Red "<90%" and Amber "85%\+" overlap \(.* is in both, and is judged Red\)$/),
      ]);
    });

    it("accepts bands that agree with the polarity", () => {
      expect(kinds({ polarity: "low", bands: ["16%+", "8%+", "<8%"], current: "5%" })).toEqual([]);
      expect(kinds({ polarity: "high", bands: ["<84%", "84%+", "92%+"], current: "88%" })).toEqual([]);
    });
  });

  describe("a recorded status that differs from the computed one", () => {
    it("is listed with both, and neither is changed", () => {
      const m = measure({ ref: "1.A8", status: "near-target", recordedStatus: "off-target", recordedStatusText: "X" });
      const [c] = runHealthChecks([m]);
      expect(c?.kind).toBe("recorded-differs");
      expect(c?.message).toBe("recorded ✘ (off-target) but computed ● (near-target): set by hand: near-target");
      expect(m.recordedStatus).toBe("off-target");
      expect(m.status).toBe("near-target");
    });

    it("lists a recorded direction of travel that differs, once per measure with the status", () => {
      const dotOnly = measure({
        ref: "2.B7",
        status: "on-target",
        dot: "worse",
        recordedStatus: "on-target",
        recordedDot: "improved",
      });
      const both = measure({
        ref: "2.B8",
        status: "near-target",
        dot: "worse",
        recordedStatus: "off-target",
        recordedDot: "improved",
      });
      const checks = runHealthChecks([dotOnly, both]);
      expect(checks.map((c) => [c.ref, c.kind])).toEqual([
        ["2.B7", "recorded-differs"],
        ["2.B8", "recorded-differs"],
      ]);
      expect(checks[0]?.message).toMatch(/^direction recorded ↑ \(improved\) but computed ↓ \(worse\)/);
      expect(checks[1]?.message).toMatch(
        /^recorded ✘ \(off-target\) but computed ● \(near-target\): .*; direction recorded ↑/,
      );
    });

    it("is not listed when they agree or nothing was recorded", () => {
      expect(kinds({ status: "near-target", recordedStatus: "near-target" })).toEqual([]);
      expect(kinds({ status: "near-target", recordedStatus: null })).toEqual([]);
    });

    it("lists a recorded status that is not a symbol of the key", () => {
      expect(kinds({ recordedStatus: null, recordedStatusText: "Purple" })).toEqual(["recorded-unrecognised"]);
      expect(kinds({ recordedStatus: null, recordedStatusText: "  " })).toEqual([]);
    });
  });

  describe("a value whose unit differs from its target's", () => {
    it("flags a percent against a plain number and the other way round", () => {
      const [c] = runHealthChecks([measure({ current: "43.1% (unvalidated)", target: "47.1" })]);
      expect(c?.kind).toBe("unit-mismatch");
      expect(c?.message).toBe("the value 43.1% (unvalidated) is a percentage but the target 47.1 is not a percentage");
      expect(kinds({ current: "94.8", target: "<8%" })).toEqual(["unit-mismatch"]);
      expect(kinds({ current: "80", polarity: "high", bands: ["<84%", "84%+", "92%+"] })).toEqual(["unit-mismatch"]);
    });

    it("accepts matching units, and values or targets with no number", () => {
      expect(kinds({ current: "10.1%", target: "7%" })).toEqual([]);
      expect(kinds({ current: "94.8", target: "90" })).toEqual([]);
      expect(kinds({ current: "10.1%", target: "10% reduction" })).toEqual([]);
      expect(kinds({ current: "n/a", target: "90" })).toEqual([]);
    });
  });

  describe("a duplicate ref", () => {
    it("is flagged on its second use in a table, however it is spaced or cased", () => {
      const checks = runHealthChecks([
        measure({ ref: "1.A2", row: 8 }),
        measure({ ref: "1.B1", row: 9 }),
        measure({ ref: "1.a2 ", row: 10 }),
      ]);
      expect(checks).toEqual([
        {
          kind: "duplicate-ref",
          sheet: "Council Plan Q1 2019-20",
          row: 10,
          ref: "1.a2 ",
          message: "ref 1.a2 is also used on row 8 of this table",
        },
      ]);
    });

    it("says when the other use is in another table on the sheet, or on another sheet", () => {
      const a = measure({ sheet: "Data", ref: "2.12", row: 6 });
      const b = measure({ sheet: "Data", ref: "2.12", row: 30 });
      const c = measure({ sheet: "Other", ref: "2.12", row: 4 });
      const layout = {
        tables: [
          { sheet: "Data", measures: [{ row: 6 }] },
          { sheet: "Data", measures: [{ row: 30 }] },
          { sheet: "Other", measures: [{ row: 4 }] },
        ],
      };
      expect(runHealthChecks([a, b, c], layout).map((x) => x.message)).toEqual([
        "ref 2.12 is also used on row 6, in another table on this sheet",
        'ref 2.12 is also used on sheet "Data", row 6',
      ]);
      // Without the layout, a sheet counts as one table.
      expect(runHealthChecks([a, b]).map((x) => x.message)).toEqual(["ref 2.12 is also used on row 6 of this table"]);
    });

    it("is not flagged for distinct refs or measures with none", () => {
      expect(
        kindsOf([measure({ ref: "1.A2" }), measure({ ref: "1.A5" }), measure({ ref: null }), measure({ ref: null })]),
      ).toEqual([]);
    });
  });

  it("lists every problem of a measure, in sheet order", () => {
    const checks = runHealthChecks([
      measure({
        ref: "9.Z1",
        row: 5,
        frequency: "Monthly",
        current: "",
        target: "soon",
        status: "not-available",
        recordedStatus: "on-target",
      }),
      measure({ ref: "9.Z2", row: 7, current: "12%", target: "10" }),
    ]);
    expect(checks.map((c) => [c.row, c.kind])).toEqual([
      [5, "missing-monthly-value"],
      [5, "unreadable-target"],
      [5, "recorded-differs"],
      [7, "unit-mismatch"],
    ]);
  });
});
