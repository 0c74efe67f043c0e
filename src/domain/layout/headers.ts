/**
 * Header wording → column role. Councils word the same column many ways (`Ref No.`,
 * `Directorate ref.`, `*REF NO.`; `Good performance`, `Good perf is`; `RAG (Yr End)`…).
 * Period labels are recognised in periods.ts; this file names every other column.
 */
import type { ColumnRole } from "./scorecard";

/** Lower case, no leading `*`/bullets, no trailing `:`/`.`, single spaces. */
export function normaliseHeader(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[*•·#\-–\s]+/, "")
    .replace(/[:.\s]+$/, "")
    .toLowerCase();
}

interface Rule {
  role: ColumnRole;
  test: RegExp;
}

// Order matters: notes before target/measure (a notes header mentions both), bands before target.
const RULES: Rule[] = [
  {
    role: "notes",
    test: /^(data\s+|latest\s+|officer'?s?\s+)?notes?\b|^latest\s+(comments?|update)\b|^comments?\b|^commentary\b|^narrative\b|^explanation\b|^remarks?\b|^exceptions?\b.*(commentary|notes)/,
  },
  {
    role: "benchmark",
    test: /stat(istical)?\.?\s*neigh|\bnat(ional)?\.?\s*(av|average|mean|median|rate|figure|benchmark)|\bregional\s*(av|average)|\beng(land)?\.?\s*(av|average)|top\s*q(uar)?tile|\bquartile\b|benchmark|comparator\s*(av|group)|\bcore\s*cities/,
  },
  {
    role: "dot",
    test: /^dot\b|^direction$|^(performance\s+)?(change|movement)$|^d\.o\.t\b|direction\s+of\s+travel|^trend\b|^travel\b/,
  },
  {
    role: "status",
    test: /^(overall\s+)?status\b|^rag\b|^r\/?a\/?g\b|\brag\s+(status|rating)|^(performance\s+)?rating\b|^overall\s+(performance|rating|rag)\b/,
  },
  { role: "red", test: /^red\b/ },
  { role: "amber", test: /^amber\b/ },
  { role: "green", test: /^green\b/ },
  {
    role: "polarity",
    test: /^good\s+(perf|performance|is)\b|^polarity\b|^(is\s+)?(higher|high|bigger|lower)\s+(or|\/)\s+(lower|low|smaller|higher)|^direction\s+of\s+(good|improvement)|^aim\b|^desired\s+(direction|trend)/,
  },
  {
    role: "frequency",
    test: /^frequency\b|^timeline\b|^reporting\s+(frequency|period|cycle)\b|^how\s+often\b|^freq\b/,
  },
  { role: "target", test: /\btargets?\b|^tgt\b|^goal\b|^standard\b/ },
  {
    role: "ref",
    test: /^((directorate|kpi|pi|measure|indicator|council\s+plan|service)\s+)?ref(erence)?\b\.?(\s*(no|number|num|#)\b\.?)?$|^(kpi|pi|measure|indicator)\s*(no|number|id|code)\b\.?$|^id$|^code$|^no\.?$/,
  },
  {
    role: "measure",
    test: /^(measures?|indicators?|kpis?|pis?|performance\s+(measures?|indicators?)|key\s+performance\s+indicators?|measure\s+(title|name|description)|indicator\s+(title|name|description)|kpi\s+(title|name|description)|description|title)$/,
  },
  {
    role: "lead-officer",
    test: /^(lead|responsible|accountable|reporting)\s+officers?\b|^officers?\b|^(measure\s+)?owner\b|^lead\s+(officer|manager)\b|^responsible\s+(person|manager)\b|^contact\b/,
  },
];

/** The role a header names, or null when it names none (then it may be a period, or `other`). */
export function roleOfHeader(text: string): ColumnRole | null {
  // Detection asks this of every cell while looking for header rows, and sheets repeat their texts.
  const known = roleMemo.get(text);
  if (known !== undefined) return known;
  const h = normaliseHeader(text);
  let role: ColumnRole | null = null;
  if (h !== "" && h.length <= 200) role = RULES.find((rule) => rule.test.test(h))?.role ?? null;
  if (roleMemo.size < 5000) roleMemo.set(text, role);
  return role;
}

const roleMemo = new Map<string, ColumnRole | null>();

/** Words that group columns in a first header row (`Annual`, `TARGET & TOLERANCES`), not a role of their own. */
export function isGroupLabel(text: string): boolean {
  const h = normaliseHeader(text);
  return /^(annual|quarterly|monthly|termly|weekly|yearly|latest\s+benchmarking|benchmarking|targets?\s*(&|and)\s*tolerances?|tolerances?|performance|actuals?|results?|data|outturns?)$/.test(
    h,
  );
}
