// A map's current document for a read: the live room's when the map is open (what the people
// editing it see), else its stored state applied to a throw-away Y.Doc, without opening a room.

import * as Y from 'yjs'
import type { DocumentLog } from '../persistence/storage'
import { DamagedMapError } from '../sync/room'
import type { Rooms } from '../sync/rooms'

export async function readCurrentDoc<T>(
  ctx: { rooms: Rooms; log: Pick<DocumentLog, 'load'> },
  id: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const room = await ctx.rooms.peek(id)
  if (room) return read(room.doc)
  const doc = new Y.Doc()
  try {
    for (const [index, part] of (await ctx.log.load(id)).parts.entries()) {
      try {
        Y.applyUpdate(doc, part)
      } catch {
        // As a room refuses to open such a map, a read refuses to show part of it.
        throw new DamagedMapError(id, `stored part ${index} could not be applied`)
      }
    }
    return read(doc)
  } finally {
    doc.destroy()
  }
}
