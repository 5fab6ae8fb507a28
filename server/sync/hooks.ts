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
  /**
   * The room is closing after its last connection left (and after its final store), while its
   * document is still readable: automatic versions are kept here.
   */
  unload?(mapId: string, doc: Y.Doc): Promise<void>
  /**
   * Records a client's transaction touched, with the name that client shows in its presence:
   * who last edited what ("what changed since", with names). Only when the name is known.
   */
  edited?(mapId: string, recordIds: readonly string[], editor: string): void
  /** Whether writes currently succeed, and news when that changes. */
  writable(): boolean
  onWritableChange(listener: (writable: boolean) => void): () => void
}

/**
 * Carries document updates and presence between server processes (nodes) that hold the same room:
 * in one process (tests, a single node), or through a message bus such as Redis (bus-fanout.ts).
 */
export interface Fanout {
  join(mapId: string, member: FanoutMember): FanoutChannel
}

/** What a room offers the fan-out. */
export interface FanoutMember {
  /** The room's document: anti-entropy compares state vectors and sends what is missing. */
  readonly doc: Y.Doc
  /**
   * Applies an update from another node: a relay of an update that node stored, or (`repair`) a
   * difference anti-entropy found, which this room stores too. True when it changed the doc.
   */
  applyRemote(update: Uint8Array, repair: boolean): boolean
  /** Presence of clients connected to other nodes. */
  applyRemoteAwareness(update: Uint8Array): void
  /** The presence of this node's own clients, encoded; null when none. */
  localAwareness(): Uint8Array | null
}

export interface FanoutChannel {
  /** Sends an update made (and stored) here to every other node holding the room. */
  publish(update: Uint8Array): void
  /** Sends a presence change of this node's clients to the other nodes. */
  publishAwareness(update: Uint8Array): void
  leave(): void
}
