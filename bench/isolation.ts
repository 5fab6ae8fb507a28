// Does trouble in one room slow down another? Round trips in a quiet room (an update from one
// client until a second client in the same room has it), measured while another room on the same
// server is (d) flooded with presence, (e) spammed with updates whose dependencies never arrive,
// or (f) compacting a 24 MiB map (ours only: the reference never compacts).

import * as Y from 'yjs'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import { openSqliteStorage } from '../server/persistence/sqlite'
import { connect, percentile, sleep, waitFor } from './clients'
import { openRoom, startOurs, type BenchRoom, type BenchServer } from './servers'

export interface TripResult {
  p50: number
  p99: number
  max: number
  samples: number
}

/** `count` round trips at `perSecond` between two clients of one room. */
export async function roundTrips(
  server: BenchServer,
  room: BenchRoom,
  count: number,
  perSecond: number,
): Promise<TripResult> {
  const sender = connect(server, room)
  const receiver = connect(server, room)
  try {
    await waitFor(
      () => sender.provider.synced && receiver.provider.synced,
      'quiet room clients',
      20_000,
    )
    const sentAt = new Float64Array(count)
    const latencies: number[] = []
    receiver.doc.getMap<number>('trip').observe((event) => {
      const now = performance.now()
      for (const key of event.keysChanged) latencies.push(now - (sentAt[Number(key)] ?? now))
    })
    const gap = 1000 / perSecond
    const start = performance.now()
    for (let i = 0; i < count; i++) {
      const due = start + i * gap
      const wait = due - performance.now()
      if (wait > 0) await sleep(wait)
      sentAt[i] = performance.now()
      sender.doc.getMap<number>('trip').set(String(i), i)
    }
    await waitFor(() => latencies.length >= count, 'every round trip', 30_000)
    const sorted = latencies.sort((a, b) => a - b)
    return {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      samples: sorted.length,
    }
  } finally {
    sender.destroy()
    receiver.destroy()
  }
}

function rawSocket(server: BenchServer, room: BenchRoom): Promise<WebSocket> {
  const query = room.params.token ? `?token=${room.params.token}` : ''
  const ws = new WebSocket(`${server.wsUrl}/${room.name}${query}`)
  ws.on('error', () => undefined)
  ws.on('message', () => undefined)
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws))
    ws.once('close', () => reject(new Error('attacker socket closed before opening')))
  })
}

const frame = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}

function presenceFrame(clientId: number, clock: number): Uint8Array {
  const state = JSON.stringify({ user: { name: 'flood', color: '#ff0000' }, cursor: { x: clock } })
  return frame((e) => {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(
      e,
      frame((inner) => {
        encoding.writeVarUint(inner, 1)
        encoding.writeVarUint(inner, clientId)
        encoding.writeVarUint(inner, clock)
        encoding.writeVarString(inner, state)
      }),
    )
  })
}

/** A 1 KB update that depends on an insert the server never sees. */
function pendingFrame(seed: number): Uint8Array {
  const doc = new Y.Doc()
  const text = doc.getText('t')
  text.insert(0, `dependency ${seed}`)
  const vector = Y.encodeStateVector(doc)
  text.insert(3, 'x'.repeat(1024))
  const update = Y.encodeStateAsUpdate(doc, vector)
  doc.destroy()
  return frame((e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint(e, 2)
    encoding.writeVarUint8Array(e, update)
  })
}

export type Attack = 'presence flood' | 'pending-update spam'

/**
 * Round trips in a quiet room while three sockets attack another room: bursts of 450 presence
 * frames, or a stream of unresolvable updates, for as long as the measurement runs. Attackers
 * that the server closes are replaced (a determined attacker reconnects).
 */
export async function underAttack(
  server: BenchServer,
  attack: Attack,
  trips: number,
  perSecond: number,
): Promise<TripResult> {
  const quiet = await openRoom(server, 'quiet')
  const target = await openRoom(server, 'target')
  let running = true
  let clock = 1
  const attacker = async (index: number) => {
    while (running) {
      let ws: WebSocket
      try {
        ws = await rawSocket(server, target)
      } catch {
        await sleep(50)
        continue
      }
      while (running && ws.readyState === WebSocket.OPEN) {
        for (let i = 0; i < 450 && ws.readyState === WebSocket.OPEN; i++) {
          ws.send(
            attack === 'presence flood'
              ? presenceFrame(1000 + index, clock++)
              : pendingFrame(index * 1e6 + clock++),
          )
        }
        await sleep(attack === 'presence flood' ? 250 : 500)
      }
      ws.terminate()
    }
  }
  const attackers = [0, 1, 2].map((index) => attacker(index))
  try {
    await sleep(300)
    return await roundTrips(server, quiet, trips, perSecond)
  } finally {
    running = false
    await Promise.all(attackers)
  }
}

/** A stored map of about `bytes` (many small records, like a real map), made without a server. */
async function seedBigMap(dbPath: string, bytes: number): Promise<{ id: string; token: string }> {
  const doc = new Y.Doc()
  const notes = doc.getMap('notes')
  const text = 'n'.repeat(180)
  doc.transact(() => {
    for (let i = 0; i * 200 < bytes; i++) notes.set(`note-${i}`, { text, x: i, y: i })
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  const storage = openSqliteStorage(dbPath, { flushIntervalMs: 0 })
  const id = 'bench-big'
  await storage.catalogue.create(id, 'Big')
  const tokens = await storage.tokens.issue(id)
  await storage.log.compact(id, 0, state)
  await storage.close()
  return { id, token: tokens?.editToken ?? '' }
}

export interface StallResult extends TripResult {
  mapBytes: number
  compactions: number
}

/**
 * (f) Ours only: round trips in a quiet room while a 24 MiB map in another room is compacted
 * again and again (an editor there sends TRAILMAP_COMPACT_EVERY updates every two seconds).
 */
export async function compactionStall(
  dbPath: string,
  trips: number,
  perSecond: number,
): Promise<StallResult> {
  const seeded = await seedBigMap(dbPath, 24 * 1024 * 1024)
  const token = seeded.token
  const server = await startOurs(dbPath, { TRAILMAP_COMPACT_EVERY: '50' })
  try {
    const big = connect(server, { name: seeded.id, params: { token } })
    await waitFor(() => big.provider.synced, 'the big map', 120_000)
    const mapBytes = Y.encodeStateAsUpdate(big.doc).length
    const quiet = await openRoom(server, 'quiet')
    let running = true
    let compactions = 0
    const editor = (async () => {
      let n = 0
      while (running) {
        for (let i = 0; i < 50; i++) big.doc.getMap('edits').set(String(n++ % 500), n)
        compactions++
        await sleep(2_000)
      }
    })()
    try {
      await sleep(500)
      const result = await roundTrips(server, quiet, trips, perSecond)
      return { ...result, mapBytes, compactions }
    } finally {
      running = false
      await editor
      big.destroy()
    }
  } finally {
    await server.stop()
  }
}
