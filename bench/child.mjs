// Runs one job in its own process so wall time and peak memory are its own:
//   node bench/child.mjs cli <in.xlsx> <out.xlsx>    the whole `scorecard -o` run
//   node bench/child.mjs floor <in.xlsx> <out.xlsx>  ExcelJS reading and writing the same workbook, no judging
// Wall time is from the process's start (performance.now() counts from it), so each job pays for loading its
// own code: the command line its modules, the floor ExcelJS (which the command line no longer loads).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const [mode, input, output] = process.argv.slice(2);
if (mode === "cli") {
  const { main } = require("../build/cli/main.js");
  const code = await main([input, "-o", output], { out: () => {}, err: () => {}, now: () => new Date(0) });
  if (code !== 0) throw new Error(`scorecard exited ${code}`);
} else {
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}
const ms = performance.now();
process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
