// The browser's copy of a map (IndexedDB, through y-indexeddb), so that edits made offline survive
// a reload and merge on reconnect. y-indexeddb writes every update in an IndexedDB transaction of
// its own, on the update's call stack: each keystroke in a field — mine or a colleague's — cost a
// transaction and a trip to the browser's storage process while the keystroke was being handled.
//
// While the server is connected and has sent its state, what I type reaches it at once, so the
// copy may lag: its updates are merged and written at most every `OFFLINE_COPY_DELAY_MS` (and
// when the page is hidden or left, or the connection drops — websocket-transport.ts). While it is not — offline, reconnecting, not yet synced — the
// copy is the only place an edit is kept, so each update is written at once, as before.

import * as Y from 'yjs'
import { IndexeddbPersistence } from 'y-indexeddb'

/** How long updates wait before they are written together (a burst of typing is one write). */
export const OFFLINE_COPY_DELAY_MS = 400

export interface OfflineCopy {
  /** Writes what is waiting now. */
  flush(): void
  destroy(): Promise<void>
}

/** `serverHasIt`: true while the server is connected and synced (updates reach it at once). */
export function offlineCopy(name: string, doc: Y.Doc, serverHasIt: () => boolean): OfflineCopy {
  const persistence = new IndexeddbPersistence(name, doc)
  // y-indexeddb's own listener writes each update at once; ours hands it batches instead. Its
  // handler keeps the row count and folds the rows into one now and then, so it still does that.
  const store = persistence._storeUpdate
  doc.off('update', store)
  let waiting: Uint8Array[] = []
  let timer: ReturnType<typeof setTimeout> | null = null

  const flush = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (waiting.length === 0) return
    const update = waiting.length === 1 ? waiting[0]! : Y.mergeUpdates(waiting)
    waiting = []
    store(update, null)
  }
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // What was just read from IndexedDB is there already.
    if (origin === persistence) return
    waiting.push(update)
    if (!serverHasIt()) flush()
    else timer ??= setTimeout(flush, OFFLINE_COPY_DELAY_MS)
  }
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  doc.on('update', onUpdate)
  window.addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', onHidden)

  return {
    flush,
    destroy() {
      flush()
      doc.off('update', onUpdate)
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHidden)
      return persistence.destroy()
    },
  }
}
