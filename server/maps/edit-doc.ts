// Server-side access to a map's live document. The room is acquired like a connection would:
// an open room is shared, so connected editors see a server edit at once (it is broadcast and
// persisted by the room); a closed map is loaded into a room and saved when it is released.
// Going through `Rooms` rather than loading and compacting by hand means a client that connects
// meanwhile can never have its updates overwritten by a snapshot taken before they arrived.

import type * as Y from 'yjs'
import type { Rooms } from '../sync/rooms'

/** The origin of edits the server makes itself (renames); no client's undo manager tracks it. */
export const SERVER_ORIGIN = Symbol('trailmap-server')

export async function withMapDoc<T>(
  rooms: Rooms,
  id: string,
  edit: (doc: Y.Doc) => T | Promise<T>,
): Promise<T> {
  try {
    const room = await rooms.acquire(id)
    return await edit(room.doc)
  } finally {
    rooms.release(id)
  }
}
