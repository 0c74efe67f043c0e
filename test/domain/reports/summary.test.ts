import { summarise, SummarySchema, normaliseFrequency, NO_GROUP } from "../../../src/domain/reports";
import { STATUSES } from "../../../src/domain/judging/types";
import { measure, priorityOne } from "./factory";

describe("summarise", () => {
  const s = summarise(priorityOne(), { basis: "computed" });

  it("counts every status, with shares of all measures and of those measured this period", () => {
    expect(s.total).toBe(27);
    expect(s.status).toEqual({
      "on-target": 2,
      "near-target": 9,
      "off-target": 4,
      "in-development": 0,
      "not-applicable": 4,
      "not-available": 8,
    });
    expect(s.measured).toBe(15);
    expect(s.percent.status["on-target"].ofAll).toBeCloseTo(2 / 27);
    expect(s.percent.status["on-target"].ofMeasured).toBeCloseTo(0.1333, 4);
    expect(s.percent.status["near-target"].ofMeasured).toBeCloseTo(0.6);
    expect(s.percent.status["off-target"].ofMeasured).toBeCloseTo(0.2667, 4);
    // Not measured this period: a share of all only.
    expect(s.percent.status["not-available"]).toEqual({ ofAll: 8 / 27, ofMeasured: null });
    expect(s.percent.status["not-applicable"].ofAll).toBeCloseTo(0.148, 3);
  });

  it("counts directions of travel, leaving not-applicable out of the measured share", () => {
    expect(s.dot).toEqual({ improved: 6, stable: 5, worse: 4, "not-applicable": 12 });
    expect(s.dotMeasured).toBe(15);
    expect(s.percent.dot.improved.ofAll).toBeCloseTo(6 / 27);
    expect(s.percent.dot.improved.ofMeasured).toBeCloseTo(0.4);
    expect(s.percent.dot.worse.ofMeasured).toBeCloseTo(4 / 15);
    expect(s.percent.dot["not-applicable"].ofMeasured).toBeNull();
  });

  it("counts the comparison period from the statuses computed for it", () => {
    expect(s.comparison.total).toBe(27);
    expect(s.comparison.status).toEqual({
      "on-target": 1,
      "near-target": 6,
      "off-target": 6,
      "in-development": 0,
      "not-applicable": 4,
      "not-available": 10,
    });
    expect(s.comparison.measured).toBe(13);
    expect(s.comparison.percent.status["near-target"].ofMeasured).toBeCloseTo(6 / 13);
  });

  it("counts priority measures alone", () => {
    expect(s.priority.current.total).toBe(9);
    expect(s.priority.current.status).toMatchObject({
      "near-target": 3,
      "off-target": 3,
      "not-applicable": 1,
      "not-available": 2,
    });
    expect(s.priority.current.measured).toBe(6);
    expect(s.priority.current.percent.status["off-target"].ofMeasured).toBeCloseTo(0.5);
    expect(s.byGroup[0]?.priorityStatus["near-target"]).toBe(3);
  });

  it("gives no share rather than dividing by zero when nothing was measured", () => {
    const none = summarise([measure({ status: "not-available", dot: "not-applicable" })], { basis: "computed" });
    expect(none.percent.status["on-target"]).toEqual({ ofAll: 0, ofMeasured: null });
    expect(none.percent.dot.improved.ofMeasured).toBeNull();
    const empty = summarise([], { basis: "computed" });
    expect(empty.total).toBe(0);
    expect(empty.percent.status["on-target"].ofAll).toBeNull();
  });

  it("breaks down by group in sheet order, with measures of no group together", () => {
    const ms = [
      measure({ group: "Children and Young People's Services", status: "off-target" }),
      measure({ group: "Adult Care", status: "on-target" }),
      measure({ group: "Children and Young People's Services", status: "on-target" }),
      measure({ group: null, status: "near-target" }),
    ];
    const byGroup = summarise(ms, { basis: "computed" }).byGroup;
    expect(byGroup.map((g) => [g.name, g.current.total, g.current.status["on-target"]])).toEqual([
      ["Children and Young People's Services", 2, 1],
      ["Adult Care", 1, 1],
      [NO_GROUP, 1, 0],
    ]);
  });

  it("breaks down by frequency, reading the officers' wording", () => {
    const ms = [
      "Monthly",
      "Monthly (Academic Year)",
      "Monthly (Calendar Year)",
      "Quarterly",
      "Academic Year",
      "Annual",
      "Termly",
      "6 monthly",
      null,
    ].map((frequency) => measure({ frequency }));
    const byFrequency = summarise(ms, { basis: "computed" }).byFrequency;
    expect(byFrequency.map((b) => [b.name, b.current.total])).toEqual([
      ["monthly", 3],
      ["quarterly", 1],
      ["termly", 1],
      ["6 monthly", 1],
      ["annual", 2],
      ["other", 1],
    ]);
  });

  it("validates against its schema, with the JSON contract's keys at the top level", () => {
    const parsed = SummarySchema.parse(JSON.parse(JSON.stringify(s)));
    expect(Object.keys(parsed.status).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(parsed.dot).sort()).toEqual(["improved", "not-applicable", "stable", "worse"]);
    expect(parsed.total).toBe(27);
    expect(() => SummarySchema.parse({ ...s, status: { ...s.status, "on-target": -1 } })).toThrow();
  });
});

describe("which status counts", () => {
  // The officer typed ✘ where the engine computes ✓; the second measure has nothing recorded.
  const ms = [
    measure({ status: "on-target", recordedStatus: "off-target", dot: "improved", recordedDot: "worse" }),
    measure({ status: "near-target", recordedStatus: null, dot: "stable" }),
  ];

  it("defaults to recorded where present, else computed", () => {
    const s = summarise(ms, { basis: "recorded-else-computed" });
    expect(s.status).toMatchObject({ "on-target": 0, "off-target": 1, "near-target": 1 });
    expect(s.dot).toMatchObject({ worse: 1, stable: 1 });
    expect(summarise(ms).basis).toBe("recorded-else-computed");
  });

  it("counts only what the engine computed", () => {
    expect(summarise(ms, { basis: "computed" }).status).toMatchObject({
      "on-target": 1,
      "near-target": 1,
      "off-target": 0,
    });
  });

  it("counts only what officers recorded, a measure with none recorded as not available", () => {
    const s = summarise(ms, { basis: "recorded" });
    expect(s.status).toMatchObject({ "off-target": 1, "not-available": 1, "near-target": 0 });
    expect(s.measured).toBe(1);
    expect(s.percent.status["off-target"].ofMeasured).toBe(1);
  });
});

describe("normaliseFrequency", () => {
  it.each([
    ["Monthly", "monthly"],
    ["Monthly (Academic Year)", "monthly"],
    ["Monthly (Calendar Year)", "monthly"],
    ["Quarterly", "quarterly"],
    ["Quarterly (cumulative)", "quarterly"],
    ["Termly", "termly"],
    ["6 monthly", "6 monthly"],
    ["Six-monthly", "6 monthly"],
    ["Half yearly", "6 monthly"],
    ["Annual", "annual"],
    ["Annually", "annual"],
    ["Academic Year", "annual"],
    ["Annual 2016/17", "annual"],
    ["Biennial", "biennial"],
    ["Every two years", "biennial"],
    ["Weekly", "other"],
    ["", "other"],
    [null, "other"],
  ])("%s is %s", (text, expected) => {
    expect(normaliseFrequency(text)).toBe(expected);
  });
});
