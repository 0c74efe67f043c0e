// Engine throughput: how many measures per second assessStatus + assessDirection judge (aim: 1,000,000/s),
// and the whole per-cell path (read value, target and polarity, then judge) that a custom function runs.
// Uses the compiled engine in build/domain (npx tsc -p tsconfig.cli.json).
//   node bench/engine.mjs            sizes 1,000 / 10,000 / 50,000 measures
//   node bench/engine.mjs --quick    1,000 measures only
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const engineFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../build/domain/judging/index.js");

// Cell texts as the seed reports write them: figures, notes, parts, and missing values.
const VALUE_TEXTS = [
  "8.7%",
  "11.2%",
  "94.8",
  "931",
  "a) 74% b) 88%",
  "54.7% (unvalidated)",
  "Not available at time of publication",
  "1,288",
  "-0.15 (unvalidated)",
  "72.9%",
  "10.33 days (excluding schools)",
  "£6.8m",
  "43.2% (211/488)",
  "-",
  "46.70",
];
const TARGET_TEXTS = [
  "<8%",
  "85.0%",
  "90",
  "900",
  "58%+",
  "280 (Cumulative target)",
  "No target",
  "95% National target",
  "541 (+10% on previous yr)",
  "10% reduction",
  "To achieve national completion rate",
  "<=10%",
  "47.1",
  "Baseline Year",
];
const BANDS = [
  ["<84%", "84%+", "92%+", "high"],
  ["16%+", "8%+", "<8%", "low"],
  ["<50%", "50-70%", "70%", "high"],
];
const POLARITY_TEXTS = ["High", "low", "Low ", "high", "Not applicable"];

/** A small deterministic generator, so every run judges the same measures. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** `size` measures: half typed as text, half as number cells with a format, as a workbook holds them. */
function makeMeasures(engine, size) {
  const next = random(size);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const cell = () => {
    if (next() < 0.5) return pick(VALUE_TEXTS);
    const percent = next() < 0.6;
    const value = percent ? Math.round(next() * 1000) / 1000 : Math.round(next() * 2000);
    return { value, text: percent ? `${(value * 100).toFixed(1)}%` : String(value), format: percent ? "0.0%" : "0" };
  };
  return Array.from({ length: size }, (_, i) => {
    const polarityText = pick(POLARITY_TEXTS);
    const polarity = engine.readPolarity(polarityText).polarity;
    const band = i % 11 === 0 ? pick(BANDS) : null;
    const targetCell = pick(TARGET_TEXTS);
    const current = cell();
    const comparison = cell();
    return {
      cells: { current, comparison, targetCell, polarityText, band },
      value: engine.readValue(current),
      previous: engine.readValue(comparison),
      target: band === null ? engine.readTarget(targetCell) : engine.readBands(band[0], band[1], band[2], polarity),
      polarity,
    };
  });
}

/** Runs `f` over the measures until at least `ms` have passed; returns measures per second. */
function rate(measures, f, ms) {
  let sink = 0;
  for (const m of measures) sink += f(m); // warm up
  let done = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const m of measures) sink += f(m);
    done += measures.length;
    elapsed = performance.now() - t0;
  }
  if (sink === -1) console.log("");
  return Math.round((done / elapsed) * 1000);
}

/** One row per size: judged measures per second, with and without reading the cells first. */
export async function run(sizes) {
  const list = Array.isArray(sizes) ? sizes : sizes === true ? [1000] : [1000, 10000, 50000];
  if (!existsSync(engineFile)) throw new Error(`${engineFile} is missing: run npx tsc -p tsconfig.cli.json first`);
  const engine = require(engineFile);
  const { readValue, readTarget, readBands, readPolarity, readStatusOptions, judgeStatus, assessDirection } = engine;
  // The options read once, at the boundary, as the pipeline and the custom functions do; judging checks nothing again.
  const read = readStatusOptions({ tolerance: 0.05, periodsElapsed: 2, periodsInYear: 4 });
  if (!read.ok) throw new Error(read.reason);
  const options = read.options;
  const assessStatus = judgeStatus;
  const judge = (m) => {
    const s = assessStatus(m.value, m.target, m.polarity, { ...options, comparison: m.previous });
    const d = assessDirection(m.value, m.previous, m.polarity);
    return s.reason.length + d.reason.length;
  };
  const shared = { ...options };
  const judgeShared = (m) =>
    assessStatus(m.value, m.target, m.polarity, shared).reason.length +
    assessDirection(m.value, m.previous, m.polarity).reason.length;
  const readAndJudge = (m) => {
    const c = m.cells;
    const polarity = readPolarity(c.polarityText).polarity;
    const value = readValue(c.current);
    const previous = readValue(c.comparison);
    const target = c.band === null ? readTarget(c.targetCell) : readBands(c.band[0], c.band[1], c.band[2], polarity);
    return (
      assessStatus(value, target, polarity, shared).reason.length +
      assessDirection(value, previous, polarity).reason.length
    );
  };
  const ms = list.length > 1 ? 400 : 250;
  return list.map((size) => {
    const measures = makeMeasures(engine, size);
    const shared_ = rate(measures, judgeShared, ms);
    const perMeasure = rate(measures, judge, ms);
    const read = rate(measures, readAndJudge, ms);
    return {
      measures: size,
      "status + DOT /s": shared_,
      "with per-measure options /s": perMeasure,
      "read cells + judge /s": read,
      "µs per measure (read + judge)": Number((1e6 / read).toFixed(2)),
      aim: "status + DOT ≥ 1,000,000/s",
      met: shared_ >= 1_000_000 ? "yes" : "no",
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.includes("--quick") ? [1000] : [1000, 10000, 50000];
  console.table(await run(sizes));
}
