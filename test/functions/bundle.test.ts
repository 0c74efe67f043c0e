/**
 * The shipped bundle itself: dist/functions.js evaluated in Node with nothing but a CustomFunctions
 * global registers every function, and each one answers. `npm test` builds dist/ before Jest runs.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

const dist = path.resolve(__dirname, "../../dist");

class FakeCfError {
  constructor(
    public code: string,
    public message: string,
  ) {}
}

type Fn = (...args: unknown[]) => unknown[][];

function loadBundle(): Record<string, Fn> {
  const registered: Record<string, Fn> = {};
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: Fn) => {
        registered[id] = fn;
      },
      Error: FakeCfError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    },
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.runInNewContext(readFileSync(path.join(dist, "functions.js"), "utf8"), sandbox);
  return registered;
}

describe("dist/functions.js", () => {
  if (!existsSync(path.join(dist, "functions.js")))
    throw new Error("dist/functions.js is missing: run `npm run build` first (npm test does)");
  const fns = loadBundle();
  const call = (id: string, ...args: unknown[]) => {
    const fn = fns[id];
    if (fn === undefined) throw new Error(`${id} is not registered`);
    return fn(...args);
  };

  it("registers every function listed in dist/functions.json, under the KPI ids", () => {
    const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as {
      functions: { id: string; parameters: { name: string; optional?: boolean }[]; description: string }[];
    };
    const ids = metadata.functions.map((f) => f.id).sort();
    expect(ids).toEqual([
      "ASSURANCE",
      "DOT",
      "LIMITS",
      "PROFILE",
      "RAG",
      "RAGBANDS",
      "REASON",
      "STATUS",
      "VALUE",
      "VARIANCE",
      "VARIATION",
    ]);
    expect(Object.keys(fns).sort()).toEqual(ids);
    for (const f of metadata.functions) expect(f.description.length).toBeGreaterThan(20);
    const rag = metadata.functions.find((f) => f.id === "RAG");
    expect(rag?.parameters.map((p) => [p.name, p.optional === true])).toEqual([
      ["value", false],
      ["target", false],
      ["polarity", true],
      ["tolerance", true],
    ]);
  });

  it("lets data-type values and errors inside ranges reach the functions, and reads them", () => {
    const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as Record<string, unknown>;
    expect(metadata).toMatchObject({ allowCustomDataForDataTypeAny: true, allowErrorForDataTypeAny: true });
    const pct = (basicValue: number) => ({ type: "Double", basicValue, numberFormat: "0.0%" });
    const div0 = { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    expect(call("STATUS", [[pct(0.112)], [div0], [pct(0.05)]], [["<8%"]], [["low"]], null)).toEqual([
      ["✘"],
      ["■"],
      ["✓"],
    ]);
  });

  it("answers the seed examples as Excel would call it (2-D arrays, null for omitted arguments)", () => {
    expect(call("RAG", [[94.8]], [[90]], [["low"]], null)).toEqual([["Red"]]);
    expect(call("RAG", [[931]], [[900]], [["low"]], null)).toEqual([["Amber"]]);
    expect(call("RAG", [["81.7%"]], [["85.0%"]], [["high"]], null)).toEqual([["Amber"]]);
    expect(call("RAG", [["81.7%"]], [["85.0%"]], [["high"]], [[0]])).toEqual([["Red"]]);
  });

  it("spills ranges and calls every other function", () => {
    expect(call("STATUS", [["11.2%"], ["7.7%"]], [["<8%"]], [["low"]], null)).toEqual([["✘"], ["✓"]]);
    expect(call("RAGBANDS", [["88%"]], [["<84%"]], [["84%+"]], [["92%+"]], null)).toEqual([["Amber"]]);
    expect(call("DOT", [["11.2%"]], [["10.3%"]], [["low"]], [["word"]])).toEqual([["Worse"]]);
    expect(call("VALUE", [["54.7% (unvalidated)"]])[0]?.[0]).toBeCloseTo(0.547);
    expect(call("VARIANCE", [[80]], [[100]], [["low"]])[0]?.[0]).toBeCloseTo(0.2);
    expect(call("PROFILE", [[280]], [[1]], [[4]], null)).toEqual([[70]]);
    expect(call("REASON", [["10.1%"]], [["7%"]], [["low"]], null)[0]?.[0]).toMatch(/3\.1 points over, off target$/);
  });

  it("judges a history for signal or noise, and spills a block per row", () => {
    const noise = [50, 53, 48, 51, 47, 52, 50, 54, 49, 51, 48, 52, 50, 47, 53, 49, 51, 50];
    const outlier = [120, 115, 125, 118, 122, 117, 124, 119, 121, 116, 123, 120, 118, 122, 119, 121, 117, 160];
    expect(call("VARIATION", [noise, outlier], [["high"], ["low"]], null)).toEqual([
      ["Common cause"],
      ["Special cause concerning"],
    ]);
    expect(call("ASSURANCE", [noise], [[60]], null, [["icon"]])).toEqual([["F"]]);
    const [[mean, lower, upper]] = call("LIMITS", [noise]) as [[number, number, number]];
    expect([mean, lower, upper].map((x) => Number(x.toFixed(2)))).toEqual([50.28, 41.2, 59.35]);
    const [[na]] = call("LIMITS", [[1, 2, 3]]) as [[FakeCfError]];
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/^Not enough data: 3 points/);
  });

  it("returns CustomFunctions.Error values with a message that names the argument", () => {
    const [[bad]] = call("RAG", [["about ninety"]], [[90]], null, null) as [[FakeCfError]];
    expect(bad).toBeInstanceOf(FakeCfError);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/^value: cannot read/);
    const [[na]] = call("VALUE", [["Not available"]]) as [[FakeCfError]];
    expect(na.code).toBe("#N/A");
  });
});
