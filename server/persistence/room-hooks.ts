// The room hooks over any Storage: load and fold go to the document log, every change is
// appended to it, and a changed title is copied into the catalogue so the map list follows
// renames made in the editor. The map list's summary (counts and thumbnail) is recomputed at most
// once per `summaryDelayMs` while a map is edited, and when the room stores (folds or unloads):
// reading the whole doc is never on the path of each update.

import type * as Y from 'yjs'
import type { MapSummary } from '../../src/domain/summary'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { RoomHooks } from '../sync/hooks'
import type { DocumentLog, MapCatalogue } from './storage'

export interface HookSources {
  catalogue: MapCatalogue
  log: DocumentLog & { onWritableChange(listener: (writable: boolean) => void): () => void }
  readTitle?: (doc: Y.Doc) => string | null
  /** The map list's summary of a doc; null when it cannot be read (nothing is stored then). */
  summarise?: (doc: Y.Doc) => MapSummary | null
  /** How long after a change its summary is computed (edits meanwhile share it). */
  summaryDelayMs?: number
  logger: Logger
}

export const DEFAULT_SUMMARY_DELAY_MS = 2_000

export function storageHooks({
  catalogue,
  log,
  readTitle,
  summarise,
  summaryDelayMs = DEFAULT_SUMMARY_DELAY_MS,
  logger,
}: HookSources): RoomHooks {
  const lastTitle = new Map<string, string>()
  /** Maps changed since their summary was last computed, with the doc to compute it from. */
  const due = new Map<string, { timer: NodeJS.Timeout; doc: Y.Doc }>()

  function storeSummary(mapId: string) {
    const entry = due.get(mapId)
    if (!entry || !summarise) return
    clearTimeout(entry.timer)
    due.delete(mapId)
    // A room that was discarded (its map deleted) has nothing left to summarise.
    if (entry.doc.isDestroyed) return
    const summary = summarise(entry.doc)
    if (!summary) return
    catalogue.setSummary(mapId, summary).catch((error: unknown) => {
      logger.warn('could not store the map summary', { map: mapId, ...errorFields(error) })
    })
  }

  function summaryDue(mapId: string, doc: Y.Doc) {
    if (!summarise || due.get(mapId)?.doc === doc) return
    if (due.has(mapId)) storeSummary(mapId)
    const timer = setTimeout(() => storeSummary(mapId), summaryDelayMs)
    timer.unref()
    due.set(mapId, { timer, doc })
  }

  return {
    async load(mapId) {
      lastTitle.delete(mapId)
      return log.load(mapId)
    },
    change(mapId, update, doc) {
      const title = readTitle?.(doc) ?? null
      if (title !== null && title !== lastTitle.get(mapId)) {
        lastTitle.set(mapId, title)
        catalogue.setTitle(mapId, title).catch((error: unknown) => {
          logger.warn('could not store the map title', { map: mapId, ...errorFields(error) })
        })
      }
      summaryDue(mapId, doc)
      return log.append(mapId, update)
    },
    store(mapId, uptoSeq) {
      // Folding happens every so many updates and when the room unloads, while its doc is alive.
      storeSummary(mapId)
      return log.compact(mapId, uptoSeq)
    },
    writable: () => log.writable,
    onWritableChange: (listener) => log.onWritableChange(listener),
  }
}
