// Engine throughput: assessStatus + assessDirection on pre-read values, and the whole read + judge per cell.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

export async function run(quick = false) {
  const { readValue, readTarget, readBands, assessStatus, assessDirection } = require("../build/domain/engine.js");
  const texts = ["8.7%", "11.2%", "94.8", "931", "a) 74% b) 88%", "54.7% (unvalidated)", "Not available at time of publication", "1,288", "-0.15 (unvalidated)", "72.9%"];
  const targets = ["<8%", "85.0%", "90", "900", "58%+", "280 (Cumulative target)", "No target", "95% National target", "541 (+10% on previous yr)", "10% reduction"];
  const n = quick ? 200_000 : 1_000_000;
  const cases = Array.from({ length: 1000 }, (_, i) => ({
    value: readValue(texts[i % texts.length]),
    previous: readValue(texts[(i * 7 + 3) % texts.length]),
    target: i % 13 === 0 ? readBands("<84%", "84%+", "92%+", "high") : readTarget(targets[(i * 3) % targets.length]),
    polarity: i % 3 === 0 ? "low" : "high",
  }));
  const options = { tolerance: 0.05, periodsElapsed: 2, periodsInYear: 4 };
  let sink = 0;
  const time = (f) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink += f(cases[i % cases.length]);
    return performance.now() - t0;
  };
  const judge = (c) => assessStatus(c.value, c.target, c.polarity, options).reason.length + assessDirection(c.value, c.previous, c.polarity).reason.length;
  time(judge); // warm up
  const judgeMs = time(judge);
  const readAndJudge = (c) => {
    const v = readValue(c.value.text);
    return assessStatus(v, c.target, c.polarity, options).status.length;
  };
  const readMs = time(readAndJudge);
  if (sink === 0) console.log("");
  return [
    { what: "assessStatus + assessDirection", measures: n, "measures/s": Math.round((n / judgeMs) * 1000), aim: "≥ 1,000,000/s" },
    { what: "readValue + assessStatus", measures: n, "measures/s": Math.round((n / readMs) * 1000), aim: "" },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.table(await run(process.argv.includes("--quick")));
