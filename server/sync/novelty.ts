// Whether an update would change a document, decided without applying it. A view-only socket's
// updates are never applied; this tells an honest reconnect (its SyncStep2 repeats what the room
// already has, delete set included) from an attempt to edit, which the client is told about.
// It also lets an update that adds nothing through when a document is at its size limit.

import * as Y from 'yjs'

/** Throws like `Y.applyUpdate` on a malformed update. Reads the update; the doc is not touched. */
export function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update)
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true
  }
  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client)
    const own = doc.store.clients.get(client)
    for (const { clock, len } of ranges) {
      if (len <= 0) continue
      // Deleting what the room has not seen yet would be kept as pending: a change.
      if (!own || clock + len > known) return true
      for (let index = Y.findIndexSS(own, clock); index < own.length; index++) {
        const struct = own[index]
        if (!struct || struct.id.clock >= clock + len) break
        if (!struct.deleted) return true
      }
    }
  }
  return false
}
