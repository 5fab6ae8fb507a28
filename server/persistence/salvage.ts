// Salvaging a damaged map: every stored part is tried on its own, on a copy of what has been
// rebuilt so far, and kept only if it applies cleanly; data that still waits on something never
// stored is left out. The result becomes a NEW map — the damaged one stays exactly as it was, for
// a second attempt or a closer look.

import * as Y from 'yjs'

export interface Salvaged {
  state: Uint8Array
  applied: number
  skipped: number[]
}

export function salvageParts(parts: readonly Uint8Array[]): Salvaged {
  let state = Y.encodeStateAsUpdate(new Y.Doc())
  let applied = 0
  const skipped: number[] = []
  for (const [index, part] of parts.entries()) {
    const trial = new Y.Doc()
    try {
      Y.applyUpdate(trial, state)
      Y.applyUpdate(trial, part)
      // encodeStateAsUpdate would carry pending data along: drop it, it can never resolve here.
      trial.store.pendingStructs = null
      trial.store.pendingDs = null
      state = Y.encodeStateAsUpdate(trial)
      applied++
    } catch {
      skipped.push(index)
    } finally {
      trial.destroy()
    }
  }
  return { state, applied, skipped }
}
