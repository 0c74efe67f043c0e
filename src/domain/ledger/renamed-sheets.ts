/**
 * A scorecard's tab renamed for the new quarter ("Directorate data Q2 2023-24" → "… Q3 2023-24"): the record
 * knows its measures and cells by the old name, which the workbook no longer has. A sheet the record does not
 * know takes over the record of a sheet that is gone when most of its measures (by ref, else title) are that
 * sheet's and no other gone sheet fits as well. A sheet still in the workbook is never taken over: a copied
 * tab starts its own record rather than one tab's history becoming another's.
 */
import type { Ledger, MeasureKey } from "./schema";
import { keyId, normalise } from "./measure-key";

/** At least this share of the new sheet's measures must be the gone sheet's. */
const FOLLOW = 0.8;

export interface RenamedSheet {
  from: string;
  to: string;
}

const who = (key: Pick<MeasureKey, "ref" | "measure">) => keyId({ ...key, sheet: "" });

export function followRenamedSheets(
  ledger: Ledger,
  tables: readonly { sheet: string; measures: readonly Pick<MeasureKey, "ref" | "measure">[] }[],
  sheetNames: readonly string[],
): { ledger: Ledger; renamed: RenamedSheet[] } {
  const inWorkbook = new Set(sheetNames.map(normalise));
  // Each sheet the record knows, with the measures it knows there.
  const known = new Map<string, { name: string; measures: Set<string> }>();
  for (const s of ledger.history) {
    const id = normalise(s.measure.sheet);
    const entry = known.get(id) ?? { name: s.measure.sheet, measures: new Set<string>() };
    entry.measures.add(who(s.measure));
    known.set(id, entry);
  }
  for (const w of ledger.writes)
    for (const c of w.cells)
      if (!known.has(normalise(c.sheet))) known.set(normalise(c.sheet), { name: c.sheet, measures: new Set() });
  const gone = [...known.entries()].filter(([id]) => !inWorkbook.has(id));
  if (gone.length === 0) return { ledger, renamed: [] };

  const renamed: RenamedSheet[] = [];
  const claimed = new Set<string>();
  const bySheet = new Map<string, Set<string>>();
  for (const t of tables) {
    const set = bySheet.get(t.sheet) ?? new Set<string>();
    for (const m of t.measures) set.add(who(m));
    bySheet.set(t.sheet, set);
  }
  for (const [sheet, measures] of bySheet) {
    if (known.has(normalise(sheet)) || measures.size === 0) continue;
    const fits = gone
      .filter(([id]) => !claimed.has(id))
      .map(([id, g]) => ({ id, g, share: [...measures].filter((m) => g.measures.has(m)).length / measures.size }))
      .filter((f) => f.share >= FOLLOW)
      .sort((a, b) => b.share - a.share);
    const [best, next] = fits;
    if (best === undefined || (next !== undefined && next.share === best.share)) continue;
    claimed.add(best.id);
    renamed.push({ from: best.g.name, to: sheet });
  }
  if (renamed.length === 0) return { ledger, renamed };

  const to = new Map(renamed.map((r) => [normalise(r.from), r.to]));
  const sheetOf = (name: string) => to.get(normalise(name)) ?? name;
  const key = (k: MeasureKey): MeasureKey => (to.has(normalise(k.sheet)) ? { ...k, sheet: sheetOf(k.sheet) } : k);
  return {
    renamed,
    ledger: {
      ...ledger,
      writes: ledger.writes.map((w) => ({
        ...w,
        cells: w.cells.map((c) =>
          to.has(normalise(c.sheet)) ? { ...c, sheet: sheetOf(c.sheet), measure: key(c.measure) } : c,
        ),
      })),
      history: ledger.history.map((s) => (to.has(normalise(s.measure.sheet)) ? { ...s, measure: key(s.measure) } : s)),
      overrides: ledger.overrides.map((o) =>
        to.has(normalise(o.measure.sheet)) ? { ...o, measure: key(o.measure) } : o,
      ),
    },
  };
}
