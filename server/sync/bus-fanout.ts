// The fan-out between server processes (nodes) over a message bus that may drop messages (Redis
// pub/sub: server/fanout/redis-bus.ts implements the Bus). One topic per map; every message is
// one binary frame:
//   varUint type, varString sender node, varString recipient node ('' = everyone), then
//   0 update     varUint8Array  a Yjs update the sender applied and stored
//   1 awareness  varUint8Array  a presence change of the sender's own clients
//   2 state      varUint flags (1: answer with yours, 2: send your clients' presence),
//                varUint8Array state vector, varUint8Array digest of state vector + delete set
//   3 repair     varUint8Array  what the recipient lacks (Y.encodeStateAsUpdate against its
//                state vector); the recipient applies and stores it
// Anti-entropy: every `periodMs`, and whenever a room joins or the bus (re)connects, each node
// publishes a `state` message per open room. A node whose digest differs answers with a repair
// (and with its own state, so the asker repairs it in turn). A dropped update therefore costs at
// most one period of latency, never data; equal nodes exchange one small message per period.
// State vectors alone miss deletions (a deletion adds no clock), hence the digest.

import { createHash } from 'node:crypto'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import type { Logger } from '../log'
import { errorFields } from '../log'
import type { Fanout, FanoutChannel, FanoutMember } from './hooks'

/** A message bus between nodes: publish/subscribe by topic, delivery not guaranteed. */
export interface Bus {
  /**
   * Delivers the topic's messages (this node's own included) until the returned function runs;
   * `onSubscribed` runs once the subscription is in place.
   */
  subscribe(
    topic: string,
    onMessage: (message: Uint8Array) => void,
    onSubscribed: () => void,
  ): () => void
  publish(topic: string, message: Uint8Array): void
  /** Runs `listener` each time the bus is (re)connected and every subscription is in place. */
  onReady(listener: () => void): () => void
}

/** Numbers for metrics: cross-node traffic and anti-entropy. */
export interface FanoutStats {
  messagesOut: number
  messagesIn: number
  /** Repairs sent to another node. */
  repairsSent: number
  /** Repairs received that brought something this node lacked. */
  repairsApplied: number
}

export const newFanoutStats = (): FanoutStats => ({
  messagesOut: 0,
  messagesIn: 0,
  repairsSent: 0,
  repairsApplied: 0,
})

const Kind = { update: 0, awareness: 1, state: 2, repair: 3 } as const
const WANT_REPLY = 1
const WANT_AWARENESS = 2

export interface BusFanoutOptions {
  nodeId: string
  /** How often open rooms compare states with the other nodes. */
  periodMs: number
  stats?: FanoutStats
  log: Logger
  topicPrefix?: string
}

export interface BusFanout extends Fanout {
  /** Publishes every open room's state now (tests, and the bench's warm-up). */
  exchangeNow(): void
  close(): void
}

interface Joined {
  mapId: string
  topic: string
  member: FanoutMember
  /** The digest of the doc's state, recomputed only after the doc changed. */
  digest: Uint8Array | null
  stopDigest: () => void
}

export function busFanout(bus: Bus, options: BusFanoutOptions): BusFanout {
  const { nodeId, log } = options
  const stats = options.stats ?? newFanoutStats()
  const prefix = options.topicPrefix ?? 'trailmap:map:'
  const joined = new Map<string, Set<Joined>>()

  function send(topic: string, write: (encoder: encoding.Encoder) => void) {
    const encoder = encoding.createEncoder()
    write(encoder)
    stats.messagesOut++
    bus.publish(topic, encoding.toUint8Array(encoder))
  }

  const header = (encoder: encoding.Encoder, kind: number, to = '') => {
    encoding.writeVarUint(encoder, kind)
    encoding.writeVarString(encoder, nodeId)
    encoding.writeVarString(encoder, to)
  }

  function digestOf(entry: Joined): Uint8Array {
    entry.digest ??= new Uint8Array(
      createHash('sha256')
        .update(Y.encodeSnapshot(Y.snapshot(entry.member.doc)))
        .digest(),
    )
    return entry.digest
  }

  function sendState(entry: Joined, flags: number, to = '') {
    const stateVector = Y.encodeStateVector(entry.member.doc)
    const digest = digestOf(entry)
    send(entry.topic, (encoder) => {
      header(encoder, Kind.state, to)
      encoding.writeVarUint(encoder, flags)
      encoding.writeVarUint8Array(encoder, stateVector)
      encoding.writeVarUint8Array(encoder, digest)
    })
  }

  function sendAwareness(entry: Joined, update: Uint8Array) {
    send(entry.topic, (encoder) => {
      header(encoder, Kind.awareness)
      encoding.writeVarUint8Array(encoder, update)
    })
  }

  function receive(mapId: string, message: Uint8Array) {
    const entries = joined.get(mapId)
    if (!entries || entries.size === 0) return
    const decoder = decoding.createDecoder(message)
    const kind = decoding.readVarUint(decoder)
    const from = decoding.readVarString(decoder)
    const to = decoding.readVarString(decoder)
    if (from === nodeId || (to !== '' && to !== nodeId)) return
    stats.messagesIn++
    for (const entry of entries) {
      switch (kind) {
        case Kind.update:
          entry.member.applyRemote(decoding.readVarUint8Array(decoding.clone(decoder)), false)
          break
        case Kind.repair:
          if (entry.member.applyRemote(decoding.readVarUint8Array(decoding.clone(decoder)), true)) {
            stats.repairsApplied++
          }
          break
        case Kind.awareness:
          entry.member.applyRemoteAwareness(decoding.readVarUint8Array(decoding.clone(decoder)))
          break
        case Kind.state:
          answerState(entry, from, decoding.clone(decoder))
          break
      }
    }
  }

  function answerState(entry: Joined, from: string, decoder: decoding.Decoder) {
    const flags = decoding.readVarUint(decoder)
    const theirVector = decoding.readVarUint8Array(decoder)
    const theirDigest = decoding.readVarUint8Array(decoder)
    if (flags & WANT_AWARENESS) {
      const presence = entry.member.localAwareness()
      if (presence) sendAwareness(entry, presence)
    }
    if (Buffer.from(theirDigest).equals(digestOf(entry))) return
    // Different: send what they lack by their state vector (with our whole delete set), and ask
    // them to do the same for us.
    const missing = Y.encodeStateAsUpdate(entry.member.doc, theirVector)
    stats.repairsSent++
    send(entry.topic, (encoder) => {
      header(encoder, Kind.repair, from)
      encoding.writeVarUint8Array(encoder, missing)
    })
    if (flags & WANT_REPLY) sendState(entry, 0, from)
  }

  const subscriptions = new Map<string, () => void>()
  /** Subscribes to the map's topic (once); `then` runs when the subscription is in place. */
  function subscribe(mapId: string, then: () => void) {
    if (subscriptions.has(mapId)) return then()
    subscriptions.set(
      mapId,
      bus.subscribe(
        prefix + mapId,
        (message) => {
          try {
            receive(mapId, message)
          } catch (error) {
            log.warn('malformed fan-out message', { map: mapId, ...errorFields(error) })
          }
        },
        then,
      ),
    )
  }

  const everyEntry = () => [...joined.values()].flatMap((set) => [...set])
  const stopReady = bus.onReady(() => {
    // (Re)connected: whatever was published meanwhile may be lost, and other nodes may have
    // clients we no longer show. Compare states and ask for presence.
    for (const entry of everyEntry()) sendState(entry, WANT_REPLY | WANT_AWARENESS)
  })
  const timer = setInterval(() => {
    for (const entry of everyEntry()) sendState(entry, WANT_REPLY)
  }, options.periodMs)
  timer.unref()

  return {
    join(mapId, member) {
      let set = joined.get(mapId)
      if (!set) joined.set(mapId, (set = new Set()))
      const entry: Joined = {
        mapId,
        topic: prefix + mapId,
        member,
        digest: null,
        stopDigest: () => undefined,
      }
      const invalidate = () => (entry.digest = null)
      member.doc.on('update', invalidate)
      entry.stopDigest = () => member.doc.off('update', invalidate)
      set.add(entry)
      // The room loaded from the database; other nodes may hold updates not stored yet, and
      // clients whose presence it should show.
      subscribe(mapId, () => {
        if (joined.get(mapId)?.has(entry)) sendState(entry, WANT_REPLY | WANT_AWARENESS)
      })
      const channel: FanoutChannel = {
        publish(update) {
          send(entry.topic, (encoder) => {
            header(encoder, Kind.update)
            encoding.writeVarUint8Array(encoder, update)
          })
        },
        publishAwareness(update) {
          sendAwareness(entry, update)
        },
        leave() {
          entry.stopDigest()
          const own = joined.get(mapId)
          own?.delete(entry)
          if (own && own.size === 0) {
            joined.delete(mapId)
            subscriptions.get(mapId)?.()
            subscriptions.delete(mapId)
          }
        },
      }
      return channel
    },
    exchangeNow() {
      for (const entry of everyEntry()) sendState(entry, WANT_REPLY)
    },
    close() {
      clearInterval(timer)
      stopReady()
      for (const stop of subscriptions.values()) stop()
      subscriptions.clear()
      joined.clear()
    },
  }
}
