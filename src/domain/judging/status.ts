/**
 * Judging status: one of six, with a one-line reason a person can read, e.g.
 * "10.1% against a target of 7% (lower is better): 3.1 points over, off target".
 * Every path from messy input ends in a status; nothing here throws on bad data.
 */
import { inBand } from "./bands";
import { formatGap, formatNumber, formatReading } from "./format";
import { readStatusOptions, type JudgeOptions, type StatusOptions } from "./options";
import { polarityOfComparator, polarityWords } from "./polarity";
import { describeGreen, describeTolerance, DEFAULT_TOLERANCE } from "./tolerance";
import type {
  BandsReading,
  Comparator,
  NumberReading,
  Polarity,
  Status,
  StatusResult,
  TargetReading,
  Tolerance,
  Unit,
  ValueReading,
} from "./types";

const result = (status: Status, reason: string, variance: number | null = null): StatusResult => ({
  status,
  reason,
  variance,
});

/**
 * A plain figure set beside a percent: is it a fraction (0.949 → 94.9%) or percentage points (94.9 → 94.9%)?
 * A fraction above 1.5 (150%) is implausible; otherwise take the reading nearer the percent it is compared with
 * (against 2%, a 1.2 is 1.2%; against 95%, a 0.949 is 94.9%).
 */
function asPercent(plain: NumberReading, percent: NumberReading): NumberReading {
  const x = Math.abs(plain.value);
  const p = Math.abs(percent.value);
  const points = x > 1.5 || (p > 0 && x > 10 * p);
  if (x > 1000) return plain; // no percent is this big: leave it, the comparison will show the mismatch
  return points
    ? { ...plain, unit: "percent", value: plain.value / 100 }
    : { ...plain, unit: "percent", decimals: Math.max(0, plain.decimals - 2) };
}

/**
 * Bring a value and a threshold to one scale. A percent against a plain figure (94 against 95%, or 94.9% against 95)
 * reads the plain figure as a percent, and the reason says so.
 */
export function reconcile(
  value: NumberReading,
  target: NumberReading,
): { value: NumberReading; target: NumberReading; note: string } {
  if (value.unit === target.unit) return { value, target, note: "" };
  if (value.unit === "percent" && target.unit === "number") {
    const t = asPercent(target, value);
    return { value, target: t, note: ` (target ${target.text} read as ${formatReading(t)})` };
  }
  if (target.unit === "percent" && value.unit === "number") {
    // "6 (100%)": a count with its rate in brackets; against a percent target the rate is the figure.
    const rate = bracketedPercent(value);
    if (rate !== null)
      return { value: rate, target, note: ` (the ${rate.text} in brackets, against a percent target)` };
    const v = asPercent(value, target);
    return { value: v, target, note: ` (value ${value.text} read as ${formatReading(v)})` };
  }
  return { value, target, note: "" };
}

const PERCENT_NOTE = /^[-+]?\d+(?:\.\d+)?\s*%$/;

function bracketedPercent(value: NumberReading): NumberReading | null {
  const q = value.qualifiers.length === 1 ? value.qualifiers[0] : undefined;
  if (q === undefined || !PERCENT_NOTE.test(q)) return null;
  const n = Number(q.replace("%", "").trim());
  const dot = q.indexOf(".");
  const decimals = dot === -1 ? 0 : q.replace("%", "").trim().length - dot - 1;
  return { kind: "number", value: n / 100, unit: "percent", text: q.replace(/\s+/g, ""), decimals, qualifiers: [] };
}

const UNIT_WORDS: Partial<Record<Unit, string>> = { percent: "a percent", currency: "money", days: "days" };

/** Units that cannot be compared at all: a value in days against a percent target, money against days. */
export function unitClash(value: NumberReading, target: NumberReading): string | null {
  if (value.unit === target.unit) return null;
  const a = UNIT_WORDS[value.unit];
  const b = UNIT_WORDS[target.unit];
  if (a === undefined || b === undefined || a === b) return null;
  return `${formatReading(value)} is ${a} and ${formatReading(target)} is ${b}: they cannot be compared`;
}

function toleranceAmount(tolerance: Tolerance, threshold: NumberReading): number {
  if (tolerance.kind === "relative") return Math.abs(threshold.value) * tolerance.fraction;
  // Points are percentage points for percents (2pp = 0.02), plain units otherwise.
  return threshold.unit === "percent" ? tolerance.points / 100 : tolerance.points;
}

/** How far short of target still counts as green: none unless the council's rule gives a green band. */
function greenAmount(tolerance: Tolerance, threshold: NumberReading): number {
  const g = tolerance.green ?? 0;
  if (g <= 0) return 0;
  if (tolerance.kind === "relative") return Math.abs(threshold.value) * g;
  return threshold.unit === "percent" ? g / 100 : g;
}

/** Which way is good for this target: a comparator wins over the polarity. */
function senseOf(comparator: Comparator | null, polarity: Polarity): "high" | "low" {
  if (comparator !== null) return polarityOfComparator(comparator);
  return polarity === "low" ? "low" : "high";
}

/** Judge one number against one threshold. */
function againstThreshold(
  value: NumberReading,
  threshold: NumberReading,
  comparator: Comparator | null,
  polarity: Polarity,
  tolerance: Tolerance,
  targetShown: string,
): StatusResult {
  const clash = unitClash(value, threshold);
  if (clash !== null) return result("in-development", `target ${targetShown}: ${clash}`);
  const r = reconcile(value, threshold);
  const v = r.value.value;
  const t = r.target.value;
  const sense = senseOf(comparator, polarity);
  const strict = comparator === "<" || comparator === ">";
  const met = sense === "high" ? (strict ? v > t + 1e-12 : v >= t - 1e-12) : strict ? v < t - 1e-12 : v <= t + 1e-12;
  const gap = v - t;
  const decimals = Math.max(r.value.decimals, r.target.decimals);
  const variance = t === 0 ? (sense === "high" ? gap : -gap) : (sense === "high" ? gap : -gap) / Math.abs(t);
  const words =
    comparator === null
      ? `(${sense === "high" ? "higher" : "lower"} is better)`
      : `(${sense === "high" ? "higher" : "lower"} is better)`;
  const head = `${formatReading(r.value)} against a target of ${targetShown} ${words}${r.note}`;
  if (met) {
    const within =
      Math.abs(gap) < 1e-12
        ? "meets the target"
        : `${formatGap(gap, r.target.unit, decimals)} ${gap > 0 ? "over" : "under"}`;
    return result("on-target", `${head}: ${within}, on target`, variance);
  }
  const miss = Math.abs(gap);
  const allowed = toleranceAmount(tolerance, r.target);
  const green = greenAmount(tolerance, r.target);
  const missText =
    miss < 1e-12 ? "level with the target" : `${formatGap(gap, r.target.unit, decimals)} ${gap > 0 ? "over" : "under"}`;
  if (green > 0 && miss <= green + 1e-12) {
    return result(
      "on-target",
      `${head}: ${missText}, within the green band (${describeGreen(tolerance)}), on target`,
      variance,
    );
  }
  if (allowed > 0 && miss <= allowed + 1e-12) {
    return result(
      "near-target",
      `${head}: ${missText}, within the tolerance (${describeTolerance(tolerance)}), near target`,
      variance,
    );
  }
  return result("off-target", `${head}: ${missText}, off target`, variance);
}

const STATUS_RANK: Record<Status, number> = {
  "off-target": 0,
  "near-target": 1,
  "on-target": 2,
  "in-development": 3,
  "not-applicable": 4,
  "not-available": 5,
};

/** The year-to-date share of an annual cumulative target: flat, or by an explicit profile. */
export function profileTarget(annual: number, elapsed: number, inYear: number, profile?: number[]): number {
  if (!(inYear > 0) || !(elapsed >= 0)) return annual;
  const done = Math.min(elapsed, inYear);
  if (profile !== undefined && profile.length === inYear) {
    const total = profile.reduce((a, b) => a + b, 0);
    if (total > 0) return (annual * profile.slice(0, done).reduce((a, b) => a + b, 0)) / total;
  }
  return (annual * done) / inYear;
}

/**
 * The target as the reason names it: as written when it is just a figure (`<8%`, `58%+`, `85.0%`), otherwise the
 * figure alone, so that "100% within 24 hours of inspection. (Vehicles and drivers)" reads "a target of 100%".
 */
function targetShown(target: {
  kind: "plain" | "comparator";
  text: string;
  threshold: NumberReading;
  flags: { note?: string };
  comparator?: Comparator;
}): string {
  if (target.flags.note === undefined && target.text !== "") return target.text;
  const figure = formatReading(target.threshold);
  return target.kind === "comparator" && target.comparator !== undefined ? `${target.comparator}${figure}` : figure;
}

function judgeNumber(
  value: NumberReading,
  target: TargetReading,
  polarity: Polarity,
  tolerance: Tolerance,
  options: JudgeOptions,
): StatusResult {
  switch (target.kind) {
    case "plain":
    case "comparator": {
      let threshold = target.threshold;
      let shown = targetShown(target);
      let profiled = false;
      const { periodsElapsed, periodsInYear } = options;
      if (
        target.flags.cumulative &&
        periodsElapsed !== undefined &&
        periodsInYear !== undefined &&
        periodsElapsed < periodsInYear
      ) {
        const share = profileTarget(threshold.value, periodsElapsed, periodsInYear, options.profile);
        threshold = { ...threshold, value: share, decimals: Math.max(threshold.decimals, share % 1 === 0 ? 0 : 1) };
        const profile = options.profile;
        const how =
          profile === undefined
            ? ""
            : profile.length === periodsInYear
              ? " by the given profile"
              : `, flat: the profile has ${profile.length} periods, not ${periodsInYear}`;
        shown = `${formatReading(threshold)} (${target.text} profiled to period ${periodsElapsed} of ${periodsInYear}${how})`;
        profiled = true;
      }
      const judged = againstThreshold(
        value,
        threshold,
        target.kind === "comparator" ? target.comparator : null,
        polarity,
        tolerance,
        shown,
      );
      return profiled ? { ...judged, profiledTarget: shown } : judged;
    }
    case "relative": {
      const before = options.comparison;
      if (before === undefined || before.kind !== "number") {
        return result(
          "in-development",
          `target "${target.text}" is relative to the comparison period, which has no figure`,
        );
      }
      const wanted: NumberReading = {
        ...before,
        value: before.value * (1 + target.change),
        decimals: Math.max(before.decimals, 1),
      };
      const shown = `${formatReading(wanted)} (${target.text} on ${formatReading(before)})`;
      return againstThreshold(value, wanted, target.change < 0 ? "<=" : ">=", polarity, tolerance, shown);
    }
    case "benchmark": {
      const b = options.benchmark;
      if (b === undefined || b.kind !== "number") {
        return result("in-development", `target "${target.text}" refers to a benchmark that the sheet does not give`);
      }
      const shown = `the ${target.benchmark} benchmark ${formatReading(b)}`;
      const judged = againstThreshold(value, b, null, polarity, tolerance, shown);
      // "Inline with" the benchmark: within tolerance either side counts as on target.
      if (target.relation === "inline" && judged.status === "near-target") {
        return result(
          "on-target",
          judged.reason.replace(/near target$/, "in line with the benchmark, on target"),
          judged.variance,
        );
      }
      return judged;
    }
    case "not-applicable":
      return result("not-applicable", `no target applies: ${target.reason}`);
    case "unreadable":
      return result("in-development", `target "${target.text}" could not be read: ${target.reason}`);
  }
}

function judgeBands(value: NumberReading, bands: BandsReading, polarity: Polarity, tolerance: Tolerance): StatusResult {
  const { red, amber, green } = bands;
  if (red === null && amber === null && green === null) return result("in-development", "no tolerance bands given");
  // Only a Green band (`70%`, `<8%`): it is the target, and the tolerance decides near target.
  if (red === null && amber === null && green !== null && green.kind !== "range") {
    const comparator = green.kind === "comparator" ? green.comparator : null;
    return againstThreshold(
      value,
      green.threshold,
      comparator,
      polarity,
      tolerance,
      `${formatReading(green.threshold)} (the Green band)`,
    );
  }
  const sample = green ?? amber ?? red;
  const unitOf = sample?.kind === "range" ? sample.low : sample?.threshold;
  const clash = unitOf === undefined ? null : unitClash(value, unitOf);
  if (clash !== null) return result("in-development", `bands: ${clash}`);
  const r = unitOf === undefined ? { value, note: "" } : reconcile(value, unitOf);
  const v = r.value.value;
  const shown = formatReading(r.value) + r.note;
  const warn = bands.warnings.length > 0 ? ` (warning: ${bands.warnings[0] ?? ""})` : "";
  // Green first; Amber only where Red does not also apply (an Amber "8%+" stops at a Red "16%+"); then Red.
  if (green !== null && inBand(green, v, polarity))
    return result("on-target", `${shown} is in the Green band "${green.text}", on target${warn}`, null);
  const isRed = red !== null && inBand(red, v, polarity);
  if (amber !== null && inBand(amber, v, polarity) && !isRed)
    return result("near-target", `${shown} is in the Amber band "${amber.text}", near target${warn}`, null);
  if (isRed && red !== null)
    return result("off-target", `${shown} is in the Red band "${red.text}", off target${warn}`, null);
  if (red === null)
    return result(
      "off-target",
      `${shown} is outside the Green${amber === null ? "" : " and Amber"} bands, off target${warn}`,
      null,
    );
  return result("near-target", `${shown} falls between the bands, near target${warn}`, null);
}

function judgeParts(
  parts: { label: string; reading: NumberReading }[],
  target: TargetReading | BandsReading,
  polarity: Polarity,
  tolerance: Tolerance,
  options: JudgeOptions,
): StatusResult {
  const judged = parts.map((p) => ({
    label: p.label,
    r:
      target.kind === "bands"
        ? judgeBands(p.reading, target, polarity, tolerance)
        : judgeNumber(p.reading, target, polarity, tolerance, options),
  }));
  if (options.partsRule === "average") {
    const first = parts[0];
    if (first !== undefined) {
      const mean = parts.reduce((s, p) => s + p.reading.value, 0) / parts.length;
      const avg: NumberReading = {
        ...first.reading,
        value: mean,
        text: formatNumber(mean, first.reading.unit, first.reading.decimals + 1),
      };
      const r =
        target.kind === "bands"
          ? judgeBands(avg, target, polarity, tolerance)
          : judgeNumber(avg, target, polarity, tolerance, options);
      return result(r.status, `average of ${parts.length} parts: ${r.reason}`, r.variance);
    }
  }
  let worst = judged[0];
  for (const j of judged) if (worst === undefined || STATUS_RANK[j.r.status] < STATUS_RANK[worst.r.status]) worst = j;
  if (worst === undefined) return result("not-available", "no parts to judge");
  const status = options.partsRule === "all" && worst.r.status === "near-target" ? "off-target" : worst.r.status;
  return result(status, `part ${worst.label} decides (worst of ${parts.length}): ${worst.r.reason}`, worst.r.variance);
}

/**
 * Judge a value against a target (or tolerance bands) and a polarity.
 * Missing value → not-available; no target or polarity `none` → not-applicable; unreadable target → in-development.
 */
export function assessStatus(
  value: ValueReading,
  target: TargetReading | BandsReading,
  polarity: Polarity,
  options?: StatusOptions | null,
): StatusResult {
  // The public entry: options from outside are read and checked here, once per call.
  const read = readStatusOptions(options);
  if (!read.ok) return result("in-development", `options could not be read: ${read.reason}`);
  return judgeStatus(value, target, polarity, read.options);
}

/**
 * The same judgement for options already read at a boundary (readStatusOptions, or a tolerance read with
 * parseTolerance): callers inside the domain and the custom functions, once per measure, check nothing again.
 */
export function judgeStatus(
  value: ValueReading,
  target: TargetReading | BandsReading,
  polarity: Polarity,
  opts: JudgeOptions,
): StatusResult {
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;

  if (target.kind === "not-applicable") return result("not-applicable", `no target applies: ${target.reason}`);
  if (polarity === "none") {
    return result("not-applicable", `${polarityWords("none")}: no good or bad direction`);
  }
  if (target.kind === "unreadable")
    return result("in-development", `target "${target.text}" could not be read: ${target.reason}`);
  if (value.kind === "missing")
    return result(
      "not-available",
      value.reason === "blank" ? "no figure for this period yet" : `no figure yet: ${value.reason}`,
    );
  // The cell holds something, so the data is there: never say it is not yet available.
  if (value.kind === "unreadable")
    return result("in-development", `figure could not be read: "${value.text}" (${value.reason})`);
  if (value.kind === "parts") return judgeParts(value.parts, target, polarity, tolerance, opts);
  if (target.kind === "bands") return judgeBands(value, target, polarity, tolerance);
  return judgeNumber(value, target, polarity, tolerance, opts);
}

/** Signed distance from target, relative: positive is better than target, whatever the polarity. Null when not measurable. */
export function variance(value: ValueReading, target: TargetReading | BandsReading, polarity: Polarity): number | null {
  if (value.kind !== "number" || (target.kind !== "plain" && target.kind !== "comparator")) return null;
  return againstThreshold(
    value,
    target.threshold,
    target.kind === "comparator" ? target.comparator : null,
    polarity,
    { kind: "relative", fraction: 0 },
    target.text,
  ).variance;
}
