// Quarter to quarter: the cost of the workbook's record on a 300-measure scorecard. The record is built
// by 40 real writes (the cap), its history padded to 12,000 rows (10 years of quarters) and to 100,000
// (the cap); each is written as custom XML parts, read back and validated, and scored with.
//   node bench/ledger.mjs
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { scoreGrids } = require(path.join(root, "build/domain/pipeline.js"));
const { gridFromRows } = require(path.join(root, "build/domain/sheet/grid.js"));
const { readLedger, ledgerToParts, EMPTY_LEDGER } = require(path.join(root, "build/domain/ledger/index.js"));

const MEASURES = 300;

function grid() {
  const periods = ["Q1 Apr - June 2023/24", "Q2 Jul - Sep 2023/24"];
  const rows = [["Ref", "Measure", "Good performance", "Target", ...periods, "Status", "DOT"]];
  for (let i = 0; i < MEASURES; i++)
    rows.push([
      `R${i}`,
      `Measure ${i}`,
      i % 2 ? "High" : "Low",
      "50%",
      `${40 + (i % 20)}%`,
      `${45 + (i % 17)}%`,
      null,
      null,
    ]);
  return gridFromRows("Scorecard", rows);
}

function median(f, repeats = 3) {
  const times = [];
  let out;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    out = f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], out };
}

export function run() {
  const g = grid();
  let ledger = EMPTY_LEDGER;
  const replace = { mode: "value", recorded: "replace", dotStyle: "arrow" };
  for (let w = 0; w < 40; w++)
    ledger = scoreGrids([g], { ledger, at: `2024-01-01T00:${String(w).padStart(2, "0")}:00Z`, writeback: replace })
      .publish.ledger;
  const plain = median(() => scoreGrids([g], {})).ms;
  return [12_000, 100_000].map((rows) => {
    const have = ledger.history;
    const pad = Array.from({ length: rows - have.length }, (_, i) => ({
      ...have[i % have.length],
      period: `Q${(i % 4) + 1} ${1990 + Math.floor(i / 1200)}/${String((91 + Math.floor(i / 1200)) % 100).padStart(2, "0")}`,
    }));
    const big = { ...ledger, history: [...pad, ...have] };
    const write = median(() => ledgerToParts(big));
    const read = median(() => readLedger(write.out));
    const score = median(() => scoreGrids([g], { ledger: read.out.ledger, at: "2024-02-01T00:00:00Z" }));
    return {
      "history rows": rows,
      parts: write.out.length,
      "MB of XML": +(write.out.reduce((n, p) => n + p.length, 0) / 1e6).toFixed(1),
      "write ms": Math.round(write.ms),
      "read + validate ms": Math.round(read.ms),
      "score with record ms": Math.round(score.ms),
      "score without ms": Math.round(plain),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(run());
