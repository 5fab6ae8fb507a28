// `npm run bench:scale`: one map served by two Trailmap nodes (PostgreSQL + Redis, both started
// by the bench in a temp dir and removed after) against the same map on one node, in the same
// run. Prints a table; asserts nothing. Takes about three minutes on two cores. PostgreSQL runs
// with its defaults (fsync on), unlike the tests' throwaway servers.
//
//   (a) fan-out latency: 2 nodes × 50 clients on one map (clients split across the nodes) vs one
//       node with the same 100 clients; paced updates from rotating senders; p50/p99 measured at
//       every receiver, for two nodes split into receivers on the sender's node and on the other.
//   (b) throughput ceiling: 10 writers (raw sockets, split across the nodes) send 1,000 prepared
//       updates each as fast as they can; the updates per second until a watching client on
//       every node holds all of them.
//
// Every node is a child process (`server/main.ts`, as `npm start` runs it); the clients are the
// official y-websocket 3.1 client, in this process.

import * as Y from 'yjs'
import { encodeSyncUpdate } from '../server/sync/messages'
import { rawSocket } from '../test/support/sockets'
import { percentile, sleep, waitFor } from './clients'
import { connectClient, type TestClient } from '../test/support/clients'
import { createMapOn, spawnServer, type ServerProcess } from '../test/support/server'
import { startPostgres, startRedis } from '../test/support/services'

const PER_NODE = Number(process.env.BENCH_CLIENTS_PER_NODE ?? 50)
const UPDATES = Number(process.env.BENCH_UPDATES ?? 300)
const RATE = 40
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const WRITERS = 10
const PER_WRITER = Number(process.env.BENCH_PER_WRITER ?? 1000)

interface Node {
  process: ServerProcess
}

async function startNodes(count: number, databaseUrl: string, redisUrl: string): Promise<Node[]> {
  const env = {
    TRAILMAP_DATABASE_URL: databaseUrl,
    TRAILMAP_REDIS_URL: redisUrl,
    TRAILMAP_LOG_LEVEL: 'info',
    TRAILMAP_MSGS_PER_SEC: '100000',
    TRAILMAP_MSG_BURST: '1000000',
    TRAILMAP_IP_CONNECTS_PER_MIN: '100000',
    TRAILMAP_IP_MAX_SOCKETS: '10000',
  }
  const nodes: Node[] = []
  for (let i = 0; i < count; i++) nodes.push({ process: await spawnServer(env) })
  return nodes
}

async function connectAll(nodes: Node[], mapId: string, perNode: number) {
  const clients: { client: TestClient; node: number }[] = []
  for (let n = 0; n < nodes.length; n++) {
    for (let i = 0; i < perNode; i += 25) {
      const group = Array.from({ length: Math.min(25, perNode - i) }, () =>
        connectClient(nodes[n]!.process.wsUrl, mapId),
      )
      await waitFor(() => group.every((c) => c.provider.synced), 'clients to sync')
      clients.push(...group.map((client) => ({ client, node: n })))
    }
  }
  return clients
}

function stop(nodes: Node[], clients: { client: TestClient }[]) {
  for (const { client } of clients) client.destroy()
  for (const node of nodes) node.process.child.kill('SIGKILL')
}

interface Latency {
  all: number[]
  sameNode: number[]
  otherNode: number[]
}

async function fanOut(nodeCount: number, databaseUrl: string, redisUrl: string): Promise<Latency> {
  const nodes = await startNodes(nodeCount, databaseUrl, redisUrl)
  const mapId = await createMapOn(nodes[0]!.process.url, 'bench')
  const clients = await connectAll(nodes, mapId, (PER_NODE * 2) / nodeCount)
  try {
    const sentAt = new Float64Array(UPDATES)
    const senderNode = new Int32Array(UPDATES)
    const result: Latency = { all: [], sameNode: [], otherNode: [] }
    // y-websocket renews every client's presence 15 s after its last change, and every client
    // echoes the presence it hears: a wave of clients² frames. Start that clock now, let this
    // wave pass, and measure inside the quiet 15 s that follow (as bench:server does).
    for (const { client } of clients) {
      client.provider.awareness.setLocalStateField('user', { name: 'bench' })
    }
    await sleep(1_500)
    let warm = 0
    for (const { client, node } of clients) {
      client.doc.getMap<number>('bench').observe((event) => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          if (key.startsWith('w')) {
            warm++
            continue
          }
          const index = Number(key.slice(1))
          const latency = now - sentAt[index]!
          result.all.push(latency)
          if (senderNode[index] === node) result.sameNode.push(latency)
          else result.otherNode.push(latency)
        }
      })
    }
    // Warm-up: JIT, connections to the database, the first group commits.
    for (let i = 0; i < 50; i++)
      clients[i % clients.length]!.client.doc.getMap('bench').set(`w${i}`, i)
    await waitFor(() => warm === 50 * (clients.length - 1), 'the warm-up updates')
    await sleep(300)
    const started = performance.now()
    for (let i = 0; i < UPDATES; i++) {
      const wait = started + (i * 1000) / RATE - performance.now()
      if (wait > 1) await sleep(wait)
      // Senders rotate over both nodes' clients.
      const sender = clients[(i * 7) % clients.length]!
      senderNode[i] = sender.node
      sentAt[i] = performance.now()
      sender.client.doc.getMap('bench').set(`u${i}`, i)
    }
    await waitFor(
      () => result.all.length >= UPDATES * (clients.length - 1),
      'every update on every client',
      120_000,
    )
    return result
  } finally {
    stop(nodes, clients)
  }
}

/** A writer's updates, made in advance: one `set` each, as an editor's client would send. */
function writerFrames(writer: number): Uint8Array[] {
  const doc = new Y.Doc()
  const frames: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => frames.push(encodeSyncUpdate(update)))
  for (let i = 0; i < PER_WRITER; i++) doc.getMap('bench').set(`t${writer}-${i}`, i)
  doc.destroy()
  return frames
}

async function throughput(nodeCount: number, databaseUrl: string, redisUrl: string) {
  const nodes = await startNodes(nodeCount, databaseUrl, redisUrl)
  const mapId = await createMapOn(nodes[0]!.process.url, 'bench')
  // Writers are raw sockets sending prepared frames, so this process measures the servers rather
  // than its own cost of applying every update on every writer; one real client per node watches.
  const writers = Array.from({ length: WRITERS }, (_, w) =>
    rawSocket(nodes[w % nodeCount]!.process.wsUrl, mapId),
  )
  const frames = writers.map((_, w) => writerFrames(w))
  await Promise.all(writers.map((writer) => writer.opened))
  const watchers = await connectAll(nodes, mapId, 1)
  try {
    const total = WRITERS * PER_WRITER
    const started = performance.now()
    writers.forEach((writer, w) => {
      for (const frame of frames[w]!) writer.ws.send(frame)
    })
    await waitFor(
      () => watchers.every(({ client }) => client.doc.getMap('bench').size >= total),
      'every update on every watcher',
      180_000,
    )
    return total / ((performance.now() - started) / 1000)
  } finally {
    for (const writer of writers) writer.ws.terminate()
    stop(nodes, watchers)
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10)

async function main() {
  const [postgres, redis] = await Promise.all([
    startPostgres({ label: 'bench', durable: true }),
    startRedis(),
  ])
  try {
    const db = (name: string) => postgres.createDatabase(name)
    console.log(
      `fan-out: ${UPDATES} updates at ${RATE}/s, ${PER_NODE * 2} clients on one map, ${ROUNDS} rounds`,
    )
    // Alternating rounds, samples pooled: a burst of load from elsewhere on the machine then
    // hurts both configurations alike.
    const one: Latency = { all: [], sameNode: [], otherNode: [] }
    const two: Latency = { all: [], sameNode: [], otherNode: [] }
    const pool = (into: Latency, from: Latency) => {
      for (const key of ['all', 'sameNode', 'otherNode'] as const) into[key].push(...from[key])
    }
    for (let round = 0; round < ROUNDS; round++) {
      pool(one, await fanOut(1, await db(`fan1_${round}`), redis.url))
      pool(two, await fanOut(2, await db(`fan2_${round}`), redis.url))
    }
    for (const list of [...Object.values(one), ...Object.values(two)]) {
      ;(list as number[]).sort((a, b) => a - b)
    }
    const row = (label: string, list: number[]) =>
      console.log(
        `  ${label.padEnd(34)} p50 ${ms(percentile(list, 50))}  p99 ${ms(percentile(list, 99))}  max ${ms(list.at(-1) ?? NaN)}  (${list.length} samples)`,
      )
    row('1 node, 100 clients', one.all)
    row('2 nodes × 50, all receivers', two.all)
    row('2 nodes × 50, same node as sender', two.sameNode)
    row('2 nodes × 50, across nodes', two.otherNode)
    const ratio = percentile(two.otherNode, 99) / percentile(one.all, 99)
    console.log(`  cross-node p99 / single-node p99: ${ratio.toFixed(2)}× (target ≤ 2×)`)

    console.log(`throughput: ${WRITERS} writers × ${PER_WRITER} updates as fast as they go`)
    const t1 = await throughput(1, await db('tp1'), redis.url)
    const t2 = await throughput(2, await db('tp2'), redis.url)
    console.log(`  1 node:  ${t1.toFixed(0)} updates/s`)
    console.log(`  2 nodes: ${t2.toFixed(0)} updates/s (${(t2 / t1).toFixed(2)}× one node)`)
  } finally {
    await redis.destroy()
    await postgres.stop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
