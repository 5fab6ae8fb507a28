// Presence (y-protocols awareness) for one room. Three rules keep one client's presence from
// costing everyone else:
// - A clientID belongs to the first socket that spoke for it, for as long as the room lives. A
//   later socket may take it over only once that socket has left and only with the same identity
//   (the same token, or in open mode the same address): an honest reconnect keeps its cursor, a
//   stranger cannot step into someone else's presence.
// - Fan-out is charged to the SENDER: each socket's changes are relayed at most `perSecond` times
//   a second (with a burst); changes over that are coalesced and the latest state goes out on the
//   next tick. Receivers never pay for other people's chattiness — and the y-websocket client
//   echoes every frame it hears, so fewer frames out also means fewer echoes back.
// - query-awareness (answered with every state) is rate-limited per socket, with at most one
//   answer pending; extra queries are dropped.

import * as awarenessProtocol from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { TokenBucket } from '../limits/token-bucket'
import type { Logger } from '../log'
import type { DropReason } from '../metrics'
import { decodeAwarenessUpdate, encodeAwareness, encodeAwarenessEntries } from './messages'
import type { Peer } from './room'

export interface PresenceLimits {
  /** Awareness states longer than this (JSON, UTF-8) are not applied or relayed. */
  maxStateBytes?: number
  /** Relayed presence changes per sender a second (burst: twice this). */
  perSecond?: number
  /** query-awareness answers per socket a second (burst: 2). */
  queriesPerSecond?: number
}

/** The origin of presence changes of clients on other nodes (through the fan-out). */
const REMOTE = Symbol('remote-presence')

interface Sender {
  relay: TokenBucket
  queries: TokenBucket
  queryPending: boolean
}

interface Owner {
  identity: string
  peer: Peer | null
}

export class Presence {
  readonly awareness: awarenessProtocol.Awareness
  private readonly owners = new Map<number, Owner>()
  private readonly senders = new WeakMap<Peer, Sender>()
  private readonly warnedOversize = new WeakSet<Peer>()
  /** Coalesced changes waiting for their sender's budget, and the timer that sends them. */
  private readonly dirty = new Map<Peer, Set<number>>()
  private timer: NodeJS.Timeout | null = null
  private readonly perSecond: number
  private readonly queriesPerSecond: number

  constructor(
    doc: Y.Doc,
    private readonly peers: ReadonlySet<Peer>,
    private readonly log: Logger,
    private readonly mapId: string,
    private readonly limits: PresenceLimits,
    private readonly onDrop?: (reason: DropReason) => void,
    /** Presence changes of this node's own clients, for the other nodes. */
    private readonly onLocalChange?: (update: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc)
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.onUpdate)
    this.perSecond = limits.perSecond ?? 30
    this.queriesPerSecond = limits.queriesPerSecond ?? 2
  }

  /** Shows a newcomer who is already here. */
  greet(peer: Peer) {
    const present = [...this.awareness.getStates().keys()]
    if (present.length === 0) return
    const states = awarenessProtocol.encodeAwarenessUpdate(this.awareness, present)
    peer.send(encodeAwareness(states), true)
  }

  leave(peer: Peer) {
    this.dirty.delete(peer)
    if (peer.clientId === null) return
    const owner = this.owners.get(peer.clientId)
    if (owner?.peer === peer) owner.peer = null
    awarenessProtocol.removeAwarenessStates(this.awareness, [peer.clientId], peer)
  }

  /**
   * A socket speaks only for its own clientID. The official client also relays the states it
   * hears from others (and their timeouts), so entries for other clientIDs are dropped quietly
   * rather than treated as an attack.
   */
  apply(peer: Peer, update: Uint8Array) {
    const entries = decodeAwarenessUpdate(update, this.limits.maxStateBytes)
    if (peer.clientId === null) {
      for (const entry of entries) {
        if (this.claim(peer, entry.clientId)) break
      }
    }
    const own = entries.filter((entry) => entry.clientId === peer.clientId)
    // A state over the limit is dropped (the previous one stays); the client is not cut off.
    const accepted = own.filter((entry) => !entry.oversize)
    if (accepted.length < own.length) this.dropOversize(peer)
    if (accepted.length === 0) return
    const trusted = accepted.length === entries.length ? update : encodeAwarenessEntries(accepted)
    awarenessProtocol.applyAwarenessUpdate(this.awareness, trusted, peer)
  }

  /** Presence changes of clients on other nodes: shown to this node's clients, never sent back. */
  applyRemote(update: Uint8Array) {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE)
    } catch (error) {
      this.log.warn('presence from another node could not be applied', { map: this.mapId })
      this.log.debug('presence error', { error: String(error) })
    }
  }

  /** The states of clients connected to this node, encoded; null when there are none. */
  localStates(): Uint8Array | null {
    const states = this.awareness.getStates()
    const own = [...this.owners.entries()]
      .filter(([clientId, owner]) => owner.peer !== null && states.has(clientId))
      .map(([clientId]) => clientId)
    return own.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, own) : null
  }

  private claim(peer: Peer, clientId: number): boolean {
    const owner = this.owners.get(clientId)
    if (!owner) {
      this.owners.set(clientId, { identity: peer.identity, peer })
    } else if (owner.peer === null && owner.identity === peer.identity) {
      owner.peer = peer
    } else {
      return false
    }
    peer.clientId = clientId
    return true
  }

  /** Answers a query-awareness with every state, within the socket's query budget. */
  query(peer: Peer) {
    const sender = this.senderOf(peer)
    if (sender.queries.take(1)) return this.answerQuery(peer)
    if (sender.queryPending) {
      this.onDrop?.('awareness-query')
      return
    }
    sender.queryPending = true
    // Due when the bucket holds a token again. The pending answer is always sent then: a timer
    // that fires a hair early must not find 0.9999 tokens and drop it for good.
    const wait = Math.ceil(sender.queries.secondsUntil(1) * 1000) + 1
    setTimeout(() => {
      sender.queryPending = false
      if (!this.peers.has(peer)) return
      sender.queries.take(1)
      this.answerQuery(peer)
    }, wait).unref()
  }

  private answerQuery(peer: Peer) {
    const all = [...this.awareness.getStates().keys()]
    peer.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, all)), true)
  }

  private senderOf(peer: Peer): Sender {
    let sender = this.senders.get(peer)
    if (!sender) {
      sender = {
        relay: new TokenBucket(this.perSecond, this.perSecond * 2),
        queries: new TokenBucket(this.queriesPerSecond, 2),
        queryPending: false,
      }
      this.senders.set(peer, sender)
    }
    return sender
  }

  private dropOversize(peer: Peer) {
    this.onDrop?.('awareness-too-large')
    if (this.warnedOversize.has(peer)) return
    this.warnedOversize.add(peer)
    this.log.warn('dropped an awareness state over the size limit', {
      conn: peer.id,
      map: this.mapId,
      limit: this.limits.maxStateBytes,
    })
  }

  private onUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...change.added, ...change.updated, ...change.removed]
    // Other nodes' clients are theirs to announce; a timeout happens on every node by itself.
    if (origin === REMOTE || origin === 'timeout') {
      this.broadcast(changed, null, false)
      return
    }
    const sender = origin && this.peers.has(origin as Peer) ? (origin as Peer) : null
    // Departures and the sender's first changes go out at once; a chatty sender is coalesced.
    if (sender && change.removed.length === 0 && !this.senderOf(sender).relay.take(1)) {
      let waiting = this.dirty.get(sender)
      if (!waiting) this.dirty.set(sender, (waiting = new Set()))
      for (const id of changed) waiting.add(id)
      this.onDrop?.('presence-rate')
      this.scheduleCoalesced()
      return
    }
    this.broadcast(changed, sender)
  }

  private broadcast(clientIds: number[], origin: Peer | null, local = true) {
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds)
    if (local) this.onLocalChange?.(update)
    const frame = encodeAwareness(update)
    // Everyone, the sender included: the echo is what keeps an idle client's 30 s watchdog fed.
    // (The sender does not send its own state back; the others do.)
    for (const peer of this.peers) peer.send(frame, peer !== origin)
  }

  private scheduleCoalesced() {
    if (this.timer) return
    this.timer = setTimeout(
      () => {
        this.timer = null
        for (const [peer, ids] of [...this.dirty]) {
          if (!this.peers.has(peer)) {
            this.dirty.delete(peer)
            continue
          }
          if (!this.senderOf(peer).relay.take(1)) continue
          this.dirty.delete(peer)
          // Only states still known (or removed since) are encoded: the latest of each.
          this.broadcast(
            [...ids].filter((id) => this.awareness.meta.has(id)),
            peer,
          )
        }
        if (this.dirty.size > 0) this.scheduleCoalesced()
      },
      Math.ceil(1000 / this.perSecond),
    )
    this.timer.unref()
  }

  destroy() {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.dirty.clear()
    this.awareness.destroy()
  }
}
