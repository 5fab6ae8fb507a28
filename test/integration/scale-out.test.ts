// Several Trailmap nodes behind one address: a throwaway PostgreSQL holds the maps, a throwaway
// Redis carries updates and presence between the nodes (both started by this file, torn down
// after). Real y-websocket clients connect to both nodes.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  closeAll,
  docJson,
  freshDatabase,
  randomEdit,
  sameJson,
  startNode,
  storedJson,
} from '../support/cluster'
import { connectClient, sleep, waitFor, waitSynced, type TestClient } from '../support/clients'
import { startDroppingProxy, type DroppingProxy } from '../support/proxies'
import { seededRandom } from '../support/random'
import { createMapOn, type TestServer } from '../support/server'
import {
  startPostgres,
  startRedis,
  type PostgresServer,
  type RedisServer,
} from '../support/services'
import { scrapeMetrics } from '../support/sockets'

let postgres: PostgresServer
let redis: RedisServer
const nodes: TestServer[] = []
const clients: TestClient[] = []
const proxies: DroppingProxy[] = []

beforeAll(async () => {
  ;[postgres, redis] = await Promise.all([startPostgres({ label: 'scale' }), startRedis()])
})

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await closeAll(nodes)
  for (const proxy of proxies.splice(0)) await proxy.close()
  if (!redis.running) await redis.start()
})

afterAll(async () => {
  await redis?.destroy()
  await postgres?.stop()
})

function connect(node: TestServer, mapId: string): TestClient {
  const client = connectClient(node.wsUrl, mapId)
  clients.push(client)
  return client
}

async function twoNodes(redisUrl: string, overrides: Parameters<typeof startNode>[2] = {}) {
  const databaseUrl = await freshDatabase(postgres)
  const a = await startNode(databaseUrl, redisUrl, overrides)
  const b = await startNode(databaseUrl, redisUrl, overrides)
  nodes.push(a, b)
  return { databaseUrl, a, b }
}

/** Each client makes `count` random edits, with short random pauses, all at the same time. */
async function editConcurrently(editors: TestClient[], count: number, seed: number) {
  await Promise.all(
    editors.map(async (client, index) => {
      const rng = seededRandom(seed + index)
      for (let i = 0; i < count; i++) {
        randomEdit(client.doc, rng, `c${index}`)
        await sleep(rng.int(15))
      }
    }),
  )
}

const converged = (docs: TestClient[]) =>
  docs.every((client) => sameJson(docJson(client.doc), docJson(docs[0]!.doc)))

async function expectStoredEquals(
  databaseUrl: string,
  mapId: string,
  servers: TestServer[],
  json: unknown,
) {
  for (const server of servers) await server.storage.log.flush()
  expect(await storedJson(databaseUrl, mapId)).toEqual(json)
}

describe('two nodes on PostgreSQL and Redis', () => {
  it('clients on both nodes, random concurrent edits: all converge, equal to fresh clients and to PostgreSQL', async () => {
    // Small compaction interval: both nodes fold the same map while the edits go on.
    const { databaseUrl, a, b } = await twoNodes(redis.url, { compactEveryUpdates: 20 })
    const mapId = await createMapOn(a.url)
    const editors = [connect(a, mapId), connect(a, mapId), connect(b, mapId), connect(b, mapId)]
    await Promise.all(editors.map((client) => waitSynced(client)))

    await editConcurrently(editors, 60, 1600)
    await waitFor(() => converged(editors), 'the four editors to converge', 15_000)
    const final = docJson(editors[0]!.doc)
    expect(final.list.length + Object.keys(final.notes).length).toBeGreaterThan(10)

    const freshA = connect(a, mapId)
    const freshB = connect(b, mapId)
    await Promise.all([waitSynced(freshA), waitSynced(freshB)])
    expect(docJson(freshA.doc)).toEqual(final)
    expect(docJson(freshB.doc)).toEqual(final)
    await expectStoredEquals(databaseUrl, mapId, [a, b], final)
    // Both nodes relayed through Redis, and both folded the log.
    const [ma, mb] = await Promise.all([scrapeMetrics(a.url), scrapeMetrics(b.url)])
    expect(ma.value('trailmap_fanout_messages_received_total')).toBeGreaterThan(0)
    expect(mb.value('trailmap_fanout_messages_received_total')).toBeGreaterThan(0)
    expect(a.logs.some((line) => line.msg === 'compacted')).toBe(true)
    expect(b.logs.some((line) => line.msg === 'compacted')).toBe(true)
  })

  it('presence travels between nodes, and leaves with the client', async () => {
    const { a, b } = await twoNodes(redis.url)
    const mapId = await createMapOn(a.url)
    const onA = connect(a, mapId)
    const onB = connect(b, mapId)
    await Promise.all([waitSynced(onA), waitSynced(onB)])
    onA.provider.awareness.setLocalStateField('user', { name: 'Ada on A' })
    await waitFor(
      () =>
        (onB.provider.awareness.getStates().get(onA.doc.clientID) as { user?: { name: string } })
          ?.user?.name === 'Ada on A',
      'A’s presence on B',
    )
    // A client joining B later is shown A's client too.
    const late = connect(b, mapId)
    await waitSynced(late)
    await waitFor(
      () => late.provider.awareness.getStates().has(onA.doc.clientID),
      'A on a late B client',
    )
    onA.provider.disconnect()
    await waitFor(() => !onB.provider.awareness.getStates().has(onA.doc.clientID), 'A gone on B')
  })

  it('cold start with Redis flushed: new nodes serve what PostgreSQL holds', async () => {
    const { databaseUrl, a, b } = await twoNodes(redis.url)
    const mapId = await createMapOn(a.url)
    const editors = [connect(a, mapId), connect(b, mapId)]
    await Promise.all(editors.map((client) => waitSynced(client)))
    await editConcurrently(editors, 30, 77)
    await waitFor(() => converged(editors), 'the editors to converge')
    const final = docJson(editors[0]!.doc)
    for (const client of clients.splice(0)) client.destroy()
    await closeAll(nodes)
    await redis.flush()
    await redis.stop()
    await redis.start()

    const c = await startNode(databaseUrl, redis.url)
    const d = await startNode(databaseUrl, redis.url)
    nodes.push(c, d)
    const onC = connect(c, mapId)
    const onD = connect(d, mapId)
    await Promise.all([waitSynced(onC), waitSynced(onD)])
    expect(docJson(onC.doc)).toEqual(final)
    expect(docJson(onD.doc)).toEqual(final)
  })

  it('a share of Redis messages dropped: anti-entropy converges within one period', async () => {
    const proxy = await startDroppingProxy(redis.port, seededRandom(7).next)
    proxies.push(proxy)
    const periodMs = 1_500
    const { databaseUrl, a, b } = await twoNodes(proxy.url, { antiEntropyMs: periodMs })
    const mapId = await createMapOn(a.url)
    const editors = [connect(a, mapId), connect(a, mapId), connect(b, mapId), connect(b, mapId)]
    await Promise.all(editors.map((client) => waitSynced(client)))
    // A third of the relayed updates (message kind 0) are lost on the way to the subscribers.
    proxy.filter = (payload) => payload[0] === 0
    proxy.dropRate = 0.35
    await editConcurrently(editors, 50, 4242)
    const editsDone = Date.now()
    await waitFor(() => converged(editors), 'convergence within one period', periodMs + 1_500)
    const took = Date.now() - editsDone
    expect(proxy.dropped).toBeGreaterThan(10)
    // The lost updates came back as repairs, counted on the receiving nodes.
    const [ma, mb] = await Promise.all([scrapeMetrics(a.url), scrapeMetrics(b.url)])
    expect(
      ma.value('trailmap_anti_entropy_repairs_total') +
        mb.value('trailmap_anti_entropy_repairs_total'),
    ).toBeGreaterThan(0)
    expect(took).toBeLessThanOrEqual(periodMs + 1_500)
    await expectStoredEquals(databaseUrl, mapId, [a, b], docJson(editors[0]!.doc))
  })

  it('Redis stopped for 30 s while both nodes take edits: each serves its clients; all converge after', async () => {
    const { databaseUrl, a, b } = await twoNodes(redis.url, { antiEntropyMs: 1_000 })
    const mapId = await createMapOn(a.url)
    const onA = [connect(a, mapId), connect(a, mapId)]
    const onB = [connect(b, mapId), connect(b, mapId)]
    await Promise.all([...onA, ...onB].map((client) => waitSynced(client)))
    await redis.stop()
    const outageEnds = Date.now() + 30_000
    let round = 0
    while (Date.now() < outageEnds) {
      await editConcurrently([...onA, ...onB], 5, 900 + round++)
      await sleep(400)
    }
    // Each node kept serving its own clients: they agree among themselves, not with the others.
    await waitFor(() => converged(onA) && converged(onB), 'each node’s clients to agree')
    expect(sameJson(docJson(onA[0]!.doc), docJson(onB[0]!.doc))).toBe(false)
    const health = (await (await fetch(`${a.url}healthz`)).json()) as { redis?: string }
    expect(health.redis).toBe('unreachable')

    await redis.start()
    await waitFor(() => converged([...onA, ...onB]), 'convergence after Redis returns', 15_000)
    await expectStoredEquals(databaseUrl, mapId, [a, b], docJson(onA[0]!.doc))
  }, 90_000)
})

describe('one node’s health and metrics', () => {
  it('counts rooms, sockets and cross-node messages; /healthz fails while the database is unreachable', async () => {
    const own = await startPostgres({ label: 'health' })
    try {
      const databaseUrl = await freshDatabase(own)
      const a = await startNode(databaseUrl, redis.url)
      const b = await startNode(databaseUrl, redis.url)
      nodes.push(a, b)
      const mapId = await createMapOn(a.url)
      const onA = connect(a, mapId)
      const onB = connect(b, mapId)
      await Promise.all([waitSynced(onA), waitSynced(onB)])
      onA.doc.getMap('notes').set('hello', new Y.Map([['text', 'from A']]))
      await waitFor(() => onB.doc.getMap('notes').has('hello'), 'the edit on B')
      const metrics = await scrapeMetrics(a.url)
      expect(metrics.value('trailmap_rooms')).toBe(1)
      expect(metrics.value('trailmap_connections')).toBe(1)
      expect(metrics.value('trailmap_fanout_messages_sent_total')).toBeGreaterThan(0)
      expect(metrics.value('trailmap_fanout_connected')).toBe(1)
      expect(metrics.text).toContain('trailmap_anti_entropy_repairs_total')
      expect((await fetch(`${a.url}healthz`)).status).toBe(200)

      await own.stop()
      const down = await fetch(`${a.url}healthz`)
      expect(down.status).toBe(503)
      expect(await down.json()).toMatchObject({ reason: 'the database is unreachable' })
    } finally {
      for (const client of clients.splice(0)) client.destroy()
      await closeAll(nodes)
      await own.stop().catch(() => undefined)
    }
  })
})
