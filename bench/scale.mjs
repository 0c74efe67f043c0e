// Scale figures: engine throughput (detect + judge + plan), and the whole command-line run
// against its floor (ExcelJS reading and writing the same workbook with no judging), each in its own
// process and timed from that process's start, side by side at each size.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeScorecard } from "./generate.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

function child(mode, input, output) {
  const out = execFileSync(process.execPath, [path.join(here, "child.mjs"), mode, input, output], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop());
}

export async function run(sizes) {
  const { readWorkbook } = require("../build/adapters/xlsx/read-workbook.js");
  const { scoreGrids } = require("../build/domain/pipeline.js");
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-bench-"));
  const rows = [];
  try {
    for (const n of sizes) {
      const input = path.join(dir, `scorecard-${n}.xlsx`);
      await makeScorecard(n).xlsx.writeFile(input);
      const { grids } = await readWorkbook(input);
      const options = { reports: ["summary", "exceptions", "checks"], generatedAt: "bench" };
      scoreGrids(grids, options); // warm up
      const repeats = n <= 1000 ? 5 : 1;
      const t0 = performance.now();
      let measures = 0;
      for (let i = 0; i < repeats; i++) measures = scoreGrids(grids, options).measures.length;
      const engineMs = (performance.now() - t0) / repeats;
      const cli = child("cli", input, path.join(dir, `out-${n}.xlsx`));
      const floor = child("floor", input, path.join(dir, `floor-${n}.xlsx`));
      rows.push({
        measures: n,
        found: measures,
        "engine measures/s": Math.round((measures / engineMs) * 1000),
        "cli wall ms": Math.round(cli.ms),
        "cli peak MB": Math.round(cli.maxRssMb),
        "floor wall ms": Math.round(floor.ms),
        "floor peak MB": Math.round(floor.maxRssMb),
        "time vs floor": +(cli.ms / floor.ms).toFixed(2),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.includes("--quick") ? [1000] : [100, 1000, 10000, 50000];
  console.table(await run(sizes));
}
