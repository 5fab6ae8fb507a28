// Folding a map's stored parts into one snapshot: the parts are applied to a fresh Y.Doc and the
// doc is re-encoded, which garbage-collects what was deleted (Y.mergeUpdates would not, and it
// must never see untrusted V2 input). A part that fails to apply stops the fold: a log with a
// damaged row is kept exactly as it is rather than rewritten without it.

import * as Y from 'yjs'

export function foldParts(parts: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  try {
    for (const [index, part] of parts.entries()) {
      try {
        Y.applyUpdate(doc, part)
      } catch (error) {
        throw new Error(
          `stored part ${index} could not be applied: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    }
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
