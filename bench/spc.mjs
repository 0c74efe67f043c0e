// SPC classes (XmR limits, the four special-cause rules, variation and assurance) for 10,000 measures of
// 24 monthly points each: the engine alone (build/domain/judging/spc), and =KPI.VARIATION over a
// 10,000 × 24 block through the built dist/functions.js (one formula spilling a column of classes).
//   node bench/spc.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MEASURES = 10_000;
const POINTS = 24;

function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Histories of every shape the rules look for: noise, a shift, a trend, a lone outlier. */
function histories() {
  const next = random(14);
  return Array.from({ length: MEASURES }, (_, i) => {
    const base = 20 + next() * 80;
    const spread = 1 + next() * 5;
    return Array.from({ length: POINTS }, (_, k) => {
      let v = base + (next() - 0.5) * 2 * spread;
      if (i % 4 === 1 && k >= POINTS - 8) v += 2.5 * spread; // a shift
      if (i % 4 === 2 && k >= POINTS - 7) v = base + (k - POINTS + 7) * spread * 0.6; // a trend
      if (i % 4 === 3 && k === POINTS - 1) v += 8 * spread; // an outlier
      return Math.round(v * 10) / 10;
    });
  });
}

function timeIt(f, repeats) {
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0], median: times[Math.floor(times.length / 2)] };
}

export async function run() {
  const spc = require(path.join(root, "build/domain/judging/spc/index.js"));
  const data = histories();
  const inputs = data.map((values, i) => ({
    points: values.map((value, k) => ({ label: `m${k + 1}`, value, source: "sheet" })),
    polarity: i % 2 === 0 ? "high" : "low",
    target: values[0] * (i % 3 === 0 ? 0.5 : i % 3 === 1 ? 1 : 1.5),
  }));
  const classes = {};
  const engine = timeIt(() => {
    for (const input of inputs) {
      const r = spc.assessSpc(input);
      classes[r.variation] = (classes[r.variation] ?? 0) + 1;
    }
  }, 7);
  for (const k of Object.keys(classes)) classes[k] /= 7;

  const fns = {};
  globalThis.CustomFunctions = { associate: (id, f) => (fns[id] = f), Error: class {}, ErrorCode: {} };
  globalThis.window ??= globalThis;
  globalThis.self ??= globalThis;
  // Another section may have loaded the bundle already: load it afresh so it registers with this fns.
  const bundle = path.join(root, "dist/functions.js");
  delete require.cache[require.resolve(bundle)];
  require(bundle);
  const polarity = data.map((_, i) => [i % 2 === 0 ? "high" : "low"]);
  const fn = timeIt(() => {
    const out = fns.VARIATION(data, polarity, null);
    if (out.length !== MEASURES) throw new Error(`VARIATION returned ${out.length} rows`);
  }, 5);

  const row = (what, t) => ({
    what,
    measures: MEASURES,
    points: POINTS,
    "best ms": +t.best.toFixed(1),
    "median ms": +t.median.toFixed(1),
    "µs/measure": +((t.median * 1000) / MEASURES).toFixed(1),
    "measures/s": Math.round(MEASURES / (t.median / 1000)),
  });
  console.log(
    `classes: ${Object.entries(classes)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  return [
    row("engine: assessSpc (limits, rules, variation, assurance, reasons)", engine),
    row("=KPI.VARIATION over a 10,000 × 24 block", fn),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await run());
