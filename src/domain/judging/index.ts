/** The judging engine's public face: read values, targets, bands and polarity; judge status and direction of travel. */
export {
  readPolarity,
  polarityWords,
  inferPolarity,
  polarityOfComparator,
  type PolarityReading,
  type PolarityBasis,
  type InferredPolarity,
} from "./polarity";
export { lowerIsBetterPhrase, LOWER_IS_BETTER } from "./lower-is-better";
export { readValue, leadingNumber, type ValueInput } from "./values";
export { readTarget } from "./targets";
export { readBands, readBand, inBand } from "./bands";
export {
  readTolerance,
  parseTolerance,
  describeTolerance,
  DEFAULT_TOLERANCE,
  ToleranceSchema,
  type ToleranceResult,
} from "./tolerance";
export { assessStatus, judgeStatus, variance, profileTarget, reconcile } from "./status";
export { assessDirection } from "./direction";
export {
  StatusOptionsSchema,
  DirectionOptionsSchema,
  readStatusOptions,
  readDirectionOptions,
  type StatusOptions,
  type JudgeOptions,
  type DirectionOptions,
  type PartsRule,
} from "./options";
export { formatNumber, formatReading, formatGap, roundTo } from "./format";
export {
  STATUS_SYMBOLS,
  STATUS_WORDS,
  STATUS_NAMES,
  RAG_WORDS,
  DOT_ARROWS,
  DOT_WORDS,
  DOT_KEY_WORDS,
  VALUE_ARROWS,
  parseStatusSymbol,
  parseDirectionSymbol,
} from "./symbols";
export { statusFill, DOT_FILLS, FILL_COLOURS, type Fill } from "./fills";
export * from "./types";
export { statusOfFill, fillWord } from "./fill-status";
export { recordedStatus, recordedDirection, type Recorded } from "./recorded";
export { figureFromWords, type FigureRead, type PeriodHint } from "./figure-in-words";
