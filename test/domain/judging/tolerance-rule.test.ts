import { parseTolerance, assessStatus, readTarget, readValue } from "../../../src/domain/judging";
import { KpiSettingsSchema } from "../../../src/domain/choices/settings";
import { CliOptionsSchema } from "../../../src/cli/options";
import * as kpi from "../../../src/functions/kpi";

const read = (text: string) => parseTolerance(text);
const judge = (value: string, target: string, tolerance: string) =>
  assessStatus(readValue(value), readTarget(target), "high", { tolerance });

describe("tolerance rules as councils state them", () => {
  it.each([
    ["5%", { kind: "relative", fraction: 0.05 }],
    ["2pp", { kind: "points", points: 2 }],
    ["amber is within 10%", { kind: "relative", fraction: 0.1 }],
    ["green 5% amber 10%", { kind: "relative", fraction: 0.1, green: 0.05 }],
    [
      "green is on, above or within 5% of target; amber within 5–10%; red more than 10% away",
      { kind: "relative", fraction: 0.1, green: 0.05 },
    ],
    // Havering's corporate performance reports: "Green = on or within 10% of the target", then Red.
    ["green on or within 10% of target", { kind: "relative", fraction: 0.1, green: 0.1 }],
    ["green on or above target; red below target", { kind: "relative", fraction: 0 }],
    ["green within 1pp, amber within 3pp", { kind: "points", points: 3, green: 1 }],
  ])("%s", (rule, tolerance) => {
    expect(read(rule)).toEqual({ ok: true, tolerance });
  });

  it.each([
    ["green within 10%, amber within 5%", /amber band must reach/],
    ["green within 2pp, amber within 10%", /mix percentages and points/],
    ["amber within 5-10%; red more than 12%", /must meet/],
  ])("refuses %s", (rule, why) => {
    const r = read(rule);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(why);
  });

  it("judges a green band short of target as on target, and says so", () => {
    const rule = "green within 5%, amber within 10%";
    expect(judge("96%", "100%", rule)).toMatchObject({
      status: "on-target",
      reason: expect.stringMatching(/within the green band \(5% of target\), on target$/),
    });
    expect(judge("92%", "100%", rule)).toMatchObject({ status: "near-target" });
    expect(judge("89%", "100%", rule)).toMatchObject({ status: "off-target" });
  });

  it("is one grammar for --tolerance, the stored settings and =KPI.RAG", () => {
    const rule = "green within 5%; amber within 5–10%; red more than 10% away";
    expect(CliOptionsSchema.safeParse({ input: "a.xlsx", tolerance: rule }).success).toBe(true);
    expect(
      CliOptionsSchema.safeParse({ input: "a.xlsx", tolerance: "green within 10%, amber within 5%" }).success,
    ).toBe(false);
    const settings = {
      version: 1,
      sheet: "S",
      roles: {},
      compare: "previous",
      tolerance: rule,
      dotStyle: "arrow",
      mode: "value",
      recorded: "keep",
    };
    expect(KpiSettingsSchema.safeParse(settings).success).toBe(true);
    expect(KpiSettingsSchema.safeParse({ ...settings, tolerance: "lots" }).success).toBe(false);
    expect(kpi.rag("96%", "100%", "high", rule)).toEqual([["Green"]]);
    expect(kpi.rag("92%", "100%", "high", rule)).toEqual([["Amber"]]);
    expect(kpi.rag("96%", "100%", "high", "10%")).toEqual([["Amber"]]);
  });
});
