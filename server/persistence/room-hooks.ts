// The room hooks over any Storage: load and fold go to the document log, every change is
// appended to it, and a changed title is copied into the catalogue so the map list follows
// renames made in the editor.

import type * as Y from 'yjs'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { RoomHooks } from '../sync/hooks'
import type { DocumentLog, MapCatalogue } from './storage'

export interface HookSources {
  catalogue: MapCatalogue
  log: DocumentLog & { onWritableChange(listener: (writable: boolean) => void): () => void }
  readTitle?: (doc: Y.Doc) => string | null
  logger: Logger
}

export function storageHooks({ catalogue, log, readTitle, logger }: HookSources): RoomHooks {
  const lastTitle = new Map<string, string>()
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
      return log.append(mapId, update)
    },
    store: (mapId, uptoSeq) => log.compact(mapId, uptoSeq),
    writable: () => log.writable,
    onWritableChange: (listener) => log.onWritableChange(listener),
  }
}
