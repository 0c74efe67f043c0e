/** The one-click reports: summary, red flags, areas for improvement and health checks, as pure plans. */
export {
  summarise,
  count,
  countStatuses,
  share,
  SummarySchema,
  MEASURED,
  DOT_MEASURED,
  NO_GROUP,
  type Summary,
  type Counts,
  type StatusCounts,
  type Share,
  type Breakdown,
} from "./summary";
export {
  findRedFlags,
  findAreasForImprovement,
  cabinetLine,
  targetShown,
  type RedFlag,
  type AreaForImprovement,
  type Exception,
} from "./exceptions";
export {
  runHealthChecks,
  differsFromRecorded,
  CHECK_KINDS,
  type Check,
  type CheckKind,
  type LayoutInfo,
} from "./checks";
export {
  planReports,
  reportMeta,
  planSummarySheet,
  planExceptionsSheet,
  planChecksSheet,
  type ReportMeta,
} from "./sheets";
export { statusSentence, periodNoun, percentText, wholePercentText } from "./sentences";
export { normaliseFrequency, FREQUENCIES, type Frequency } from "./frequency";
export { statusOf, directionOf, BASIS_WORDS, STATUS_BASES, DEFAULT_BASIS, type StatusBasis } from "./basis";
export {
  WORSENING,
  WORSENING_WORDS,
  DEFAULT_WORSENING,
  WorseningSchema,
  countSignals,
  signalSentences,
  variationShown,
  assuranceShown,
  type Worsening,
  type SignalCounts,
} from "./signal";
