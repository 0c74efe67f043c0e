// Reads `npm audit --json` on stdin: fails on high or critical findings in production dependencies.
// An unreachable advisory service is reported plainly and does not count as a pass or a failure.
import { readFileSync } from "node:fs";

const raw = readFileSync(0, "utf8").trim();
let report;
try {
  report = raw === "" ? null : JSON.parse(raw);
} catch {
  report = null;
}
if (report === null || report.metadata === undefined) {
  const why = report?.message || report?.error?.summary || "no answer";
  console.log(`npm audit: the advisory service could not be consulted here (${why}); audit not performed.`);
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
if (serious > 0) {
  console.error(`npm audit: ${serious} high or critical finding(s) in production dependencies.`);
  process.exit(1);
}
