/** The one-click reports: summary, red flags, areas for improvement and health checks, as pure plans. */
export { summarise, count, share, SummarySchema, MEASURED, type Summary, type Counts, type Breakdown } from "./summary";
export { findRedFlags, findAreasForImprovement, cabinetLine, targetShown, type RedFlag, type AreaForImprovement } from "./exceptions";
export { runHealthChecks, type Check, type CheckKind } from "./checks";
export { planReports, planSummarySheet, planExceptionsSheet, planChecksSheet, type ReportMeta } from "./sheets";
export { statusSentence, periodNoun, percentText } from "./sentences";
export { normaliseFrequency, FREQUENCIES, type Frequency } from "./frequency";
export { statusOf, directionOf, BASIS_WORDS, type StatusBasis } from "./basis";
