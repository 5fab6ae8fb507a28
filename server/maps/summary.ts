// The map list's summaries (counts and a layout thumbnail, src/domain/summary.ts) on the server.
// A room's hooks recompute a map's summary while it is edited (persistence/room-hooks.ts);
// creating and copying store one at once; a map that has none yet (stored before summaries
// existed) gets one computed from its stored state the first time the list shows it. A map whose
// stored state does not decode gets none: the list shows it without a thumbnail.

import * as Y from 'yjs'
import { fromY } from '../../src/collab/codec'
import { parseSummary, summariseMap, type MapSummary } from '../../src/domain/summary'
import type { JourneyMap } from '../../src/domain/types'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { DocumentLog, MapCatalogue, MapRecord } from '../persistence/storage'

/** The summary of a live doc; null (and nothing stored) when it cannot be read. */
export function summariseDoc(doc: Y.Doc): MapSummary | null {
  try {
    return summariseContent(fromY(doc))
  } catch {
    return null
  }
}

/**
 * The summary of a map's content, checked like a stored one before it is stored (a kind's hook
 * that breaks the summary's bounds costs that map its thumbnail, never the list).
 */
export function summariseContent(map: JourneyMap): MapSummary | null {
  try {
    return parseSummary(summariseMap(map))
  } catch {
    return null
  }
}

/** The summary of a map's stored state, or null when a part of it does not apply. */
export function summariseStored(parts: readonly Uint8Array[]): MapSummary | null {
  const doc = new Y.Doc()
  try {
    for (const part of parts) Y.applyUpdate(doc, part)
    if (doc.store.pendingStructs || doc.store.pendingDs) return null
    return summariseDoc(doc)
  } catch {
    return null
  } finally {
    doc.destroy()
  }
}

/** Maps summarised per list request at most; the others follow on the next requests. */
export const LAZY_SUMMARIES_PER_LIST = 10

export interface SummaryBackfill {
  /** The records, those without a summary given one where it can be computed. */
  fill<T extends MapRecord>(records: T[]): Promise<T[]>
}

/**
 * Computes missing summaries from stored states, a few per list request (so that a list of
 * thousands of old maps is not held up), remembering maps that cannot be read so that they are
 * not read again on every request.
 */
export function summaryBackfill(
  catalogue: MapCatalogue,
  log: Pick<DocumentLog, 'load'>,
  logger: Logger,
): SummaryBackfill {
  const unreadable = new Set<string>()
  return {
    async fill(records) {
      let budget = LAZY_SUMMARIES_PER_LIST
      const out: typeof records = []
      for (const record of records) {
        if (record.summary !== null || unreadable.has(record.id) || budget === 0) {
          out.push(record)
          continue
        }
        budget--
        let summary: MapSummary | null = null
        try {
          summary = summariseStored((await log.load(record.id)).parts)
          if (summary) await catalogue.setSummary(record.id, summary)
          else unreadable.add(record.id)
        } catch (error) {
          // The store failed (not the map): try again on a later request.
          logger.warn('could not summarise the map', { map: record.id, ...errorFields(error) })
        }
        out.push(summary ? { ...record, summary } : record)
      }
      return out
    },
  }
}
