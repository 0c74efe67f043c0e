import {
  assessStatus,
  DEFAULT_TOLERANCE,
  describeTolerance,
  parseTolerance,
  readTarget,
  readTolerance,
  readValue,
} from "../../../src/domain/judging";

describe("readTolerance: how far from target still counts as near target", () => {
  it.each([
    [0.05, { kind: "relative", fraction: 0.05 }],
    ["5%", { kind: "relative", fraction: 0.05 }],
    [5, { kind: "relative", fraction: 0.05 }],
    ["2pp", { kind: "points", points: 2 }],
    [" 2 points ", { kind: "points", points: 2 }],
    [{ points: 2 }, { kind: "points", points: 2 }],
    [{ fraction: 0.05 }, { kind: "relative", fraction: 0.05 }],
    [0, { kind: "relative", fraction: 0 }],
    [null, DEFAULT_TOLERANCE],
    [undefined, DEFAULT_TOLERANCE],
    ["", DEFAULT_TOLERANCE],
  ])("%p → %j", (input, tolerance) => expect(readTolerance(input)).toEqual(tolerance));

  it("defaults to 5% of the target, relative", () => {
    expect(DEFAULT_TOLERANCE).toEqual({ kind: "relative", fraction: 0.05 });
    expect(describeTolerance(DEFAULT_TOLERANCE)).toBe("5% of target");
  });

  it.each(["lots", -1, "5 apples", { points: -2 }, { percent: 5 }, "1 " + " ".repeat(10000) + "-"])(
    "refuses %p with a reason (parseTolerance) and throws in readTolerance, for callers past a boundary",
    (input) => {
      const r = parseTolerance(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/percentage such as 5%/);
      expect(() => readTolerance(input)).toThrow(RangeError);
    },
  );

  it("judges points as percentage points for percents and as plain units otherwise", () => {
    expect(assessStatus(readValue("83.5%"), readTarget("85%"), "high", { tolerance: "2pp" }).status).toBe(
      "near-target",
    );
    expect(assessStatus(readValue("82.5%"), readTarget("85%"), "high", { tolerance: "2pp" }).status).toBe("off-target");
    expect(assessStatus(readValue(88), readTarget(90), "high", { tolerance: { points: 2 } }).status).toBe(
      "near-target",
    );
    expect(assessStatus(readValue(87), readTarget(90), "high", { tolerance: { points: 2 } }).status).toBe("off-target");
  });

  it("at 0 judges in two states only", () => {
    const target = readTarget("85.0%");
    expect(assessStatus(readValue("84.9%"), target, "high", { tolerance: 0 }).status).toBe("off-target");
    expect(assessStatus(readValue("85.0%"), target, "high", { tolerance: 0 }).status).toBe("on-target");
  });
});
