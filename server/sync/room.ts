// One open map: its Y.Doc, its awareness and the connections editing it. The room applies what
// clients send, fans every change out to the other clients, and hands each update to the store.

import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { MapStore } from '../persistence/store'
import { ProtocolError, type CloseCodeValue } from './close-codes'
import {
  decodeAwarenessUpdate,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  type ClientMessage,
} from './messages'

/** What a room needs of a connection: a way to send and an identity for awareness bookkeeping. */
export interface Peer {
  readonly id: string
  send(frame: Uint8Array): void
  close(code: CloseCodeValue, reason: string): void
  /** The awareness clientID this socket speaks for, fixed by its first awareness update. */
  clientId: number | null
}

export interface RoomOptions {
  compactEveryUpdates: number
  /** Reads the map title from the document, so the map list stays in step with renames. */
  readTitle?: (doc: Y.Doc) => string | null
}

export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly peers = new Set<Peer>()
  private readonly owners = new Map<number, Peer>()
  private updatesSinceCompaction = 0
  private lastTitle: string | null = null
  private destroyed = false

  private constructor(
    readonly id: string,
    private readonly store: MapStore,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null)
  }

  /** Creates the room and applies everything stored for it before any client is answered. */
  static async load(id: string, store: MapStore, log: Logger, options: RoomOptions) {
    const room = new Room(id, store, log, options)
    const parts = await store.loadState(id)
    for (const [index, part] of parts.entries()) {
      try {
        Y.applyUpdate(room.doc, part)
      } catch (error) {
        // A damaged row must not make the whole map unreachable: skip it, say so loudly.
        log.error('stored update could not be applied', { map: id, index, ...errorFields(error) })
      }
    }
    room.updatesSinceCompaction = Math.max(0, parts.length - 1)
    room.lastTitle = options.readTitle?.(room.doc) ?? null
    room.doc.on('update', room.onDocUpdate)
    room.awareness.on('update', room.onAwarenessUpdate)
    if (room.updatesSinceCompaction >= options.compactEveryUpdates) await room.compact()
    return room
  }

  join(peer: Peer) {
    this.peers.add(peer)
    // Like the reference server: offer our state vector so the client sends what we lack, and
    // show the newcomer who is already here.
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    const present = [...this.awareness.getStates().keys()]
    if (present.length > 0) {
      peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)))
    }
  }

  leave(peer: Peer) {
    this.peers.delete(peer)
    if (peer.clientId !== null) {
      this.owners.delete(peer.clientId)
      awarenessProtocol.removeAwarenessStates(this.awareness, [peer.clientId], peer)
    }
  }

  /** Applies one decoded client message. Throws ProtocolError for input that breaks the protocol. */
  handle(peer: Peer, message: ClientMessage) {
    switch (message.type) {
      case 'sync-step1': {
        let reply: Uint8Array
        try {
          reply = Y.encodeStateAsUpdate(this.doc, message.stateVector)
        } catch {
          throw new ProtocolError('malformed state vector')
        }
        peer.send(encodeSyncStep2(reply))
        return
      }
      case 'sync-step2':
      case 'sync-update':
        this.applyClientUpdate(peer, message.update)
        return
      case 'awareness':
        this.applyAwareness(peer, message.update)
        return
      case 'query-awareness': {
        const all = [...this.awareness.getStates().keys()]
        peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, all)))
        return
      }
    }
  }

  private applyClientUpdate(peer: Peer, update: Uint8Array) {
    try {
      // V1 only, inside try/catch: a malformed update throws while decoding, before it integrates.
      Y.applyUpdate(this.doc, update, peer)
    } catch (error) {
      throw new ProtocolError(
        `malformed update: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  }

  /**
   * A socket speaks only for its own clientID: the first one it announces that no other socket in
   * the room holds. The official client also relays the states it hears from others (and their
   * timeouts), so entries for other clientIDs are dropped quietly rather than treated as an attack.
   */
  private applyAwareness(peer: Peer, update: Uint8Array) {
    const entries = decodeAwarenessUpdate(update)
    for (const entry of entries) {
      if (peer.clientId === null && !this.owners.has(entry.clientId)) {
        peer.clientId = entry.clientId
        this.owners.set(entry.clientId, peer)
      }
    }
    const own = entries.filter((entry) => entry.clientId === peer.clientId)
    if (own.length === 0) return
    const trusted = own.length === entries.length ? update : encodeAwarenessEntries(own)
    awarenessProtocol.applyAwarenessUpdate(this.awareness, trusted, peer)
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    const frame = encodeSyncUpdate(update)
    for (const peer of this.peers) if (peer !== origin) peer.send(frame)
    this.store.appendUpdate(this.id, update)
    this.updatesSinceCompaction++
    this.syncTitle()
    if (this.updatesSinceCompaction >= this.options.compactEveryUpdates) {
      this.compact().catch((error: unknown) => {
        this.log.error('compaction failed', { map: this.id, ...errorFields(error) })
      })
    }
  }

  private onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    _origin: unknown,
  ) => {
    const changed = [...change.added, ...change.updated, ...change.removed]
    const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    // Everyone, the sender included: the echo is what keeps an idle client's 30 s watchdog fed.
    for (const peer of this.peers) peer.send(frame)
  }

  private syncTitle() {
    const title = this.options.readTitle?.(this.doc) ?? null
    if (title === null || title === this.lastTitle) return
    this.lastTitle = title
    this.store.setTitle(this.id, title).catch((error: unknown) => {
      this.log.warn('could not store the map title', { map: this.id, ...errorFields(error) })
    })
  }

  /** Folds the update log into one snapshot (loads the doc state, not a merge of raw updates). */
  async compact() {
    if (this.destroyed || this.updatesSinceCompaction === 0) return
    this.updatesSinceCompaction = 0
    await this.store.compact(this.id, Y.encodeStateAsUpdate(this.doc))
  }

  /** Persists the final state and frees the document. */
  async close({ persist }: { persist: boolean }) {
    if (this.destroyed) return
    if (persist) await this.compact()
    this.destroyed = true
    this.awareness.destroy()
    this.doc.destroy()
  }

  get connectionCount() {
    return this.peers.size
  }
}
