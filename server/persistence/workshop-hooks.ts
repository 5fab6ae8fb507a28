// The room hooks of workshop docs (comments, votes, timer: one small Y.Doc per map, beside the
// map's own). A workshop doc is small and changes in bursts (a vote is a few bytes), so instead
// of an update log it is saved whole: changes arriving within `saveDelayMs` share one save of the
// room's state, which the store merges into what it holds. A change's promise resolves once a
// save that includes it is durable, as the document log's appends do. The map's title and list
// summary never come from here.

import * as Y from 'yjs'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { RoomHooks } from '../sync/hooks'
import type { DocumentLog, WorkshopStore } from './storage'

export interface WorkshopHookSources {
  store: WorkshopStore
  /** Writability is the storage's as a whole (the same database). */
  log: Pick<DocumentLog, 'writable' | 'onWritableChange'>
  saveDelayMs?: number
  logger: Logger
}

interface Due {
  doc: Y.Doc
  timer: NodeJS.Timeout
  waiters: { resolve: (seq: number) => void; reject: (error: Error) => void }[]
}

export function workshopHooks({
  store,
  log,
  saveDelayMs = 100,
  logger,
}: WorkshopHookSources): RoomHooks {
  const due = new Map<string, Due>()
  /** The save in progress per map: saves of one map run one after the other. */
  const saving = new Map<string, Promise<void>>()

  function saveNow(mapId: string): Promise<void> {
    const entry = due.get(mapId)
    const previous = saving.get(mapId) ?? Promise.resolve()
    if (!entry) return previous
    clearTimeout(entry.timer)
    due.delete(mapId)
    const run = previous.then(async () => {
      // A room discarded with its map has nothing left to save.
      if (entry.doc.isDestroyed) return entry.waiters.forEach((w) => w.resolve(0))
      try {
        await store.save(mapId, Y.encodeStateAsUpdate(entry.doc))
        entry.waiters.forEach((w) => w.resolve(0))
      } catch (error) {
        logger.warn('could not save the workshop doc', { map: mapId, ...errorFields(error) })
        const failure = error instanceof Error ? error : new Error(String(error))
        entry.waiters.forEach((w) => w.reject(failure))
      }
    })
    const settled = run.finally(() => {
      if (saving.get(mapId) === settled) saving.delete(mapId)
    })
    saving.set(mapId, settled)
    return settled
  }

  return {
    async load(mapId) {
      const state = await store.load(mapId)
      return { parts: state ? [state] : [], seq: 0 }
    },
    change(mapId, _update, doc) {
      return new Promise<number>((resolve, reject) => {
        let entry = due.get(mapId)
        if (!entry || entry.doc !== doc) {
          if (entry) void saveNow(mapId)
          const timer = setTimeout(() => void saveNow(mapId), saveDelayMs)
          timer.unref()
          entry = { doc, timer, waiters: [] }
          due.set(mapId, entry)
        }
        entry.waiters.push({ resolve, reject })
      })
    },
    store: (mapId) => saveNow(mapId),
    writable: () => log.writable,
    onWritableChange: (listener) => log.onWritableChange(listener),
  }
}
