// Generates a realistic, messy scorecard workbook of N measures: sections per directorate,
// a two-row header (Annual | Quarterly above the period labels), and council-style cell text.
import ExcelJS from "exceljs";

const GROUPS = [
  "Children and Young People's Services",
  "Adult Social Care, Housing and Public Health",
  "Regeneration and Environment",
  "Assistant Chief Executive Directorate",
];
const FREQUENCIES = ["Monthly", "Quarterly", "Annual", "Monthly (Academic Year)", "Termly", "6 monthly"];
const PERIODS = [
  "Year end 2021/22",
  "Year end 2022/23",
  "Q4 Jan - Mar 2022/23",
  "Q1 Apr - June 2023/24",
  "Q2 Jul - Sep 2023/24",
];

/** A small deterministic random source, so every run generates the same workbook. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function messyValue(rnd, base, percent) {
  const v = base * (0.8 + rnd() * 0.4);
  const r = rnd();
  if (r < 0.05) return "Not available at time of publication";
  if (r < 0.08) return percent ? `${(v * 100).toFixed(1)}% (unvalidated)` : `${v.toFixed(0)} (unvalidated)`;
  if (r < 0.1) return percent ? `a) ${(v * 100).toFixed(0)}% b) ${(v * 95).toFixed(0)}%` : `${Math.round(v)}`;
  if (r < 0.5 && percent) return v; // a real number with a % format
  return percent ? `${(v * 100).toFixed(1)}%` : v.toFixed(1);
}

function messyTarget(rnd, base, percent, low) {
  const r = rnd();
  if (r < 0.05) return "No target";
  if (r < 0.08) return "Baseline Year";
  if (r < 0.1)
    return percent ? `${(base * 100).toFixed(0)}% National target` : `${Math.round(base)} (Cumulative target)`;
  if (r < 0.4) return percent ? `${low ? "<" : ""}${(base * 100).toFixed(0)}%${low ? "" : "+"}` : `${Math.round(base)}`;
  return percent ? `${(base * 100).toFixed(1)}%` : `${Math.round(base)}`;
}

export function makeScorecard(measures, seed = 42) {
  const rnd = random(seed);
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Scorecard");
  ws.addRow(["Wider Directorate Performance Data"]);
  ws.addRow([]);
  // Sections of at most 250 measures, as councils keep them; many sections on one sheet at scale.
  const perGroup = Math.min(250, Math.ceil(measures / GROUPS.length));
  let made = 0;
  for (let g = 0; made < measures; g++) {
    ws.addRow([GROUPS[g % GROUPS.length] + (g >= GROUPS.length ? ` (${Math.floor(g / GROUPS.length) + 1})` : "")]);
    ws.addRow(["", "", "", "", "", "", "Annual", "", "Quarterly", "", ""]);
    ws.addRow([
      "Ref No.",
      "Measure",
      "Lead officer",
      "Good performance",
      "Frequency of reporting",
      "Target",
      ...PERIODS,
    ]);
    for (let i = 0; i < perGroup && made < measures; i++, made++) {
      const percent = rnd() < 0.6;
      const low = rnd() < 0.4;
      const base = percent ? 0.05 + rnd() * 0.9 : 10 + rnd() * 900;
      const row = ws.addRow([
        `${g + 1}.${String.fromCharCode(65 + (i % 4))}${i + 1}`,
        `Measure ${made + 1}: proportion of cases completed in timescale`,
        "Assistant Director",
        low ? (rnd() < 0.5 ? "Low" : "low") : rnd() < 0.5 ? "High" : "high",
        FREQUENCIES[Math.floor(rnd() * FREQUENCIES.length)],
        messyTarget(rnd, base, percent, low),
        ...PERIODS.map(() => messyValue(rnd, base, percent)),
      ]);
      row.eachCell((cell) => {
        if (typeof cell.value === "number" && percent) cell.numFmt = "0.0%";
      });
    }
    ws.addRow([]);
  }
  return workbook;
}
