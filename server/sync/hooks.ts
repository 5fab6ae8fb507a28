// What a room asks of the world outside it, as a few hooks in the manner of Hocuspocus's
// extensions (onLoadDocument, onChange, onStoreDocument) plus a fan-out between server processes.
// The room knows nothing of SQLite or Redis: server/app.ts wires a storage backend and a fan-out
// into these, so another backend never touches server/sync/.

import type * as Y from 'yjs'
import type { StoredState } from '../persistence/storage'

export interface RoomHooks {
  /** Everything stored for the map, applied before any client is answered. */
  load(mapId: string): Promise<StoredState>
  /**
   * An update applied to the room's document by one of this process's clients or by the server
   * itself (not one received through the fan-out: its own process stores that). Resolves with
   * the update's position in the log once it is durable.
   */
  change(mapId: string, update: Uint8Array, doc: Y.Doc): Promise<number>
  /** Folds the stored state up to `uptoSeq` into one snapshot. */
  store(mapId: string, uptoSeq: number): Promise<void>
  /** Whether writes currently succeed, and news when that changes. */
  writable(): boolean
  onWritableChange(listener: (writable: boolean) => void): () => void
}

/** Carries document updates between processes that hold the same room. */
export interface Fanout {
  join(mapId: string, onRemote: (update: Uint8Array) => void): FanoutChannel
}

export interface FanoutChannel {
  /** Sends an update made here to every other process holding the room. */
  publish(update: Uint8Array): void
  leave(): void
}
