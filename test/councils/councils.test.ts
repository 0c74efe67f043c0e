/**
 * Other councils' scorecards, laid out as they publish them (test/fixtures/councils, built by
 * scripts/make-council-fixtures.mjs), judged end to end: the command line, the pipeline and the custom
 * functions give the same answers, since they share one engine.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ScorecardJsonSchema, type ScorecardJson } from "../../src/cli/json-report";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { scoreGrids } from "../../src/domain/pipeline";
import { STATUS_SYMBOLS } from "../../src/domain/judging";
import * as kpi from "../../src/functions/kpi";
import { runCli } from "../support/run-cli";
import { DEFAULT_OPTIONS, scoreSheet } from "../../src/taskpane/scorecard/options";

const dir = path.resolve(__dirname, "../fixtures/councils");
const file = (name: string) => path.join(dir, name);

async function json(args: string[]): Promise<ScorecardJson> {
  const run = await runCli([...args, "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return ScorecardJsonSchema.parse(JSON.parse(run.stdout));
}

const measuresOf = (doc: ScorecardJson) => doc.tables.flatMap((t) => t.measures);
const byRef = (doc: ScorecardJson, ref: string) => {
  const m = measuresOf(doc).find((x) => x.ref === ref);
  if (m === undefined) throw new Error(`no measure ${ref}`);
  return m;
};

interface HartRow {
  ref: string;
  measure: string;
  polarity: { normalised: string | null };
  publishedStatus: { normalised: string; departs?: boolean };
}
const hart = JSON.parse(readFileSync(file("hart-dc-2014-15-q1.json"), "utf8")) as { rows: HartRow[] };

describe("Hart District Council's KPI tiles, Q1 2014/15 (Previous | Current, no polarity column, statuses in words)", () => {
  let doc: ScorecardJson;
  beforeAll(async () => {
    // Hart publishes no tolerance; its ambers run to 9.1% short of target and its reds start at about 13%.
    doc = await json([file("hart-dc-2014-15-q1.xlsx"), "--tolerance", "10%"]);
  });

  it("reads all 45 measures, with the ref as the ref and the title as the title, Current against Previous", () => {
    expect(measuresOf(doc).map((m) => m.ref)).toEqual(hart.rows.map((r) => r.ref));
    expect(measuresOf(doc).map((m) => m.measure)).toEqual(hart.rows.map((r) => r.measure));
    expect(doc.tables[0]?.current).toBe("Current");
    expect(doc.tables[0]?.comparison).toBe("Previous");
  });

  it("reads the council's own status words as recorded statuses", () => {
    for (const r of hart.rows)
      expect([r.ref, byRef(doc, r.ref).recordedStatus]).toEqual([r.ref, r.publishedStatus.normalised]);
  });

  it("agrees with the council's status on every measure but those its own figures do not support", () => {
    const disagree = hart.rows
      .filter((r) => byRef(doc, r.ref).status !== r.publishedStatus.normalised)
      .map((r) => r.ref);
    const departs = hart.rows.filter((r) => r.publishedStatus.departs === true).map((r) => r.ref);
    expect(disagree).toEqual(departs);
  });

  it("infers lower-is-better from the words, and says so", () => {
    for (const r of hart.rows.filter(
      (x) => x.publishedStatus.normalised !== "not-applicable" && byRef(doc, x.ref).current?.value !== null,
    )) {
      expect([r.ref, byRef(doc, r.ref).polarity]).toEqual([r.ref, r.polarity.normalised]);
    }
    expect(byRef(doc, "RB07").reason).toMatch(/lower is better \(inferred from 'time taken'\)$/);
    expect(byRef(doc, "HR11").reason).toMatch(/inferred from 'sickness absence'/);
    expect(byRef(doc, "CS01").reason).toMatch(/no good direction given: assumed higher is better$/);
    expect(doc.checks.filter((c) => c.kind === "polarity-assumed").map((c) => c.ref)).toContain("CS01");
    expect(doc.checks.filter((c) => c.kind === "polarity-assumed").map((c) => c.ref)).not.toContain("RB07");
  });

  it("--current and --compare take the position names; an unknown one lists the periods there are", async () => {
    const back = await json([file("hart-dc-2014-15-q1.xlsx"), "--current", "previous", "--compare", "Current"]);
    expect(back.tables[0]?.current).toBe("Previous");
    expect(back.tables[0]?.comparison).toBe("Current");
    const wrong = await runCli([file("hart-dc-2014-15-q1.xlsx"), "--current", "Q3 2016/17"]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Previous/);
    expect(wrong.stderr).toMatch(/Current/);
  });
});

describe("a quarterly report whose RAG column is colour only (Last quarter | This quarter, DoT in words)", () => {
  let doc: ScorecardJson;
  beforeAll(async () => {
    doc = await json([file("quarterly-rag-fills.xlsx")]);
  });

  it("reads each fill by its hue as the recorded status, whatever the shade", () => {
    expect(measuresOf(doc).map((m) => [m.ref, m.recordedStatus])).toEqual([
      ["CP01", "on-target"],
      ["CP02", "off-target"],
      ["CP03", "near-target"],
      ["CP04", "near-target"],
      ["CP05", "near-target"],
      ["CP06", "off-target"],
      ["CP07", "on-target"],
    ]);
  });

  it("reads the DoT words, and judges This quarter against Last quarter", () => {
    expect(measuresOf(doc).map((m) => m.recordedDot)).toEqual([
      "improved",
      "worse",
      "improved",
      "stable",
      "worse",
      "improved",
      "improved",
    ]);
    expect(measuresOf(doc).map((m) => m.dot)).toEqual([
      "improved",
      "worse",
      "improved",
      "stable",
      "worse",
      "improved",
      "improved",
    ]);
    expect(byRef(doc, "CP02").polarity).toBe("low");
  });

  it("keeps the officers' colours when writing (a fill is a recorded judgement)", async () => {
    const { grids } = await readWorkbook(file("quarterly-rag-fills.xlsx"));
    const result = scoreGrids(grids);
    expect(
      result.tables[0]?.measures.every((m) => m.recordedStatusText !== null && /fill\)$/.test(m.recordedStatusText)),
    ).toBe(true);
  });
});

describe("refs under Indicator, titles under Description merged over Primary / Secondary sub-rows, emoji statuses", () => {
  let doc: ScorecardJson;
  beforeAll(async () => {
    doc = await json([file("sub-rows.xlsx")]);
  });

  it("judges every sub-row, titled from the merged cell above, and an untitled row as such", () => {
    expect(measuresOf(doc).map((m) => [m.ref, m.measure])).toEqual([
      ["ED01", "Percentage of pupils attending a good or outstanding school"],
      ["ED02", "Percentage of pupils attending a good or outstanding school"],
      ["ED03", "Persistent absence rate"],
      ["ED04", "Persistent absence rate"],
      ["ED05", "Percentage of 16-17 year olds who are NEET"],
      ["ED06", "(untitled, row 7)"],
    ]);
    expect(doc.summary.total).toBe(6);
  });

  it("reads emoji and words, with or without a variation selector, and value arrows by their fill", () => {
    expect(measuresOf(doc).map((m) => m.recordedStatus)).toEqual([
      "on-target",
      "off-target",
      "on-target",
      "off-target",
      "near-target",
      "near-target",
    ]);
    expect(measuresOf(doc).map((m) => m.recordedDot)).toEqual([
      "improved",
      "worse",
      "improved",
      "worse",
      "worse",
      "improved",
    ]);
  });

  it("takes polarity from the comparator, then the wording", () => {
    expect(measuresOf(doc).map((m) => m.polarity)).toEqual(["high", "high", "low", "low", "low", "high"]);
  });
});

describe("one engine: the pipeline, the pane and the custom functions give the command line's statuses", () => {
  it.each(["hart-dc-2014-15-q1.xlsx", "quarterly-rag-fills.xlsx", "sub-rows.xlsx"])("%s", async (name) => {
    const doc = await json([file(name), "--tolerance", "10%"]);
    const { grids } = await readWorkbook(file(name));
    const piped = scoreGrids(grids, { tolerance: "10%" }).tables.flatMap((t) => t.measures);
    expect(piped.map((m) => [m.ref, m.status, m.dot])).toEqual(measuresOf(doc).map((m) => [m.ref, m.status, m.dot]));
    // The pane judges the sheet it read with the tolerance typed in its field: the same answers.
    const paned = grids.flatMap((g) =>
      scoreSheet(g, { ...DEFAULT_OPTIONS, tolerance: "10%" }).tables.flatMap((t) => t.measures),
    );
    expect(paned.map((m) => [m.ref, m.status, m.dot, m.reason])).toEqual(
      piped.map((m) => [m.ref, m.status, m.dot, m.reason]),
    );
    for (const m of piped) {
      if (
        m.current === null ||
        (m.target.kind !== "plain" && m.target.kind !== "comparator" && m.target.kind !== "not-applicable")
      )
        continue;
      // A formula sees no title: the polarity a sheet's words imply is passed as the officer would type it.
      const polarity = m.polarityBasis === "wording" || m.polarityBasis === "given" ? m.polarity : null;
      const [[symbol]] = kpi.status(m.current.raw, m.targetText, polarity, "10%") as [[string]];
      expect([m.ref, symbol]).toEqual([m.ref, STATUS_SYMBOLS[m.status]]);
      if (m.comparison !== null && m.comparison.raw !== "" && m.current.raw !== "") {
        const [[arrow]] = kpi.dot(m.current.raw, m.comparison.raw, m.polarity, null) as [[string]];
        expect([m.ref, arrow]).toEqual([
          m.ref,
          { improved: "↑", stable: "→", worse: "↓", "not-applicable": "–" }[m.dot],
        ]);
      }
    }
  });
});
