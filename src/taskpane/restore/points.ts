/** How many restore points the workbook keeps (the adapter drops the oldest beyond this). */
export { MAX_RESTORE_POINTS as MAX_POINTS } from "../../domain/ledger";
