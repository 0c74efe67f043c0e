// The Excel adapter on office-addin-mock: the first read's syncs and largest response, and syncs and the largest
// request per apply, at each size.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function run(sizes) {
  execFileSync(path.join(root, "node_modules/.bin/webpack"), ["--config", "webpack.e2e.config.js"], {
    cwd: root,
    stdio: "pipe",
  });
  const { measureApply } = require(path.join(root, "build-e2e/bench-adapter.js"));
  const rows = [];
  for (const n of sizes) {
    const r = await measureApply(n);
    rows.push({
      measures: n,
      "read syncs": r.readSyncs,
      "largest response KB": +(r.largestResponse / 1024).toFixed(1),
      "cells written": r.cells,
      syncs: r.syncs,
      chunks: r.chunks,
      "largest request KB": +(r.largestPayload / 1024).toFixed(1),
      "under 5 MB": r.largestPayload < 5 * 1024 * 1024 && r.largestResponse < 5 * 1024 * 1024,
      "mock ms": Math.round(r.ms),
    });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.table(await run(process.argv.includes("--quick") ? [1000] : [100, 1000, 10000, 50000]));
