// One open map: its Y.Doc, its awareness and the connections editing it. The room applies what
// clients send, fans every change out to the other clients (and through the fan-out to other
// processes), and hands each update to the `change` hook, which stores it.
// It also enforces what is about the document: view-only peers never change it, an update that
// would grow it past the size limit is refused, and presence states have a size limit.

import * as Y from 'yjs'
import { touchedRecordIds, upgradeDoc } from '../../src/collab/codec'
import type { KindRegistry } from '../../src/domain/kinds/registry'
import type { Role } from '../auth/tokens'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { DropReason, TrafficStats } from '../metrics'
import { CloseCode, ProtocolError, type CloseCodeValue } from './close-codes'
import {
  encodePermissionDenied,
  encodeSaveStatus,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  type ClientMessage,
} from './messages'
import { Presence } from './presence'
import type { Fanout, FanoutChannel, FanoutMember, RoomHooks } from './hooks'
import { wouldChange } from './novelty'
import { PendingUpdates, type PendingLimits } from './pending'

/** The origin of updates that arrive through the fan-out: relayed here, stored elsewhere. */
const REMOTE = Symbol('fanout')
/**
 * The origin of what anti-entropy found missing here: relayed and stored here as well (the node
 * that had it may not have stored it yet, and may die); a row stored twice folds away.
 */
const REPAIR = Symbol('anti-entropy')
/** The origin of a format upgrade the server makes when it opens a room (no client undoes it). */
const UPGRADE_ORIGIN = Symbol('format-upgrade')

/** What a room needs of a connection: a way to send and an identity for awareness bookkeeping. */
export interface Peer {
  readonly id: string
  /**
   * `view`: the peer reads the doc and shows its presence; its updates are dropped. The
   * connection decides what a token's role means for this doc (a comment link is `view` on the
   * map's doc and `edit` on its workshop doc), so the room never looks inside an update.
   */
  readonly role: Exclude<Role, 'comment'>
  /**
   * `echoed`: an awareness frame about other clients, which the y-websocket client sends
   * straight back; the connection lets that echo through its message budget.
   */
  send(frame: Uint8Array, echoed?: boolean): void
  close(code: CloseCodeValue, reason: string): void
  /**
   * Who is behind the socket, for presence ownership: the token's digest (auth on) or the
   * client address (open mode). Never a token itself.
   */
  readonly identity: string
  /** The awareness clientID this socket speaks for, fixed by its first awareness update. */
  clientId: number | null
  /** A view-only peer that tried to edit has been told, once, that it cannot. */
  toldReadOnly: boolean
}

export interface RoomOptions {
  hooks: RoomHooks
  fanout: Fanout
  compactEveryUpdates: number
  /** A client update that would grow the encoded document beyond this is refused (4413). */
  maxDocBytes?: number
  /** Bounds on updates held for missing dependencies (see pending.ts). */
  pending?: PendingLimits
  /** Awareness states longer than this (JSON, UTF-8) are not applied or relayed. */
  maxAwarenessBytes?: number
  /** Relayed presence changes per sender a second; more are coalesced. */
  presencePerSecond?: number
  /** query-awareness answers per socket a second. */
  queriesPerSecond?: number
  traffic?: TrafficStats
  onDrop?: (reason: DropReason) => void
  /** The record kinds this server understands, for upgrading older docs (tests pass more). */
  registry?: KindRegistry
  /**
   * False for docs that are not journey maps (a map's workshop doc): they have no format version
   * to upgrade.
   */
  upgrade?: boolean
}

/** A map whose stored state does not decode: it is not opened, and nothing overwrites it. */
export class DamagedMapError extends Error {
  constructor(
    readonly mapId: string,
    detail: string,
  ) {
    super(`map "${mapId}" could not be loaded (${detail}); it has been kept as it was`)
  }
}

export const READ_ONLY_NOTICE = 'this link is view-only: your changes are not saved or shared'

export class Room {
  readonly doc = new Y.Doc()
  readonly peers = new Set<Peer>()
  private readonly presence: Presence
  private updatesSinceCompaction = 0
  private destroyed = false
  /** The log position of the newest stored update this room knows of. */
  private seq = 0
  /** The newest append still being written; the log writes in order, so it settles last. */
  private lastWrite: Promise<unknown> = Promise.resolve()
  private compacting: Promise<void> = Promise.resolve()
  private channel: FanoutChannel | null = null
  /** When a client last changed the document (idle rooms are closed first when rooms run out). */
  lastEdit = Date.now()
  /**
   * An upper bound of the encoded document's size: exact after each compaction, then grown by
   * every update's length. Recomputed exactly only when it nears the limit.
   */
  private approxBytes = 0
  /**
   * The whole document encoded, the answer to every client that arrives with nothing (a browser
   * without an offline copy): encoding a 2,000-card map takes ~55 ms, paid once per change
   * instead of once per joiner. Dropped on every update.
   */
  private fullState: Uint8Array | null = null
  private readonly pending: PendingUpdates<Peer>
  private pendingTimer: NodeJS.Timeout | null = null

  private constructor(
    readonly id: string,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {
    this.pending = new PendingUpdates(
      options.pending ?? { maxBytes: DEFAULT_PENDING_BYTES, maxAgeMs: DEFAULT_PENDING_MS },
    )
    this.presence = new Presence(
      this.doc,
      this.peers,
      log,
      id,
      {
        ...(options.maxAwarenessBytes !== undefined && {
          maxStateBytes: options.maxAwarenessBytes,
        }),
        ...(options.presencePerSecond !== undefined && { perSecond: options.presencePerSecond }),
        ...(options.queriesPerSecond !== undefined && {
          queriesPerSecond: options.queriesPerSecond,
        }),
      },
      options.onDrop,
      (update) => this.channel?.publishAwareness(update),
    )
  }

  /** Creates the room and applies everything stored for it before any client is answered. */
  static async load(id: string, log: Logger, options: RoomOptions) {
    const room = new Room(id, log, options)
    const { parts, seq } = await options.hooks.load(id)
    room.seq = seq
    for (const [index, part] of parts.entries()) {
      try {
        Y.applyUpdate(room.doc, part)
      } catch (error) {
        // Opening without the row would show less than was saved, and the next fold would write
        // that over the rows: refuse, keep every row as it is (the salvage command can help).
        log.error('stored update could not be applied', { map: id, index, ...errorFields(error) })
        room.presence.destroy()
        room.doc.destroy()
        throw new DamagedMapError(id, `stored part ${index} could not be applied`)
      }
    }
    if (room.doc.store.pendingStructs || room.doc.store.pendingDs) {
      log.error('stored state refers to changes that were never stored', { map: id })
      room.presence.destroy()
      room.doc.destroy()
      throw new DamagedMapError(id, 'stored state refers to changes that were never stored')
    }
    room.updatesSinceCompaction = Math.max(0, parts.length - 1)
    room.approxBytes = parts.reduce((sum, part) => sum + part.length, 0)
    // A single stored part is the whole state already (an upgrade below drops it again).
    if (parts.length === 1) room.fullState = parts[0] ?? null
    room.doc.on('update', room.onDocUpdate)
    if (options.hooks.edited) room.doc.on('afterTransaction', room.onTransaction)
    room.channel = options.fanout.join(id, room.fanoutMember())
    // A doc written by an older Trailmap is brought up to this one's format before anyone is
    // answered, with the kinds' own migration steps; the upgrade is stored like any edit.
    const upgrade =
      options.upgrade === false
        ? ({ status: 'current' } as const)
        : upgradeDoc(room.doc, UPGRADE_ORIGIN, options.registry)
    if (upgrade.status === 'upgraded') {
      log.info('upgraded the map to the current format', {
        map: id,
        from: upgrade.from,
        to: upgrade.to,
      })
    } else if (upgrade.status === 'newer') {
      log.warn('the map was saved by a newer Trailmap; editors show it read-only', {
        map: id,
        version: upgrade.version,
      })
    }
    if (room.updatesSinceCompaction >= options.compactEveryUpdates) await room.compact()
    return room
  }

  join(peer: Peer) {
    this.peers.add(peer)
    // Like the reference server: offer our state vector so the client sends what we lack, and
    // show the newcomer who is already here.
    peer.send(encodeSyncStep1(Y.encodeStateVector(this.doc)))
    if (!this.options.hooks.writable()) peer.send(encodeSaveStatus(false))
    this.presence.greet(peer)
  }

  leave(peer: Peer) {
    this.peers.delete(peer)
    this.pending.forget(peer)
    this.presence.leave(peer)
  }

  /** Applies one decoded client message. Throws ProtocolError for input that breaks the protocol. */
  handle(peer: Peer, message: ClientMessage) {
    switch (message.type) {
      case 'sync-step1': {
        let reply: Uint8Array
        try {
          reply = isEmptyStateVector(message.stateVector)
            ? (this.fullState ??= Y.encodeStateAsUpdate(this.doc))
            : Y.encodeStateAsUpdate(this.doc, message.stateVector)
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
        this.presence.apply(peer, message.update)
        return
      case 'query-awareness':
        this.presence.query(peer)
        return
    }
  }

  private applyClientUpdate(peer: Peer, update: Uint8Array) {
    if (peer.role === 'view') {
      this.dropReadOnly(peer, update)
      return
    }
    // V1 only. Decoding the whole update first means a malformed one (truncated in its delete
    // set, say) is refused before any of it integrates; applying stays inside try/catch too.
    // (Never merge untrusted updates: Y.mergeUpdatesV2 can loop forever on crafted input.)
    guard(() => Y.decodeUpdate(update))
    if (guard(() => this.exceedsSizeLimit(update))) {
      throw new ProtocolError(
        `the map would grow beyond its limit of ${this.options.maxDocBytes} bytes`,
        CloseCode.tooLarge,
      )
    }
    guard(() => Y.applyUpdate(this.doc, update, peer))
    this.lastEdit = Date.now()
    if (this.options.traffic) this.options.traffic.updatesIn++
    if (!this.pending.takeFrom(this.doc, peer)) throw pendingOverBudget()
    this.settlePending()
  }

  /** Retries held data after the doc advanced; closes senders that no longer fit the budget. */
  private settlePending() {
    if (this.pending.bytes === 0) return
    const refused = this.pending.retry(this.doc, (part, owner) => {
      try {
        Y.applyUpdate(this.doc, part, owner)
      } catch (error) {
        this.log.warn('held update could not be applied', { map: this.id, ...errorFields(error) })
      }
    })
    for (const owner of refused) this.closeForPending(owner, pendingOverBudget().message)
    this.schedulePendingExpiry()
  }

  private schedulePendingExpiry() {
    if (this.pendingTimer) clearTimeout(this.pendingTimer)
    this.pendingTimer = null
    const at = this.pending.nextExpiry()
    if (at === null || this.destroyed) return
    this.pendingTimer = setTimeout(
      () => {
        this.pendingTimer = null
        for (const owner of this.pending.expire()) {
          this.closeForPending(owner, 'updates depend on changes the server never received')
        }
        this.schedulePendingExpiry()
      },
      Math.max(0, at - Date.now()) + 5,
    )
    this.pendingTimer.unref()
  }

  private closeForPending(peer: Peer, reason: string) {
    this.pending.forget(peer)
    this.options.onDrop?.('pending-update')
    this.log.warn('closing connection: unresolvable updates', { conn: peer.id, map: this.id })
    peer.close(CloseCode.badMessage, reason)
  }

  /** True when `update` adds something and would take the document past its size limit. */
  private exceedsSizeLimit(update: Uint8Array): boolean {
    const max = this.options.maxDocBytes
    // Data held for missing dependencies counts: it would join the doc once resolved.
    const held = this.pending.bytes
    if (max === undefined || this.approxBytes + held + update.length <= max) return false
    this.approxBytes = Y.encodeStateAsUpdate(this.doc).length
    return this.approxBytes + held + update.length > max && wouldChange(this.doc, update)
  }

  /** A view-only peer's update is never applied; the first that would change something is answered. */
  private dropReadOnly(peer: Peer, update: Uint8Array) {
    if (!peer.toldReadOnly) {
      // Its SyncStep2 on every (re)connect repeats what the room has: no reason to complain.
      if (!guard(() => wouldChange(this.doc, update))) return
      peer.toldReadOnly = true
      peer.send(encodePermissionDenied(READ_ONLY_NOTICE))
    }
    this.options.onDrop?.('view-only')
  }

  private fanoutMember(): FanoutMember {
    return {
      doc: this.doc,
      applyRemote: (update, repair) => this.applyRemote(update, repair),
      applyRemoteAwareness: (update) => {
        if (!this.destroyed) this.presence.applyRemote(update)
      },
      localAwareness: () => (this.destroyed ? null : this.presence.localStates()),
    }
  }

  /**
   * An update another process applied and stored: applied and relayed here, not stored again.
   * A repair (what anti-entropy found missing) is stored here too. True when the doc changed.
   */
  private applyRemote(update: Uint8Array, repair: boolean): boolean {
    if (this.destroyed) return false
    let changed = false
    const onChange = () => (changed = true)
    this.doc.on('update', onChange)
    try {
      Y.applyUpdate(this.doc, update, repair ? REPAIR : REMOTE)
      // Anything a relay leaves pending (an earlier message was dropped) is not ours to hold:
      // anti-entropy sends it again with what it depends on.
      this.doc.store.pendingStructs = null
      this.doc.store.pendingDs = null
      this.settlePending()
    } catch (error) {
      this.log.error('update from the fan-out could not be applied', {
        map: this.id,
        ...errorFields(error),
      })
    } finally {
      this.doc.off('update', onChange)
    }
    return changed
  }

  /** Tells the hooks which records a client's edit touched, and that client's display name. */
  private onTransaction = (transaction: Y.Transaction) => {
    const peer = transaction.origin as Peer
    if (!this.peers.has(peer) || peer.clientId === null) return
    const user = (this.presence.awareness.getStates().get(peer.clientId) as { user?: unknown })
      ?.user as { name?: unknown } | undefined
    const name = typeof user?.name === 'string' ? user.name.trim().slice(0, 60) : ''
    if (!name) return
    const ids = touchedRecordIds(transaction, this.doc, this.options.registry)
    if (ids.length > 0) this.options.hooks.edited?.(this.id, ids, name)
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    this.fullState = null
    const frame = encodeSyncUpdate(update)
    let sent = 0
    for (const peer of this.peers) {
      if (peer === origin) continue
      peer.send(frame)
      sent++
    }
    if (this.options.traffic) this.options.traffic.updatesOut += sent
    this.approxBytes += update.length
    if (origin === REMOTE) return
    const write = this.options.hooks.change(this.id, update, this.doc).then((seq) => {
      this.seq = Math.max(this.seq, seq)
      // Other nodes hear of an update once it is stored: a node that dies before storing it has
      // relayed nothing, and its client sends the edit again wherever it reconnects.
      if (origin !== REPAIR) this.channel?.publish(update)
    })
    // Failures are reported by the log (and /healthz); the room only must not crash on them.
    write.catch(() => undefined)
    this.lastWrite = write
    this.updatesSinceCompaction++
    if (this.updatesSinceCompaction >= this.options.compactEveryUpdates) {
      this.compact().catch((error: unknown) => {
        this.log.error('compaction failed', { map: this.id, ...errorFields(error) })
      })
    }
  }

  /**
   * Folds the stored log into one snapshot, up to the newest update this room has written. One
   * fold at a time; a fold asked for meanwhile runs after it.
   */
  compact(): Promise<void> {
    const run = async () => {
      if (this.updatesSinceCompaction === 0) return
      this.updatesSinceCompaction = 0
      // Every update this room applied is durable once the last append settles.
      await this.lastWrite
      await this.options.hooks.store(this.id, this.seq)
      this.log.debug('compacted', { map: this.id, upto: this.seq })
    }
    const next = this.compacting.then(run, run)
    this.compacting = next.catch(() => undefined)
    return next
  }

  /**
   * Makes sure every update is stored (and folded), runs the unload hook, then frees the document.
   * `stored` settles once the state is stored: a room loading the map again needs nothing more,
   * and must not wait for the hook (an automatic version), which may read the map meanwhile.
   */
  close({ persist }: { persist: boolean }): { stored: Promise<void>; closed: Promise<void> } {
    if (this.destroyed) return { stored: Promise.resolve(), closed: Promise.resolve() }
    this.destroyed = true
    this.channel?.leave()
    this.channel = null
    if (this.pendingTimer) clearTimeout(this.pendingTimer)
    const stored = persist ? this.compact() : Promise.resolve()
    const closed = stored
      .then(async () => {
        if (!persist) return
        await this.options.hooks.unload?.(this.id, this.doc).catch((error: unknown) => {
          this.log.error('unload hook failed', { map: this.id, ...errorFields(error) })
        })
      })
      .finally(() => {
        this.presence.destroy()
        this.doc.destroy()
      })
    return { stored, closed }
  }

  /** Tells every editor whether its changes are being saved. */
  announceSaveStatus(saving: boolean) {
    const frame = encodeSaveStatus(saving)
    for (const peer of this.peers) peer.send(frame)
  }

  get connectionCount() {
    return this.peers.size
  }
}

const DEFAULT_PENDING_BYTES = 1024 * 1024
const DEFAULT_PENDING_MS = 10_000

const pendingOverBudget = () =>
  new ProtocolError('too much data waiting for changes the server never received')

/** Runs a Yjs call on untrusted input; whatever it throws becomes a 4400 for that socket only. */
function guard<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    throw new ProtocolError(
      `malformed update: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** A client that holds nothing sends the state vector of an empty doc: no entries. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0
}
