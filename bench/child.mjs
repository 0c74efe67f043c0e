// Runs one job in its own process so wall time and peak memory are its own:
//   node bench/child.mjs cli <in.xlsx> <out.xlsx>    the whole `scorecard -o` run
//   node bench/child.mjs floor <in.xlsx> <out.xlsx>  ExcelJS reading and writing the same workbook, no judging
import { createRequire } from "node:module";
import ExcelJS from "exceljs";

const require = createRequire(import.meta.url);
const [mode, input, output] = process.argv.slice(2);
const started = performance.now();
if (mode === "cli") {
  const { main } = require("../build/cli/main.js");
  const code = await main([input, "-o", output], { out: () => {}, err: () => {}, now: () => new Date(0) });
  if (code !== 0) throw new Error(`scorecard exited ${code}`);
} else {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
