#!/usr/bin/env node
/**
 * Builds the example workbooks in examples/ from the seed reports (test/fixtures/seeds/*.txt,
 * verbatim copies of real council reports). Each sheet keeps the report's own layout:
 * section title rows, key blocks, two-row headers, merged group headers, spacer rows,
 * page rows, repeated headers and long wrapped notes. Every editorial decision is listed in
 * examples/README.md. Run: node scripts/make-examples.mjs
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = (name) => path.join(root, "examples", name);
// Fixed dates so regenerating gives the same workbook properties.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

const THIN = { style: "thin", color: { argb: "FF808080" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const TITLE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Scorecard examples (scripts/make-examples.mjs)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/**
 * A cell as an officer typed it. With `numeric`, plain figures become real numbers with the
 * number format that shows them the same way (`15.6%` → 0.156 in `0.0%`, `1,288` → `#,##0`);
 * anything with words stays text.
 */
function typed(raw, numeric) {
  if (raw === null || raw === undefined || raw === "") return { value: null };
  if (typeof raw === "object") return raw;
  if (typeof raw === "number") return { value: raw };
  const s = String(raw);
  if (!numeric) return { value: s };
  const m = /^(-?)([\d,]+)(?:\.(\d+))?(%?)$/.exec(s);
  if (!m) return { value: s };
  const [, sign, whole, frac = "", pct] = m;
  const n = Number(`${sign}${whole.replace(/,/g, "")}${frac ? "." + frac : ""}`);
  const decimals = frac.length > 0 ? "." + "0".repeat(frac.length) : "";
  if (pct) return { value: Number((n / 100).toFixed(frac.length + 2)), numFmt: `0${decimals}%` };
  if (whole.includes(",")) return { value: n, numFmt: `#,##0${decimals}` };
  if (decimals) return { value: n, numFmt: `0${decimals}` };
  return { value: n };
}

function put(ws, row, values, { numeric = false, style } = {}) {
  values.forEach((raw, i) => {
    const cell = ws.getCell(row, i + 1);
    const t = typed(raw, numeric);
    cell.value = t.value;
    if (t.numFmt) cell.numFmt = t.numFmt;
    if (style) style(cell, i + 1);
  });
}

function bodyStyle(cell) {
  cell.border = BORDER;
  cell.alignment = { wrapText: true, vertical: "top" };
}

function headerStyle(cell) {
  cell.border = BORDER;
  cell.fill = HEADER_FILL;
  cell.font = { bold: true };
  cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
}

function title(ws, row, text, width) {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size: 13, color: { argb: "FFFFFFFF" } };
  cell.fill = TITLE_FILL;
  if (width > 1) ws.mergeCells(row, 1, row, width);
}

/** Writes a two-row header from a list of columns: `{ label, group }` or `{ label, tall }`. */
function twoRowHeader(ws, row, columns, { labelsOnSecondRow = false } = {}) {
  const groups = [];
  columns.forEach((col, i) => {
    const c = i + 1;
    const top = ws.getCell(row, c);
    const bottom = ws.getCell(row + 1, c);
    headerStyle(top);
    headerStyle(bottom);
    if (col.group) {
      bottom.value = col.label;
      const last = groups[groups.length - 1];
      if (last && last.label === col.group && last.to === c - 1) last.to = c;
      else groups.push({ label: col.group, from: c, to: c });
    } else if (labelsOnSecondRow) {
      bottom.value = col.label;
    } else {
      top.value = col.label;
      if (col.tall !== false) ws.mergeCells(row, c, row + 1, c);
    }
  });
  for (const g of groups) {
    ws.getCell(row, g.from).value = g.label;
    if (g.to > g.from) ws.mergeCells(row, g.from, row, g.to);
  }
}

function widths(ws, list) {
  list.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

// ---------------------------------------------------------------------------------------------
// 1. Wider Directorate Performance Data, 2023/24 Q2: four directorate tables on one sheet.
// ---------------------------------------------------------------------------------------------

const DIRECTORATE_PERIODS = [
  ["Year end 2021/22", "Annual"],
  ["Year end 2022/23", "Annual"],
  ["Q4 Jan - Mar 2022/23", "Quarterly"],
  ["Q1 Apr - June 2023/24", "Quarterly"],
  ["Q2 Jul - Sep 2023/24", "Quarterly"],
  ["Q3 Oct - Dec 2023/24", "Quarterly"],
  ["Q4 Jan - Mar 2023/24", "Quarterly"],
];

function directorateColumns(refLabel, targetLabel, ytdInGroupRow) {
  return [
    { label: refLabel },
    { label: "Measure" },
    { label: "Lead directorate" },
    { label: "Lead officer" },
    { label: "Good performance" },
    { label: "Frequency of reporting" },
    { label: targetLabel },
    ...DIRECTORATE_PERIODS.map(([label, group]) => ({ label, group })),
    ytdInGroupRow ? { label: "YTD" } : { label: "YTD", group: "" },
  ];
}

const CYPS = "Children and Young People's Services";
const ASC = "Adult Social Care, Housing and Public Health";
const RE = "Regeneration and Environment Services";
const ACEX = "Assistant Chief Executive's Directorate";

/** [ref, measure, directorate, officer, polarity, frequency, target, YE21/22, YE22/23, Q4 22/23, Q1, Q2, Q3, Q4, YTD] */
const cypsPage1 = [
  [
    "3.12 Social Care performance report",
    "Proportion of children who are subject to repeat child protection plans (within 24 months)",
    CYPS,
    "Monica Green- Assistant Director Safeguarding",
    "low",
    "Monthly",
    "<8%",
    "15.6%",
    "8.7%",
    "8.7%",
    "10.3%",
    "11.2%",
    "",
    "",
    "11.2%",
  ],
  [
    "4.19 Social Care performance report",
    "Proportion of LAC experiencing disrupted placements (Definition: % of LAC who have had 3 or more placements - rolling 12 months)",
    CYPS,
    "Assistant Director Safeguarding",
    "Low",
    "Monthly",
    "<8%",
    "9.3%",
    "9.7%",
    "9.7%",
    "8.7%",
    "7.7%",
    "",
    "",
    "7.7%",
  ],
  [
    "4.20 Social Care performance report",
    "Proportion of LAC placed within a Family Based setting",
    CYPS,
    "Assistant Director Safeguarding",
    "high",
    "Monthly",
    "85.0%",
    "79.4%",
    "77.0%",
    "77.0%",
    "77.5%",
    "76.1%",
    "",
    "",
    "76.1%",
  ],
  [
    "",
    "Proportion of pupils reaching the expected standard In reading, writing and mathematics combined at the end of Key Stage 2",
    CYPS,
    "Assistant Director Education and Inclusion",
    "high",
    "Academic Year",
    "59%",
    "54.0%",
    "54.7% (unvalidated)",
    "Academic year measure - 2022/23 not available yet",
    "Academic year measure - 2022/23 not available yet",
    "54.7% (unvalidated)",
    "",
    "",
    "54.7% (unvalidated)",
  ],
  [
    "4.12 Education performance report",
    "Average attainment 8 score at the end of Key Stage 4 .",
    CYPS,
    "Assistant Director Education and Inclusion",
    "High",
    "Academic Year",
    "47.1",
    "46.70",
    "43.1% (unvalidated)",
    "Academic year measure - 2022/23 not available yet",
    "Academic year measure - 2022/23 not available yet",
    "43.1% (unvalidated)",
    "",
    "",
    "43.1% (unvalidated)",
  ],
];
const cypsPage2 = [
  [
    "4.11 Education performance report",
    "Progress 8 measure from the end of primary school (KS2) to the end of secondary school (KS4)",
    CYPS,
    "Assistant Director Education and Inclusion",
    "high",
    "Academic Year",
    "-0.06",
    "-0.09",
    "-0.15 (unvalidated)",
    "Academic year measure - 2022/23 not available yet",
    "Academic year measure - 2022/23 not available yet",
    "-0.15 (unvalidated)",
    "",
    "",
    "-0.15 (unvalidated)",
  ],
  [
    "2.12 Education performance report",
    "Number of permanent exclusions in secondary schools",
    CYPS,
    "Assistant Director Education and Inclusion",
    "low",
    "Monthly (Academic Year)",
    "n/a",
    "57",
    "82 Academic Year outturn 2022/23",
    "28",
    "17",
    "17 (12 Academic Year ytd 2023/24 (Sep 23)",
    "",
    "",
    "17 (12 Academic Year ytd 2023/24 (Sep 23)",
  ],
  [
    "2.12 Education performance report",
    "Number of permanent exclusions in primary schools",
    CYPS,
    "Assistant Director Education and Inclusion",
    "low",
    "Monthly (Academic Year)",
    "n/a",
    "12.0%",
    "10 Academic Year outturn 2022/23",
    "5",
    "4",
    "1 (1 Academic Year ytd 2023/24 (Sep 23)",
    "",
    "",
    "1 (1 Academic Year ytd 2023/24 (Sep 23)",
  ],
  [
    "2.5 Early Help performance report",
    "Proportion of 16-17 year olds Not in Education, Employment or Training (NEET) or whose activity is Not Known (NK)",
    CYPS,
    "Assistant Direct Early Help & Family Engagement",
    "low",
    "Monthly",
    "5.0%",
    "4.9%",
    "6.4%",
    "6.4%",
    "6.5%",
    "19.8%",
    "",
    "",
    "19.8%",
  ],
  [
    "1.3 Inclusion performance report",
    "Proportion of Education and Health Care Plans (EHCPs) that are completed in statutory timescales",
    CYPS,
    "Assistant Director Education and Inclusion",
    "high",
    "Monthly (Calendar Year)",
    "58%+",
    "65.1%",
    "51.6%",
    "36.5%",
    "81.5%",
    "72.9%",
    "",
    "",
    "59.2% (Calendar ytd 23)",
  ],
  [
    "5.1 Social Care performance report",
    "Proportion of the children's social care establishment (social workers and team managers) who are agency staff.",
    CYPS,
    "Strategic Director CYPS",
    "Low",
    "Monthly",
    "<10%",
    "7.1%",
    "5.4%",
    "5.4%",
    "8.2%",
    "8.7%",
    "",
    "",
    "8.7%",
  ],
];
const ascRows = [
  [
    "",
    "Smoking status at time of delivery (women smoking during pregnancy)",
    ASC,
    "Director Public Health",
    "Low",
    "Quarterly",
    "15%",
    "12.80%",
    "13.40%",
    "11.20%",
    "11.00%",
    "Not available at time of publication",
    "",
    "",
    "11.00%",
  ],
  [
    "",
    "Childhood immunisation - % of eligible children who received 3 doses of DTaP / IPV / Hib vaccine at any time by their 2nd birthday (diphtheria, tetanus and pertussis/polio/Haemophilus influenza type b)",
    ASC,
    "Director Public Health",
    "High",
    "Quarterly",
    "95% National target",
    "96.30%",
    "95.70%",
    "94.90%",
    "94.90%",
    "Not available at time of publication",
    "",
    "",
    "94.90%",
  ],
  [
    "",
    "Successful completion of drug treatment – a) opiate users (aged 18-75)",
    ASC,
    "Director Public Health",
    "High",
    "Quarterly",
    "To achieve national completion rate",
    "3.0% (2021 completion period)",
    "2.9% (2022 completion period)",
    "3.26%",
    "2.93%",
    "2.59%",
    "",
    "",
    "2.59%",
  ],
  [
    "Theme 3 ASC performance report",
    "Proportion of people contacting adult social care who are provided with information and advice at first point of contact, (to prevent service need).",
    ASC,
    "Assistant Director Adult Care and Integration",
    "High",
    "Monthly",
    "20%",
    "13%",
    "15%",
    "16%",
    "17%",
    "18%",
    "",
    "",
    "18%",
  ],
  [
    "Theme 9 ASC performance report",
    "Proportion of Adults receiving long term community support who received a direct payment (excludes managed accounts)",
    ASC,
    "Assistant Director Adult Care and Integration",
    "High",
    "Monthly",
    "Inline with regional average",
    "22.8%",
    "20.3%",
    "20.3%",
    "20.2%",
    "20.3%",
    "",
    "",
    "20.3%",
  ],
  [
    "Theme 6 ASC performance report",
    "Number of carers assessments",
    ASC,
    "Assistant Director Adult Care and Integration",
    "High",
    "Quarterly",
    "541 (+10% on previous yr)",
    "469",
    "492",
    "161",
    "109",
    "130",
    "",
    "",
    "239",
  ],
  [
    "Theme 4 ASC performance report",
    "Proportion of people (65+) offered the reablement service after discharge from hospital",
    ASC,
    "Assistant Director Adult Care and Integration",
    "High",
    "Annual",
    "2.6%",
    "2.5%",
    "Not yet published",
    "Not yet published",
    "Not yet published",
    "Not yet published",
    "",
    "",
    "Not yet published",
  ],
  [
    "Theme 8 ASC performance report",
    "All age total number of people supported in residential/nursing care for adults",
    ASC,
    "Assistant Director Adult Care and Integration",
    "Low",
    "Monthly",
    "860",
    "820",
    "873",
    "873",
    "902",
    "903",
    "",
    "",
    "903",
  ],
  [
    "4.B1(b) Housing Performance Report",
    "Number of new homes delivered during the year",
    ASC,
    "Assistant Director of Housing",
    "High",
    "Quarterly",
    "Current build targets reflected within new Council Plan",
    "647",
    "948",
    "286",
    "232",
    "202",
    "",
    "",
    "434",
  ],
];
const CSSS = "Assistant Director Community Safety and Street Scene";
const PRT = "Assistant Director Planning, Reneration and Transport";
const reRows = [
  [
    "Section 2 Community Safety and Street Scene performance report",
    ", Number of repeat victims of ASB",
    RE,
    CSSS,
    "Low",
    "Quarterly",
    "No Target",
    "119",
    "101",
    "31",
    "31",
    "27",
    "",
    "",
    "58",
  ],
  [
    "Section 3 Community Safety and Street Scene performance report",
    ", Number of on the spot inspections of taxis",
    RE,
    CSSS,
    "High",
    "Quarterly",
    "10% of licensed vehicles and drivers to be checked annually",
    "92",
    "100",
    "31",
    "29",
    "35",
    "",
    "",
    "64",
  ],
  [
    "",
    "Proportion of a) licensed vehicles b) drivers found to be compliant with licensing requirements during in the spot inspections",
    RE,
    CSSS,
    "High",
    "Quarterly",
    "100% within 24 hours of inspection. (Vehicles and drivers)",
    "a) 74% b) 88%",
    "a) 91% b) 100%",
    "a) 100% b) 100%",
    "a) 97% b) 100%",
    "a) 94% b) 97%",
    "",
    "",
    "a) 96% b) 99%",
  ],
  [
    "Section 5 Community Safety and Street Scene performance report",
    "Number of missed bins per 100,000 collections",
    RE,
    CSSS,
    "Low",
    "Quarterly",
    "80 - based on benchmarking.",
    "70",
    "86.30",
    "68.63",
    "78.16",
    "67.06",
    "",
    "",
    "72.61",
  ],
  [
    "Separate SL Management Information reporting",
    "Proportion of privately rented properties compliant with Selective Licensing conditions within designated areas",
    RE,
    CSSS,
    "High",
    "Monthly",
    "95% (based on Old Council Plan and current performance).",
    "?",
    "91%",
    "95%",
    "54%",
    "48%",
    "",
    "",
    "51%",
  ],
  [
    "Section 4 Planning, Regeneration and Transport performance report",
    "The proportion of vacant floor space in the Town Centre area",
    RE,
    PRT,
    "Low",
    "Quarterly",
    "27%",
    "26%",
    "27%",
    "25%",
    "25%",
    "24%",
    "",
    "",
    "25%",
  ],
  [
    "Section 3 Planning, Regeneration and Transport performance report",
    "Number of Planning Applications determined within specified Period: a) Major 13 weeks b) Minor 8 weeks c) Other 8 weeks",
    RE,
    PRT,
    "High",
    "Quarterly",
    "95%",
    "a) 100% b) 100% c) 100%",
    "",
    "",
    "a) 100% b) 100% c) 100%",
    "",
    "",
    "",
    "",
  ],
];
const acexRows = [
  [
    "Section 5 ACEX performance report",
    "Proportion of pre-scrutiny recommendations adopted",
    ACEX,
    "Assistant Chief Executive",
    "High",
    "Quarterly",
    "100%",
    "35 (100%)",
    "24 (100%)",
    "9 (100%)",
    "4 (100%)",
    "6 (100%)",
    "",
    "",
    "10 (100%)",
  ],
  [
    "",
    "Agency cost - Forecast spend to year end. (Note - RMBC only, excludes grants) (Replaced 10% reduction in agency spend measure)",
    ACEX,
    "Assistant Director Finance",
    "Low",
    "Monthly",
    "Target not applicable at this time",
    "5,780,866",
    "7,618,409",
    "7,618,409",
    "5,481,913",
    "6,361,223",
    "",
    "",
    "6,361,223",
  ],
  [
    "",
    "Agency cost - Actual Spend Year to Date. (Note - RMBC only, excludes grants) (Replaced 10% reduction in agency spend measure)",
    ACEX,
    "Assistant Director Finance",
    "Low",
    "Monthly",
    "Target not applicable at this time",
    "5,780,866",
    "7,618,409",
    "7,618,409",
    "2,027,231",
    "3,820,723",
    "",
    "",
    "3,820,723",
  ],
  [
    "",
    "Proportion of members receive a personal development interview leading to a structured learning and development plan (changed measure to number of mid-term reviews)",
    ACEX,
    "Assistant Chief Executive",
    "High",
    "Annual",
    "No target",
    "Not in place",
    "8",
    "8",
    "0",
    "0",
    "",
    "",
    "0",
  ],
];

async function directorateWorkbook() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Directorate data Q2 2023-24", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  widths(ws, [22, 44, 22, 24, 11, 13, 16, 12, 12, 14, 14, 14, 14, 14, 14]);
  const W = 15;
  let r = 1;
  title(ws, r++, "Wider Directorate Performance Data (to accompany Council Plan progress report)", W);
  r++;
  put(ws, r++, [
    "Please note: Although care is taken to ensure data is as accurate as possible, delays in data input can result in changes in figures when reports are re-run retrospectively.",
  ]);
  put(ws, r++, [
    "Document Details",
    "Status and date created: 09 October 2023",
    "Contact: Tanya Lound tanya.lound@rotherham.gov.uk",
    "Created by: Tanya Lound and Performance Officers",
  ]);
  r++;
  put(ws, r++, ["1 of 6"]);
  r++;

  const section = (name, columns, blocks, headerOpts = {}) => {
    title(ws, r++, name, W);
    r++;
    blocks.forEach((block, i) => {
      if (i > 0) r++; // the spacer before a header repeated at a page break
      twoRowHeader(ws, r, columns, headerOpts);
      r += 2;
      for (const row of block.rows) put(ws, r++, row, { numeric: block.numeric, style: bodyStyle });
    });
    r++;
  };

  // CYPS: ref and target wrap over two header rows; the header repeats at the page break.
  section(CYPS, directorateColumns("Directorate ref.", "Directorate target (if applicable)", true), [
    { rows: cypsPage1, numeric: true },
    { rows: cypsPage2, numeric: false },
  ]);
  // ASC: the group row holds only Annual/Quarterly; every label is on the second row.
  section(
    ASC,
    directorateColumns("Directorate ref.", "Target (if applicable)", false),
    [{ rows: ascRows, numeric: true }],
    {
      labelsOnSecondRow: true,
    },
  );
  section("Regeneration and Environment", directorateColumns("Directorate ref.", "Target (if applicable)", true), [
    { rows: reRows, numeric: false },
  ]);
  section(
    "Assistant Chief Executive Directorate",
    directorateColumns("Directorate ref.", "Target (if applicable)", true),
    [{ rows: acexRows, numeric: true }],
  );
  await wb.xlsx.writeFile(out("directorate-performance-2023-q2.xlsx"));
}

// ---------------------------------------------------------------------------------------------
// 2. Council Plan 2019/20 Q1 scorecard: five priority sections on one sheet, each with its key.
// ---------------------------------------------------------------------------------------------

const KEY = [
  [
    "✓",
    "Measure progressing above or in line with target set",
    "✱",
    "Measure under development (e.g. awaiting data collection or target-setting)",
  ],
  [
    "●",
    "Measure progress has been satisfactory but is not fully reaching target set",
    "□",
    "Measure not applicable for target (e.g. baseline year, or not appropriate to set a specific target)",
  ],
  [
    "✘",
    "Measure has not progressed in accordance with target set",
    "■",
    "Measure information not yet available (e.g. due to infrequency or timing of information/data)",
  ],
];

function keyBlock(ws, r) {
  ws.getCell(r, 1).value = "Key";
  ws.getCell(r, 1).font = { bold: true };
  ws.mergeCells(r, 1, r + 3, 1);
  ws.getCell(r, 2).value = "Overall status (relevant to target)";
  ws.getCell(r, 2).font = { bold: true };
  ws.mergeCells(r, 2, r, 6);
  KEY.forEach((k, i) => {
    const row = r + 1 + i;
    ws.getCell(row, 2).value = k[0];
    ws.getCell(row, 3).value = k[1];
    ws.mergeCells(row, 3, row, 4);
    ws.getCell(row, 5).value = k[2];
    ws.getCell(row, 6).value = k[3];
    ws.mergeCells(row, 6, row, 8);
  });
  return r + 4;
}

const DATA_NOTES =
  "Data notes (where measure has not progressed in accordance with the target set provide details of what is being done to improve performance)";

function councilColumns({ annual, quarters, dot = true }) {
  return [
    { label: "Outcome" },
    { label: "Lead Accountability (Strategic Director)" },
    { label: "Ref No." },
    { label: "Action" },
    { label: "Measure" },
    { label: "Lead officer" },
    { label: "Good performance" },
    { label: "Frequency of reporting" },
    { label: "Target" },
    { label: "Overall status" },
    ...(dot ? [{ label: "DOT" }] : []),
    ...annual.map((label) => ({ label, group: "Annual" })),
    ...quarters.map((label) => ({ label, group: "Quarterly" })),
    ...["Apr-19", "May-19", "Jun-19"].map((label) => ({ label, group: "Monthly" })),
    { label: DATA_NOTES },
  ];
}

const YE4 = ["Year end 2015/16", "Year end 2016/17", "Year end 2017/18", "Year end 2018/19"];

/** Each priority: title, columns, rows (Outcome … Target, status, DOT, periods…, notes) and vertical merges of outcome/lead. */
const PRIORITIES = [
  {
    title: "Corporate Priority 1 – Every child making the best start in life",
    columns: councilColumns({
      annual: YE4,
      quarters: [
        "Q1 Apr - June 2018",
        "Q2 Jul - Sep 2018",
        "Q3 Oct - Dec 2018",
        "Q4 Jan- Mar 2019",
        "Q1 Apr - June 2019",
      ],
    }),
    mergeOutcome: true,
    rows: [
      [
        "A. Children, young people and families are protected and safeguarded from all forms of abuse, violence and neglect",
        "Jon Stonehouse, Strategic Director Children and Young People's Services",
        "1.A2",
        "Early Help — Supporting Children, young people and families at the right time with the right care",
        "The number of children subject to a CP plan (rate per 10K population under 18)",
        "Ailsa Barr - CYPS",
        "low",
        "Monthly",
        "90",
        "✘",
        "↓",
        "65.4",
        "65.6",
        "114.5",
        "88.9",
        "113.1",
        "107.5",
        "99.4",
        "88.9",
        "94.8",
        "94.8",
        "97.5",
        "94.8",
        "The trend for the number of children per 10K population with a Child Protection Plan (CPP) remains significantly higher (94.8) than that of statistical neighbours (54.5) and the national average (45.3). However the numbers of children becoming subject to a plan each month have been steadily reducing since June 2018 as expected. This will be monitored as part of the Performance Meetings.",
      ],
      [
        "",
        "",
        "1.A5",
        "Children's Social Care Improvement – Ensure that all Child Protection Plan work is managed robustly and that appropriate decisions and actions are agreed with partner agencies",
        "The proportion of children who are subject to repeat child protection plans (within 24 months)",
        "Ailsa Barr - CYPS",
        "low",
        "Monthly",
        "7%",
        "✘",
        "↓",
        "4.7%",
        "9.2%",
        "9.5%",
        "6.5%",
        "8.2%",
        "7.2%",
        "4.7%",
        "6.5%",
        "10.1%",
        "9.4%",
        "9.5%",
        "10.1%",
        "Trend data for the proportion of children subject to repeat plans within 24 months had shown an improving trend with a recent peak in Q1 which is currently being explored via dip sampling within the Safeguarding service.",
      ],
      [
        "",
        "",
        "1.A8",
        "Placements - Improve Quality of Care for looked after children",
        "The proportion of LAC placed within a Family Based setting",
        "Ailsa Barr - CYPS",
        "high",
        "Monthly",
        "85.0%",
        "✘",
        "↓",
        "Not Available",
        "81.1%",
        "81.0%",
        "82.3%",
        "81.0%",
        "82.3%",
        "83.8%",
        "82.3%",
        "81.7%",
        "81.7%",
        "81.8%",
        "81.7%",
        "The numbers of children in a family based setting has remained fairly consistent for much of the past 12 months at circa 82%. The impact of the market management project will have a positive impact with additional foster carers in Rotherham",
      ],
    ],
  },
  {
    title: "Corporate Priority 2 – Every adult secure, responsible and empowered",
    columns: councilColumns({
      annual: YE4,
      quarters: [
        "Q1 Apr - Jun 2018",
        "Q2 Jul - Sep 2018",
        "Q3 Oct - Dec 2018",
        "Q4 Jan - Mar 2019",
        "Q1 Apr - Jun 2019",
      ],
    }),
    mergeOutcome: true,
    rows: [
      [
        "B. Adults and carers are supported to be safe, resilient and independent within a personalised model of care and support",
        "Anne Marie Lubanski, Strategic Director Adult Social Care and Housing",
        "2.B7",
        "Commission services effectively, working in partnership and co-producing with users and carers; use resources effectively.",
        "All age numbers of New permanent admissions to residential nursing care for adults",
        "Ian Spicer - Assistant Director of Independent Living and Support",
        "Low",
        "Monthly",
        "280 (Cumulative target)",
        "●",
        "",
        "432",
        "356",
        "334",
        "303",
        "70",
        "145 (Cumulative)",
        "202 (cumulative)",
        "305 (Cumulative)",
        "81",
        "39",
        "24",
        "18",
        "There has been a positive reduction of admissions from 103 in the last quarter of the previous year to 81 in Q1. Monthly data also demonstrates a positive DoT (reducing from a April high of 39 to a June low of 18). This number may have been lower however within Qtr 1 the service have been undertaking a targeted review of people with a current short stay status to ensure appropriate support package is in place and to avoid the normal year-end spike in long term admissions. This has meant effectively a front loading in Q1 rather than a gradual increase over the four quarters. This planned action re-profiled the 280 target into a staggered quarterly breakdown of 85 at Q1 and 65 for the three other quarters, however for this quarter the status has been assessed as Amber by the performance team and will be reviewed at quarter two if the admissions are 65 or lower. The service is monitoring admissions monthly and via HWB Forum and remains confident that year-end target will be achieved.",
      ],
      [
        "",
        "",
        "2.B8",
        "",
        "All age total number of people supported in residential/nursing care for adults",
        "Ian Spicer - Assistant Director of Independent Living and Support",
        "Low",
        "Monthly",
        "900",
        "●",
        "",
        "1,288",
        "1,111",
        "1,023",
        "933",
        "998",
        "975",
        "943",
        "933",
        "931",
        "941",
        "939",
        "931",
        "As per actions for 2.B7 the short stay reviews have also impacted on Qtr 1 overall number supported in residential care (as more become permanent than usual trend). However, the in Q1 trend is positive, from April high of 941 reducing to 931 by June and is 2 better than year-end total of 933. The Service will continue to monitor alongside actions for 2B.7 to provide assurance that year end target will be met.",
      ],
    ],
  },
  {
    title: "Corporate Priority 3 – A strong community in a clean safe environment",
    columns: councilColumns({
      annual: YE4,
      quarters: [
        "Q1 Apr - June 2018",
        "Q2 Jul - Sep 2018",
        "Q3 Oct - Dec 2018",
        "Q4 Jan - March 2019",
        "Q1 Apr - June 2019",
      ],
    }),
    rows: [
      [
        "A. Communities are strong and help people to feel safe",
        "Paul Woodcock, Strategic Director Regeneration and Environment",
        "3.A4(b)",
        "Ensure an robust, effective and efficient licensing service",
        "The proportion of a) licensed vehicles b) drivers found to be compliant with licensing requirements during in the spot inspections",
        "Tom Smith - Regeneration and Environment",
        "High",
        "Quarterly",
        "85% (Vehicles and drivers)",
        "✘",
        "↓",
        "",
        "",
        "",
        "75%",
        "57% (vehicles)",
        "79% (vehicles) (Cumulative: 64%)",
        "88% (vehicles) (Cumulative: 70%)",
        "76% (Vehicles)",
        "a) 73% (Vehicles) b) 77% (Drivers)",
        "",
        "",
        "",
        "Vehicles were not compliant, due to display plate, condition of fire extinguisher and windscreen wipers. All 5 non-compliant drivers were not wearing their ID badges as required by their licensing conditions. All issued with written warnings. Licence holders that are found to be non-compliant are given a verbal/written warning. The warning is placed on the driver's record — if he / she is found to have committed the same misdemeanour in future then the fact that they have been warned previously will be taken into consideration when determining the most appropriate course of action that should be taken. In most cases, a similar transgression following a previous written warning will lead to either a final written warning or a review of …",
      ],
      [
        "B. Streets, public realm and green spaces are clean and well maintained",
        "Paul Woodcock, Strategic Director Regeneration and Environment",
        "3.B3",
        "Ensure that Rotherham is a safe and attractive place",
        "Total number of customer contacts by service area and overall total. Service areas measured are a) Street Cleansing, b) Grounds Maintenance, c) Litter, d) Waste Management. Contacts measured i) Official complaints, ii) Compliments received, iii) Service Requests",
        "Tom Smith - Regeneration and Environment",
        "Low",
        "Monthly",
        "10% reduction (target around 190 cumulative for year) in the number of official complaints received.",
        "✘",
        "↓",
        "",
        "No of customer contacts for A) 1,301 B) 6,115 C) 452 D) 716 Complaints 79",
        "Grounds Maintenance i) Complaints 5 … Waste Management i) Complaints 44 … Total cumulative complaints figure= 84",
        "i) Complaints 176 ii) Compliments 46",
        "iii) Service Requests 408 Street Cleansing i) Complaints 4 ii) Compliments 0 iii) Service Requests 1702 Litter i) Complaints 3",
        "iii) Service Requests 317",
        "Street Cleansing i) Complaints 0 ii) Compliments 0 iii) Service Requests 1,845 …",
        "Grounds Maintenance i) Complaints 1 … Overall number of complaints Q4 = 59 Total cumulative complaints figure= 209",
        "Street Cleansing i) Complaints 2 ii) Compliments 0 iii) Service Requests 2216 Litter i) Complaints 1 … Total complaints 72",
        "",
        "",
        "",
        "Complaints have risen in comparison to Q4, although it should be noted that of the 72 complaints only 31, (43%), were either partially of wholly upheld. 22% of complaints are about the Waste Service which is still affected by the significant changes implemented over the 3rd and 4th Quarter of last year. The waste team are working with residents and collection crews to bring the performance in line with the previous levels. NB- DOT is assessed against the same quarter in the previous year to reflect on seasonal impacts generating complaints.",
      ],
      [
        "",
        "",
        "3.B4",
        "Ensure an efficient and effective waste and recycling service",
        "Number of missed bins per 100,000 collections",
        "Tom Smith - Regeneration and Environment",
        "Low",
        "Quarterly",
        "50",
        "✘",
        "↓",
        "62.7",
        "46.92",
        "42.21",
        "69.51",
        "Q1 43.01 Overall YTD - 43.01",
        "Q2 44.27 Overall YTD - 43.64",
        "Q3 67.45 Overall YTD - 51",
        "Q4 146.09 Overall YTD - 69.51",
        "113 Overall YTD - 113",
        "",
        "",
        "",
        "The new Waste Service is starting to embed following the significant changes implemented over the 3 rd and 4 th Quarter of last year, missed bins are continuing to reduce however remain higher than Q1 last year, the waste team are working with residents and collection crews to bring the performance in line with the previous levels, indeed performance for June19 was 91 missed bins per 100,000 collections, in May the figure was 124. DOT based on Q1 18/19 due to seasonal factors.",
      ],
    ],
    // 3.B3 and 3.B4 share outcome B and its lead.
    merges: [[1, 2]],
  },
  {
    title: "Corporate Priority 4 – Extending opportunity, prosperity and planning for the future",
    columns: councilColumns({
      annual: ["Year end 2016/17", "Year end 2017/18", "Year end 2018/19"],
      quarters: [
        "Q1 Apr - Jun 2018",
        "Q2 Jul - Sep 2018",
        "Q3 Oct - Dec 2018",
        "Q4 Jan- March 19",
        "Q1 Apr - Jun 2019",
      ],
    }),
    rows: [
      [
        "B. People live in high quality accommodation which meets their need, whether in the social rented, private rented or home ownership sector",
        "Anne Marie Lubanski, Strategic Director Adult Social Care and Housing (Commenced 8th August 2016).",
        "4.B1(a)",
        "Implement the Housing Strategy 2019-2022 to provide high quality accommodation",
        "Number of new homes delivered during the year via direct Council intervention",
        "Tom Bell - Adult Social Care and Housing",
        "High",
        "Quarterly",
        "175",
        "✘",
        "↓",
        "",
        "",
        "112",
        "19",
        "44",
        "30",
        "19",
        "8",
        "",
        "",
        "",
        "Numbers of new homes built directly as a result of the Councils intervention in quarter 1 are lower than for the same quarter last year 18/19. Plans are in place however to accelerate growth throughout the remaining quarters and it is anticipated the year end target of 175 new homes will be met . The DOT rating for the indicator is based on comparisons in performance between quarter 1 of 2019/20 and quarter 4 of 2018/19",
      ],
    ],
  },
  {
    title: "Corporate Priority 5 – A modern, efficient Council",
    columns: councilColumns({
      annual: ["Year end 2015/16", "Year end 2016/17", "Year end 2017/18"],
      quarters: [
        "Q1 Apr - June 2018",
        "Q2 Jul - Sep 2018",
        "Q3 Oct - Dec 2018",
        "Q4 Jan - Mar 2019",
        "Q1 Apr - June 2019",
      ],
      dot: false,
    }),
    rows: [
      [
        "D. Effective members, workforce and organisational culture",
        "Shokat Lal, Assistant Chief Executive",
        "5.D6",
        "The Council complies with good practice in equalities",
        "The proportion of Cabinet reports where an Equality Analysis Screening Assessment has been completed",
        "Jackie Mould - Assistant Chief Executive's Directorate",
        "High",
        "Quarterly",
        "100%",
        "✘",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "44.4%",
        "",
        "",
        "",
        "Of the 24 reports presented to Cabinet during the Quarter 1 period 8 had Initial Equality Screening Assessments attached and 8 had full EAs attached which meant they did not require a screening. Therefore in total 18 reports required Initial Screening Assessments and only 8 where completed. The proportion completed equates to 44.4%. A new process in relation to Equality Analyses was introduced in May/June and this is supported by an Equality Screening and Analysis Guide, Initial Equality Screening Analysis form and revised Equality Analysis form. A presentation regarding the revised Equality Analysis process was also provided at the Wider Leadership session on 22nd May. The steps taken during Quarter 1 along with a revised report checklist and checks during the report approval process is expected to improve performance from Quarter 2 onwards.",
      ],
    ],
  },
];

async function councilPlanWorkbook() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Council Plan Q1 2019-20", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  widths(ws, [24, 22, 9, 30, 36, 22, 11, 11, 14, 9, 6, ...Array(12).fill(11), 60]);
  let r = 1;
  title(ws, r++, "Council Plan 2019/20 – Quarter 1 (April – June 2019) Performance Report", 12);
  r++;
  for (const p of PRIORITIES) {
    const W = p.columns.length;
    title(ws, r++, p.title, W);
    r++;
    r = keyBlock(ws, r);
    r++;
    twoRowHeader(ws, r, p.columns);
    r += 2;
    const first = r;
    for (const row of p.rows) {
      // The Priority 5 table has no DOT column: drop the DOT slot (index 10) from the row.
      const cells = p.columns.some((c) => c.label === "DOT") ? row : [...row.slice(0, 10), ...row.slice(11)];
      put(ws, r++, cells, { numeric: true, style: bodyStyle });
    }
    if (p.mergeOutcome && p.rows.length > 1) {
      ws.mergeCells(first, 1, r - 1, 1);
      ws.mergeCells(first, 2, r - 1, 2);
    }
    for (const [a, b] of p.merges ?? []) {
      ws.mergeCells(first + a, 1, first + b, 1);
      ws.mergeCells(first + a, 2, first + b, 2);
    }
    r += 2;
  }
  await wb.xlsx.writeFile(out("council-plan-2019-q1.xlsx"));
}

// ---------------------------------------------------------------------------------------------
// 3. Corporate Plan 2016/17 Q2: a scorecard of the measures whose figures the report states.
// ---------------------------------------------------------------------------------------------

const CORPORATE_COLUMNS = [
  { label: "Ref No." },
  { label: "Measure" },
  { label: "Good performance" },
  { label: "Target" },
  { label: "Overall status" },
  { label: "DOT" },
  { label: "Q2 Jul - Sep 2015/16", group: "Quarterly" },
  { label: "Q1 Apr - June 2016/17", group: "Quarterly" },
  { label: "Q2 Jul - Sep 2016/17", group: "Quarterly" },
  { label: "Data notes" },
];

/** [ref, measure, polarity, target, status, DOT, Q2 2015/16, Q1 2016/17, Q2 2016/17, notes] — sources in examples/README.md. */
const CORPORATE = [
  {
    title: "Priority 1 - Every child making the best start in life",
    rows: [
      [
        "1.A3",
        "% children who had a social care concern raised within 12 months of the last concern ending (Re-referrals) (Priority measure)",
        "Low",
        "26%",
        "",
        "",
        "",
        "29.9%",
        "30.4%",
        "A detailed review of these cases has been commissioned to help us understand what has occurred as it is out of keeping with previous improved performance.",
      ],
      [
        "1.A4",
        "% children who are subject to repeat child protection plans (within 24 months) (Priority measure)",
        "Low",
        "",
        "",
        "",
        "",
        "6.1%",
        "6.6%",
        "The number of children on plans for a second and subsequent time, although rising, had started to reduce towards the end of the quarter.",
      ],
      [
        "1.A5",
        "Increase in the proportion of children who are cared for in a family based setting (Priority measure)",
        "High",
        "87.5%",
        "",
        "",
        "",
        "84.4%",
        "84.4%",
        "Remained fairly steady during the quarter, although still not achieving the target.",
      ],
      [
        "1.C4 a)",
        "The percentage of referrals triaged for urgency within 24 hours of receipt",
        "High",
        "100%",
        "",
        "",
        "",
        "88.2%",
        "100%",
        "100% against the target of 100% in each of the months within quarter two.",
      ],
      [
        "1.C4 b)",
        "The percentage of triaged referrals that were assessed within 3 weeks",
        "High",
        "95%",
        "",
        "",
        "",
        "26%",
        "28%",
        "The backlog of initial assessments continues to reduce due to a waiting list initiative.",
      ],
    ],
  },
  {
    title: "Priority 2 - Every adult secure, responsible and empowered",
    rows: [
      [
        "2.B2",
        "Average delayed transfers of care from hospital attributable to adult social care or both health and adult social care per 100,000 population (Priority measure)",
        "Low",
        "1.5",
        "",
        "↑",
        "",
        "Not available",
        "2.1",
        "Although the direction has improved, the measure remains off target.",
      ],
      [
        "2.B5",
        "Number of Carer's Assessments completed",
        "High",
        "2,500",
        "✘",
        "↓",
        "",
        "430",
        "341",
        "Investigations are currently taking place to understand and address poor performance.",
      ],
      [
        "2.B10",
        "Supporting people with a learning disability into employment",
        "High",
        "6%",
        "●",
        "",
        "",
        "Not available",
        "5.7%",
        "The indicator is still not fully reaching the target set; the target is still considered to be achievable.",
      ],
    ],
  },
  {
    title: "Priority 3 - A strong community in a clean, safe environment",
    rows: [
      [
        "3.B5",
        "Number of missed bins per 100,000 collections",
        "Low",
        "60",
        "",
        "",
        "",
        "Not available",
        "52.11",
        "Showing an improvement over Q1.",
      ],
    ],
  },
  {
    title: "Priority 4 - Extending opportunity, prosperity and planning for the future",
    rows: [
      [
        "4.B1",
        "Number of new homes delivered during the year (Priority measure)",
        "High",
        "731",
        "",
        "",
        "",
        "201",
        "178",
        "Over 50% of the annual target built by the end of quarter 2.",
      ],
      [
        "4.B2",
        "% of stock that is none decent (Priority measure)",
        "Low",
        "0.5%",
        "",
        "",
        "",
        "Not available",
        "0.18%",
        "The Council will comfortably achieve its year-end target of 0.5%.",
      ],
    ],
  },
  {
    title: "Priority 5 - Running a modern, efficient Council",
    rows: [
      [
        "5.A1",
        "% Council Tax collected in year",
        "High",
        "97.0%",
        "",
        "",
        "54.3%",
        "Not available",
        "54.3%",
        "Presently on course to achieve the 97.0% target by year end.",
      ],
      [
        "5.A3",
        "% Non-domestic rates collected in year",
        "High",
        "98.0%",
        "",
        "",
        "55.1%",
        "Not available",
        "54.9%",
        "Presently on course to achieve the 98.0% target by year end.",
      ],
      [
        "5.D1",
        "% PDR completion",
        "High",
        "95%",
        "",
        "",
        "",
        "Not available",
        "96%",
        "Three Directorates exceeding the target.",
      ],
      [
        "5.D2",
        "Days lost to sickness absence (Priority measure)",
        "Low",
        "10.2 days",
        "",
        "",
        "",
        "Not available",
        "10.71 days",
        "Decreased in the quarter but performance is still off target.",
      ],
      [
        "5.D3",
        "Reduction in Agency cost (Priority measure)",
        "Low",
        "10% reduction",
        "",
        "",
        "",
        "Not available",
        "Increase of 43%",
        "Further monitoring and review of management processes to take place over third quarter.",
      ],
    ],
  },
];

async function corporatePlanWorkbook() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("Corporate Plan Q2 2016-17", {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  widths(ws, [10, 52, 11, 12, 9, 6, 13, 13, 13, 50]);
  const W = CORPORATE_COLUMNS.length;
  let r = 1;
  title(ws, r++, "RMBC Corporate Plan 2016-17 Performance Report – Quarter 2 – July - September 2016", W);
  put(ws, r++, ["Figures as stated in the Quarter 2 report; blank or 'Not available' where the report gives none."]);
  r++;
  twoRowHeader(ws, r, CORPORATE_COLUMNS);
  r += 2;
  for (const p of CORPORATE) {
    const cell = ws.getCell(r, 1);
    cell.value = p.title;
    cell.font = { bold: true };
    ws.mergeCells(r, 1, r, W);
    r++;
    for (const row of p.rows) put(ws, r++, row, { style: bodyStyle });
  }
  await wb.xlsx.writeFile(out("corporate-plan-2016-q2.xlsx"));
}

await directorateWorkbook();
await councilPlanWorkbook();
await corporatePlanWorkbook();
console.log(
  "Wrote examples/directorate-performance-2023-q2.xlsx, council-plan-2019-q1.xlsx, corporate-plan-2016-q2.xlsx",
);
