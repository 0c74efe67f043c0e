/**
 * Quarter to quarter (issue #13): the record a workbook carries of what the tool wrote (provenance), the frozen
 * history of each publish and the officers' overrides, shared by both faces. Pure: the adapters store the text.
 */
export * from "./schema";
export { LEDGER_NAMESPACE, LEDGER_ROOT, ledgerToParts, readLedger, isLedgerPart, type LedgerRead } from "./store-text";
export { SET_ASIDE_NAMESPACE, setAsideParts, setAsideXml } from "./set-aside";
export { splitParts, joinParts, readPiece, escapeXml, unescapeXml, PART_CHARS, MAX_PARTS } from "./parts";
export { measureKey, keyId, keysOf, sameMeasure } from "./measure-key";
export { provenance, provenanceIndex, type Owner, type CellProvenance } from "./provenance";
export { snapshotsFor, frozenStatus, frozenSnapshot, lastSnapshot, type PublishedMeasure } from "./history";
export {
  activeOverride,
  overrideState,
  overrideCheck,
  overrideWords,
  setOverride,
  type OverrideState,
} from "./overrides";
export { periodOrder, type PeriodOrder } from "./period-order";
export { bindTable, bindingWords, latestWithFigures, type CellBinding, type MeasureBinding } from "./bind";
export { publish, publishedMeasure, type Publish } from "./publish";
export { planHistorySheet, historyFromSheet, isHistorySheet, HISTORY_SHEET, HISTORY_TITLE } from "./history-sheet";
export { resolveOverride, type OverrideRequest } from "./resolve";
export {
  RESTORE_NAMESPACE,
  RESTORE_ROOT,
  MAX_RESTORE_POINTS,
  StoredPointSchema,
  restorePointToParts,
  restorePointIdOf,
  readRestorePoints,
  keepNewest,
  restorePointLabel,
  shortTime,
  type StoredPoint,
  type RestorePointEntry,
} from "./restore-points";
export { followRenamedSheets, type RenamedSheet } from "./renamed-sheets";
