// `npm run bench`: every performance figure the project promises, printed as tables.
//   --quick   only the 1,000-measure size (what CI runs)
// Builds what it measures when missing: build/ (engine, CLI) and dist/ (task pane, functions.js).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const sizes = quick ? [1000] : [100, 1000, 10000, 50000];

function ensureBuilt() {
  if (!existsSync(path.join(root, "build/domain/pipeline.js")))
    execSync("npm run build:cli", { cwd: root, stdio: "inherit" });
  if (!existsSync(path.join(root, "dist/functions.js"))) execSync("npm run build", { cwd: root, stdio: "inherit" });
}

async function section(title, modulePath, args) {
  const file = path.join(root, modulePath);
  if (!existsSync(file)) {
    console.log(`\n## ${title}\n(not measured: ${modulePath} is missing)`);
    return;
  }
  const mod = await import(file);
  const rows = await mod.run(...args);
  console.log(`\n## ${title}`);
  console.table(rows);
}

ensureBuilt();
console.log(
  `KPI Scorecard benchmarks — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}${quick ? " (quick)" : ""}`,
);
await section("Engine: assessStatus + assessDirection", "bench/engine.mjs", [quick]);
await section("Scale: detect + judge + plan, and the command line against its floor", "bench/scale.mjs", [sizes]);
await section("Excel adapter on office-addin-mock: syncs and request size per apply", "bench/adapter.mjs", [sizes]);
await section("Custom functions: microseconds per measure", "bench/functions.mjs", [quick]);
await section("SPC: variation and assurance for 10,000 measures of 24 points", "bench/spc.mjs", []);
await section(
  "Quarter to quarter: the workbook's record (40 writes of 300 measures) written, read and scored with",
  "bench/ledger.mjs",
  [],
);
await section("Built JavaScript: task pane and functions.js", "bench/bundle.mjs", []);
