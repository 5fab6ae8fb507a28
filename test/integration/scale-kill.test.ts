// kill -9 one of two nodes in the middle of a stream of edits: its clients reconnect through the
// load balancer to the other node, and no edit is lost — neither those PostgreSQL held when the
// node died (acknowledged as stored) nor those still on their way.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docJson, freshDatabase, sameJson, storedJson } from '../support/cluster'
import { connectClient, sleep, waitFor, waitUntil, type TestClient } from '../support/clients'
import { startBalancer, type Balancer } from '../support/proxies'
import { spawnServer, type ServerProcess, createMapOn } from '../support/server'
import {
  startPostgres,
  startRedis,
  type PostgresServer,
  type RedisServer,
} from '../support/services'
import { scrapeMetrics } from '../support/sockets'

let postgres: PostgresServer
let redis: RedisServer
const processes: ServerProcess[] = []
const clients: TestClient[] = []
let balancer: Balancer | null = null

beforeAll(async () => {
  ;[postgres, redis] = await Promise.all([startPostgres({ label: 'kill' }), startRedis()])
})

afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const p of processes) if (p.child.exitCode === null) p.child.kill('SIGKILL')
  await balancer?.close()
  await redis?.destroy()
  await postgres?.stop()
})

const portOf = (url: string) => Number(new URL(url).port)

describe('a node killed with SIGKILL', () => {
  it('its clients move to the other node; zero acknowledged edits lost', async () => {
    const databaseUrl = await freshDatabase(postgres)
    const env = {
      TRAILMAP_DATABASE_URL: databaseUrl,
      TRAILMAP_REDIS_URL: redis.url,
      TRAILMAP_ANTI_ENTROPY_MS: '1000',
    }
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)])
    processes.push(a, b)
    const alive = new Set([portOf(a.url), portOf(b.url)])
    balancer = await startBalancer(() => [...alive])
    const mapId = await createMapOn(a.url)

    // Four clients through the balancer: round robin puts two on each node.
    for (let i = 0; i < 4; i++) {
      const client = connectClient(balancer.wsUrl, mapId)
      clients.push(client)
      await waitFor(() => client.provider.synced, 'a client to sync')
    }
    const [onA, onB] = await Promise.all([scrapeMetrics(a.url), scrapeMetrics(b.url)])
    expect(onA.value('trailmap_connections')).toBe(2)
    expect(onB.value('trailmap_connections')).toBe(2)

    // Every client writes a key of its own every 15 ms, never deleted: a lost one shows.
    const written: string[][] = clients.map(() => [])
    let editing = true
    const streams = clients.map(async (client, index) => {
      for (let n = 0; editing; n++) {
        const key = `c${index}-${n}`
        client.doc.getMap('notes').set(key, n)
        written[index]!.push(key)
        await sleep(15)
      }
    })
    await sleep(1_500)
    a.child.kill('SIGKILL')
    alive.delete(portOf(a.url))
    await a.exited
    // What PostgreSQL held when the node died: every edit acknowledged as stored.
    const acknowledged = Object.keys((await storedJson(databaseUrl, mapId)).notes)
    expect(acknowledged.length).toBeGreaterThan(50)
    await sleep(1_500)
    editing = false
    await Promise.all(streams)

    const everyKey = written.flat()
    const holdsAll = (client: TestClient) => {
      const notes = client.doc.getMap('notes')
      return everyKey.every((key) => notes.has(key))
    }
    await waitFor(
      () => clients.every((client) => holdsAll(client)),
      'every client to hold every edit',
      20_000,
    )
    const final = docJson(clients[0]!.doc)
    expect(clients.every((client) => sameJson(docJson(client.doc), final))).toBe(true)
    for (const key of acknowledged) expect(final.notes).toHaveProperty(key)
    // All four clients are on the surviving node now, and PostgreSQL holds everything.
    expect((await scrapeMetrics(b.url)).value('trailmap_connections')).toBe(4)
    await waitUntil(
      async () => sameJson(await storedJson(databaseUrl, mapId), final),
      'PostgreSQL to hold every edit',
      10_000,
    )
  })
})
