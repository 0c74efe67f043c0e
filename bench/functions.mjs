// Custom functions, through the built dist/functions.js: microseconds per measure for a single-cell
// call against one call over a 10,000-row range (what a spilled =KPI.RAG(F5:F10004, …) costs).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Load the shipped bundle in this context (as Excel's runtime does), with only a CustomFunctions global. */
function load() {
  const fns = {};
  globalThis.CustomFunctions = { associate: (id, f) => (fns[id] = f), Error: class {}, ErrorCode: {} };
  globalThis.window ??= globalThis;
  globalThis.self ??= globalThis;
  createRequire(import.meta.url)(path.join(root, "dist/functions.js"));
  return fns;
}

export async function run(quick = false) {
  const fns = load();
  const values = ["94.8", "8.7%", "81.7%", "931", "54.7% (unvalidated)", "a) 74% b) 88%", "Not available", "11.2%"];
  const targets = ["90", "<8%", "85.0%", "900", "59%", "100%", "95%", "<8%"];
  const n = 10_000;
  const column = (list) => Array.from({ length: n }, (_, i) => [list[i % list.length]]);
  const v = column(values);
  const t = column(targets);
  const p = column(["low", "high"]);
  const rows = [];
  for (const id of ["RAG", "STATUS", "DOT"]) {
    const call = (a, b, c) => (id === "DOT" ? fns.DOT(a, b, c, null) : fns[id](a, b, c, null));
    const singles = quick ? 2_000 : n;
    call([[values[0]]], [[targets[0]]], [["low"]]); // warm up
    let t0 = performance.now();
    for (let i = 0; i < singles; i++) call([v[i % n]], [t[i % n]], [p[i % n]]);
    const single = ((performance.now() - t0) * 1000) / singles;
    call(v, t, p);
    t0 = performance.now();
    const out = call(v, t, p);
    const range = ((performance.now() - t0) * 1000) / n;
    if (out.length !== n) throw new Error(`${id} returned ${out.length} rows`);
    rows.push({
      function: `KPI.${id}`,
      "µs/measure, single cell": +single.toFixed(2),
      "µs/measure, 10,000-row range": +range.toFixed(2),
    });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await run(process.argv.includes("--quick")));
