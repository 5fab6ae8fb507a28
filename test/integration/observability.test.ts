// `GET /metrics` (Prometheus text, prom-client) and the ids in the logs: every connection's log
// lines carry its connection id, every HTTP request's its request id (also sent back as a header).

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { clientBarrier, closedCode, type TestClient, waitFor, waitSynced } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import {
  connectWithToken,
  createMapWithTokens,
  rawSocket,
  scrapeMetrics,
  type CreatedMap,
} from '../support/sockets'

let server: TestServer
let map: CreatedMap
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startTestServer({ auth: true, flushIntervalMs: 5 })
  map = await createMapWithTokens(server.url)
})
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})
afterAll(async () => {
  await server.close()
})

function client(token?: string, mapId = map.id) {
  const c = connectWithToken(server.wsUrl, mapId, token === undefined ? {} : { token })
  clients.push(c)
  return c
}

describe('GET /metrics', () => {
  it('serves Prometheus text with the live gauges and the traffic counters', async () => {
    const a = client(map.editToken)
    const b = client(map.editToken)
    await Promise.all([waitSynced(a), waitSynced(b)])
    const before = await scrapeMetrics(server.url)
    expect(before.status).toBe(200)
    expect(before.contentType).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(before.value('trailmap_connections')).toBe(2)
    expect(before.value('trailmap_rooms')).toBe(1)

    for (let i = 0; i < 10; i++) a.doc.getMap('notes').set(`n${i}`, new Y.Map([['text', 'x']]))
    await waitFor(() => b.doc.getMap('notes').size === 10, 'the notes on b')
    // Written by now on SQLite's timer; PostgreSQL's writes are in flight: wait for them.
    await server.storage.log.flush()
    const after = await scrapeMetrics(server.url)
    const grew = (name: string) => after.value(name) - before.value(name)
    expect(grew('trailmap_updates_received_total')).toBe(10)
    expect(grew('trailmap_updates_sent_total')).toBe(10)
    expect(grew('trailmap_ws_messages_received_total')).toBeGreaterThanOrEqual(10)
    expect(grew('trailmap_ws_bytes_received_total')).toBeGreaterThan(100)
    expect(grew('trailmap_ws_messages_sent_total')).toBeGreaterThanOrEqual(10)
    expect(grew('trailmap_ws_bytes_sent_total')).toBeGreaterThan(100)
    expect(after.value('trailmap_flush_duration_seconds_count')).toBeGreaterThan(0)
    expect(after.text).toContain('trailmap_flush_duration_seconds_bucket{le="0.001"}')
    // Event-loop lag and the usual process metrics.
    expect(after.text).toMatch(/^nodejs_eventloop_lag_seconds \d/m)
    expect(after.text).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m)
    expect(after.text).toMatch(/^process_resident_memory_bytes \d/m)
  })

  it('counts refused connections by reason and closes by code', async () => {
    const before = await scrapeMetrics(server.url)
    expect(await closedCode(client())).toBe(4401)
    const badId = rawSocket(server.wsUrl, 'bad%20id')
    expect((await badId.closed).code).toBe(4404)
    const wrongPath = rawSocket(server.wsUrl, 'a/b')
    await expect(wrongPath.opened).rejects.toThrow()
    const after = await scrapeMetrics(server.url)
    const grew = (name: string) => after.value(name) - before.value(name)
    expect(grew('trailmap_refused_connections_total{reason="unauthorized"}')).toBe(1)
    expect(grew('trailmap_refused_connections_total{reason="invalid-map-id"}')).toBe(1)
    expect(grew('trailmap_refused_connections_total{reason="bad-path"}')).toBe(1)
    expect(grew('trailmap_closed_connections_total{code="4401"}')).toBe(1)
    expect(grew('trailmap_closed_connections_total{code="4404"}')).toBe(1)
  })

  it('counts the updates a view connection tried to make', async () => {
    const before = await scrapeMetrics(server.url)
    const viewer = client(map.viewToken)
    await waitSynced(viewer)
    const warn = console.warn
    console.warn = () => undefined
    try {
      viewer.doc.getMap('meta').set('title', 'nope')
      viewer.doc.getMap('meta').set('title', 'nope again')
      await clientBarrier(viewer)
    } finally {
      console.warn = warn
    }
    const after = await scrapeMetrics(server.url)
    const dropped = 'trailmap_dropped_messages_total{reason="view-only"}'
    expect(after.value(dropped) - before.value(dropped)).toBe(2)
  })
})

describe('log ids', () => {
  it('tags HTTP log lines with a request id, sent back in x-request-id', async () => {
    const res = await fetch(`${server.url}api/maps/${map.id}`, {
      headers: { authorization: `Bearer ${map.viewToken}` },
    })
    const id = res.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f]{8}$/)
    await waitFor(() => server.logs.some((l) => l.req === id), 'the request log line')
    const line = server.logs.find((l) => l.req === id && l.msg === 'request')
    expect(line).toMatchObject({ method: 'GET', path: `/api/maps/${map.id}`, status: 200 })

    // A proxy's request id is kept, so logs can be joined across the two.
    const proxied = await fetch(`${server.url}healthz`, { headers: { 'x-request-id': 'lb-42.a' } })
    expect(proxied.headers.get('x-request-id')).toBe('lb-42.a')
  })

  it('tags every line of a connection with its connection id', async () => {
    const c = client(map.editToken)
    await waitSynced(c)
    c.destroy()
    await waitFor(() => server.logs.some((l) => l.msg === 'connection closed'), 'the close')
    const joined = server.logs.filter((l) => l.msg === 'joined' && l.map === map.id)
    const conn = joined.at(-1)?.conn
    expect(conn).toMatch(/^[0-9a-f]{8}$/)
    const lines = server.logs.filter((l) => l.conn === conn).map((l) => l.msg)
    expect(lines).toEqual(expect.arrayContaining(['connection opened', 'joined']))
    expect(joined.at(-1)).toMatchObject({ role: 'edit' })
  })
})

describe('crafted input', () => {
  it('never merges updates in the server (yjs issue 687: mergeUpdatesV2 can hang)', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (entry.name.endsWith('.ts')) files.push(full)
      }
    }
    walk(path.resolve('server'))
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8')
      expect(source, file).not.toMatch(/mergeUpdates(V2)?\s*\(/)
      expect(source, file).not.toMatch(/applyUpdateV2\s*\(/)
    }
  })

  it('treats the crafted update of yjs issue 687 as V1: a harmless no-op, answered at once', async () => {
    const { encodeSyncStep1, encodeSyncUpdate } = await import('../../server/sync/messages')
    await server.storage.log.flush()
    const stored = (await server.storage.log.load(map.id)).parts
    const raw = rawSocket(server.wsUrl, map.id, map.editToken)
    await raw.opened
    const started = Date.now()
    raw.ws.send(
      encodeSyncUpdate(
        Uint8Array.from(
          Buffer.from('00010000000001000100010200001602000001fdffffffff7f0000', 'hex'),
        ),
      ),
    )
    // Read as V1 it declares zero clients: nothing to apply. The next request is answered.
    raw.ws.send(encodeSyncStep1(new Uint8Array([0])))
    await waitFor(() => raw.frames.some((f) => f[0] === 0 && f[1] === 1), 'the SyncStep2 reply')
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(raw.isClosed()).toBe(false)
    raw.ws.close()
    await server.storage.log.flush()
    expect((await server.storage.log.load(map.id)).parts).toEqual(stored)
  })
})
