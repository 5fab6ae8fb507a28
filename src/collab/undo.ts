// Undo/redo of this person's own edits only: the manager tracks the LOCAL origin, so a colleague's
// concurrent work is never reverted. Each command is one undo step, except consecutive edits with
// the same merge key (typing in one inspector field) which fold into one.

import * as Y from 'yjs'
import { defaultRegistry, type KindRegistry } from '../domain/kinds/registry'
import { collectionOf, metaOf } from './codec'
import { LOCAL_ORIGIN } from './origin'

export interface UndoHistory {
  undo(): boolean
  redo(): boolean
  canUndo(): boolean
  canRedo(): boolean
  /** Call before a local edit; edits sharing a merge key within the window become one step. */
  beginEdit(mergeKey?: string): void
  /** Forgets every step (a map's starting content must not be undoable). */
  clear(): void
  subscribe(listener: () => void): () => void
  destroy(): void
}

const MERGE_WINDOW_MS = 1500

export function createUndoHistory(
  doc: Y.Doc,
  registry: KindRegistry = defaultRegistry,
): UndoHistory {
  // Every kind's collection is in scope, so a kind added to the registry is undoable at once.
  const manager = new Y.UndoManager(
    [metaOf(doc), ...registry.kinds.map((kind) => collectionOf(doc, kind))],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: MERGE_WINDOW_MS },
  )
  let lastKey: string | undefined
  let lastAt = 0
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())
  manager.on('stack-item-added', notify)
  manager.on('stack-item-popped', notify)
  manager.on('stack-cleared', notify)

  return {
    undo: () => (manager.stopCapturing(), manager.undo() !== null),
    redo: () => manager.redo() !== null,
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    beginEdit(mergeKey) {
      const now = Date.now()
      const merge = mergeKey !== undefined && mergeKey === lastKey && now - lastAt < MERGE_WINDOW_MS
      if (!merge) manager.stopCapturing()
      lastKey = mergeKey
      lastAt = now
    },
    clear: () => manager.clear(),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    destroy() {
      listeners.clear()
      manager.destroy()
    },
  }
}
