// The three measurements of `npm run bench:server`. Every loop is bounded; every wait has a
// deadline. Latencies are measured in this process (one clock for sender and receivers).

import fs from 'node:fs'
import * as Y from 'yjs'
import { connectMany, percentile, sleep, waitFor, type BenchClient } from './clients'
import { openRoom, type BenchServer } from './servers'

/** A full collection now (`node --expose-gc`, as `npm run bench:server` runs it). */
export function collectGarbage() {
  ;(globalThis as { gc?: () => void }).gc?.()
}

export interface FanOutResult {
  p50: number
  p99: number
  max: number
  wallMs: number
  samples: number
  /** CPU (in cores) used on this machine by processes other than the clients and the server. */
  otherCores: number
}

/** Busy CPU time of the machine, of a process and of this process, in ms (Linux /proc). */
function cpuClock(pid: number) {
  const ticks = (line: string) => line.trim().split(/\s+/).map(Number)
  const all = ticks(fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.slice(3))
  const busy = all.reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + (v || 0)), 0)
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number)
  const server = (fields[11] ?? 0) + (fields[12] ?? 0)
  const self = process.cpuUsage()
  // USER_HZ is 100 on Linux: one tick is 10 ms.
  return { machine: busy * 10, server: server * 10, self: (self.user + self.system) / 1000 }
}

/**
 * (a) `clients` clients in one room; `updates` updates sent round-robin by all of them, either
 * paced (`perSecond`) or all at once (`perSecond` = Infinity). Latency: from the sender's
 * `map.set` to the observer firing on each of the other clients. Wall time: from the first send
 * to the last update arriving at the last client.
 */
export async function fanOut(
  server: BenchServer,
  clients: number,
  updates: number,
  perSecond: number,
): Promise<FanOutResult> {
  const room = await openRoom(server, 'fanout')
  const peers = await connectMany(server, [room], clients, 25)
  try {
    // y-websocket renews every client's presence 15 s after its last change, and every client
    // echoes every presence it hears: a wave of clients² frames. Start that clock now, let this
    // wave pass, and measure inside the quiet 15 s that follow (1,000 updates at 125/s: 8 s).
    for (const peer of peers) peer.provider.awareness.setLocalStateField('user', { name: 'bench' })
    await sleep(1_500)
    const sentAt = new Float64Array(updates)
    const latencies: number[] = []
    let warm = 0
    for (const peer of peers) {
      peer.doc.getMap<number>('bench').observe((event) => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          if (key.startsWith('w')) warm++
          else latencies.push(now - (sentAt[Number(key.slice(1))] ?? now))
        }
      })
    }
    // Garbage of earlier runs must not be collected in the middle of this one.
    collectGarbage()
    // Warm-up: JIT, socket buffers, the server's first compaction.
    for (let i = 0; i < 100; i++) peers[i % peers.length]!.doc.getMap('bench').set(`w${i}`, i)
    await waitFor(() => warm === 100 * (peers.length - 1), 'the warm-up updates')
    await sleep(200)

    const expected = updates * (peers.length - 1)
    const before = cpuClock(server.pid)
    const started = performance.now()
    for (let i = 0; i < updates; i++) {
      if (Number.isFinite(perSecond)) {
        const due = started + (i * 1000) / perSecond
        const wait = due - performance.now()
        if (wait > 1) await sleep(wait)
      }
      sentAt[i] = performance.now()
      peers[i % peers.length]!.doc.getMap('bench').set(`u${i}`, i)
    }
    await waitFor(() => latencies.length >= expected, 'every update on every client', 120_000)
    const wallMs = performance.now() - started
    const after = cpuClock(server.pid)
    const others =
      after.machine - before.machine - (after.server - before.server) - (after.self - before.self)
    latencies.sort((a, b) => a - b)
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      wallMs,
      samples: latencies.length,
      otherCores: Math.max(0, others) / wallMs,
    }
  } finally {
    for (const peer of peers) peer.destroy()
  }
}

export interface RoomsResult {
  baselineRss: number
  totalRss: number
  perRoomBytes: number
}

/** (b) `rooms` rooms with `perRoom` idle clients each: the server's resident memory. */
export async function idleRooms(
  server: BenchServer,
  rooms: number,
  perRoom: number,
): Promise<RoomsResult> {
  const opened = []
  for (let i = 0; i < rooms; i++) opened.push(await openRoom(server, `idle-${i}`))
  await sleep(1_000)
  const baselineRss = server.rss()
  let clients: BenchClient[] = []
  try {
    clients = await connectMany(server, opened, perRoom, 100)
    // A little content and a presence per room, as an open map in a workshop has.
    for (let i = 0; i < clients.length; i += perRoom) {
      clients[i]!.doc.getMap('meta').set('note', `room ${i / perRoom}`)
    }
    for (const client of clients)
      client.provider.awareness.setLocalStateField('user', { name: 'x' })
    await waitFor(
      () => clients.every((c) => c.doc.getMap('meta').has('note')),
      'content in every room',
    )
    await sleep(3_000)
    const totalRss = server.rss()
    return { baselineRss, totalRss, perRoomBytes: (totalRss - baselineRss) / rooms }
  } finally {
    for (const client of clients) client.destroy()
  }
}

export interface LoadResult {
  /** First SyncStep2 the client receives, and its size. */
  firstStep2Ms: number[]
  firstStep2Bytes: number
  /** Until the client's document holds every touchpoint. */
  fullDocMs: number[]
}

/**
 * (c) Cold loads of a stored map: a raw socket connects, sends SyncStep1 and times the first
 * SyncStep2 and the moment its copy holds all `touchpoints` touchpoints. Between runs the room
 * unloads (every client gone), so each run loads from storage again.
 */
export async function coldLoads(
  server: BenchServer,
  room: { name: string; params: Record<string, string> },
  touchpoints: number,
  runs: number,
  roomGone: () => Promise<void>,
): Promise<LoadResult> {
  const { default: WebSocket } = await import('ws')
  const messages = await import('../server/sync/messages')
  const result: LoadResult = { firstStep2Ms: [], firstStep2Bytes: 0, fullDocMs: [] }
  for (let run = 0; run < runs; run++) {
    const query = room.params.token ? `?token=${room.params.token}` : ''
    const started = performance.now()
    const ws = new WebSocket(`${server.wsUrl}/${room.name}${query}`)
    ws.binaryType = 'arraybuffer'
    const doc = new Y.Doc()
    let step2At = 0
    let fullAt = 0
    ws.on('open', () => ws.send(messages.encodeSyncStep1(Y.encodeStateVector(doc))))
    ws.on('message', (data: ArrayBuffer) => {
      const frame = new Uint8Array(data)
      if (frame[0] !== 0 || (frame[1] !== 1 && frame[1] !== 2)) return
      const message = messages.decodeClientMessage(frame)
      if (message.type !== 'sync-step2' && message.type !== 'sync-update') return
      if (message.type === 'sync-step2' && step2At === 0) {
        step2At = performance.now()
        if (run === 0) result.firstStep2Bytes = frame.length
      }
      Y.applyUpdate(doc, message.update)
      if (fullAt === 0 && doc.getMap('touchpoints').size >= touchpoints) fullAt = performance.now()
    })
    await waitFor(() => fullAt > 0, 'the whole map', 60_000)
    result.firstStep2Ms.push(step2At - started)
    result.fullDocMs.push(fullAt - started)
    ws.close()
    doc.destroy()
    await roomGone()
  }
  return result
}
