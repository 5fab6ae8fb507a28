// Every limit, end to end: each gets a server of its own with a small setting, real y-websocket
// 3.1 clients where a browser would hit it, raw sockets where only a hostile client would.

import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import * as encoding from 'lib0/encoding'
import { encodeSyncStep1 } from '../../server/sync/messages'
import type { ServerConfig } from '../../server/config'
import {
  clientBarrier,
  closedCode,
  connectClient,
  type TestClient,
  waitFor,
  waitSynced,
} from '../support/clients'
import { createMapOn, startTestServer, type TestServer } from '../support/server'
import { firstCloseCode, rawSocket, scrapeMetrics, rawBarrier } from '../support/sockets'

const servers: TestServer[] = []
const clients: TestClient[] = []

async function serverWith(overrides: Partial<ServerConfig>) {
  const server = await startTestServer(overrides)
  servers.push(server)
  return server
}

function client(server: TestServer, mapId: string) {
  const c = connectClient(server.wsUrl, mapId)
  clients.push(c)
  return c
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.close()
})

const pace = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const logged = (server: TestServer, msg: string) => server.logs.some((l) => l.msg === msg)

describe('frame size', () => {
  it('closes a real client that sends a frame over the limit with 1009', async () => {
    const server = await serverWith({ maxFrameBytes: 64 * 1024, byteBurst: 64 * 1024 })
    const mapId = await createMapOn(server.url)
    const writer = client(server, mapId)
    await waitSynced(writer)
    const closed = firstCloseCode(writer)
    writer.doc.getMap('meta').set('blob', 'x'.repeat(100 * 1024))
    expect(await closed).toBe(1009)
    expect(logged(server, 'closing connection: frame too large')).toBe(true)
  })
})

describe('per-connection rate', () => {
  it('closes a connection that sends too many messages with 4429', async () => {
    const server = await serverWith({ messagesPerSecond: 20, messageBurst: 40 })
    const mapId = await createMapOn(server.url)
    const honest = client(server, mapId)
    await waitSynced(honest)
    const honestCloses: number[] = []
    honest.provider.on('connection-close', (event) => honestCloses.push(event?.code ?? -1))

    const flood = rawSocket(server.wsUrl, mapId)
    await flood.opened
    for (let i = 0; i < 100; i++) flood.ws.send(encodeSyncStep1(new Uint8Array([0])))
    const result = await flood.closed
    expect(result.code).toBe(4429)
    expect(result.reason).toMatch(/too many messages/)

    // A y-websocket client hammering presence is not cut off: its changes are coalesced and
    // the latest one still reaches the others.
    const chatty = client(server, mapId)
    await waitSynced(chatty)
    const chattyCloses: number[] = []
    chatty.provider.on('connection-close', (event) => chattyCloses.push(event?.code ?? -1))
    for (let i = 0; i < 100; i++) chatty.provider.awareness.setLocalStateField('cursor', { x: i })
    await waitFor(
      () =>
        (honest.provider.awareness.getStates().get(chatty.doc.clientID)?.cursor as { x: number })
          ?.x === 99,
      'the chatty client’s last cursor',
    )
    expect(chattyCloses).toEqual([])
    // The honest client is not disturbed.
    honest.doc.getMap('meta').set('title', 'still fine')
    await clientBarrier(honest)
    expect(honestCloses).toEqual([])
    expect(honest.provider.wsconnected).toBe(true)
  })

  it('does not count the awareness echoes of a busy room against honest clients', async () => {
    // y-websocket sends every awareness update it receives back to the server: in a room of
    // five, each client sends about five frames for every one of its own.
    const server = await serverWith({ messagesPerSecond: 20, messageBurst: 40 })
    const mapId = await createMapOn(server.url)
    const room = Array.from({ length: 5 }, () => client(server, mapId))
    await Promise.all(room.map((c) => waitSynced(c)))
    const closes: number[] = []
    for (const c of room) c.provider.on('connection-close', (e) => closes.push(e?.code ?? -1))
    for (let tick = 0; tick < 30; tick++) {
      for (const c of room) c.provider.awareness.setLocalStateField('cursor', { x: tick, y: 0 })
      // Pacing, not waiting for something: five people moving their cursors at 20 Hz.
      await pace(50)
    }
    const last = room[0]!
    await waitFor(
      () =>
        room.every(
          (c) =>
            (c.provider.awareness.getStates().get(last.doc.clientID)?.cursor as { x: number })
              ?.x === 29,
        ),
      'the last cursor everywhere',
    )
    expect(closes).toEqual([])
  })

  it('closes a connection that sends too many bytes with 4429', async () => {
    const server = await serverWith({
      bytesPerSecond: 16 * 1024,
      byteBurst: 64 * 1024,
      maxFrameBytes: 64 * 1024,
    })
    const mapId = await createMapOn(server.url)
    const second = rawSocket(server.wsUrl, mapId)
    await second.opened
    // Valid messages (a long state vector) so that only the byte budget can object: 3 × 30 KB.
    const frame = encodeSyncStep1(longStateVector(30 * 1024))
    expect(frame.length).toBeGreaterThan(30 * 1024)
    for (let i = 0; i < 3; i++) second.ws.send(frame)
    const limited = await second.closed
    expect(limited.code).toBe(4429)
    expect(limited.reason).toMatch(/too many bytes/)
  })
})

/** A valid encoded state vector of at least `bytes` bytes (many clients, clock 0). */
function longStateVector(bytes: number): Uint8Array {
  const encoder = encoding.createEncoder()
  const entries = Math.ceil(bytes / 4)
  encoding.writeVarUint(encoder, entries)
  for (let i = 0; i < entries; i++) {
    encoding.writeVarUint(encoder, 1_000_000 + i)
    encoding.writeVarUint(encoder, 0)
  }
  return encoding.toUint8Array(encoder)
}

describe('per-address connection rate', () => {
  it('refuses connections over the rate from one address with 4429', async () => {
    const server = await serverWith({ connectionsPerIpPerMinute: 5 })
    const mapId = await createMapOn(server.url)
    const first = Array.from({ length: 5 }, () => rawSocket(server.wsUrl, mapId))
    await Promise.all(first.map((s) => s.opened))
    const refused = client(server, mapId)
    expect(await closedCode(refused)).toBe(4429)
    const metrics = await scrapeMetrics(server.url)
    expect(metrics.value('trailmap_refused_connections_total{reason="ip-rate"}')).toBe(1)
    for (const s of first) s.ws.close()
  })
})

describe('send buffer', () => {
  it('closes a client that does not read with 1013', async () => {
    const server = await serverWith({ sendBufferBytes: 256 * 1024 })
    const mapId = await createMapOn(server.url)
    const writer = client(server, mapId)
    await waitSynced(writer)
    writer.doc.getMap('meta').set('blob', 'x'.repeat(300 * 1024))
    await clientBarrier(writer)

    const reader = rawSocket(server.wsUrl, mapId)
    await reader.opened
    const tcp = (reader.ws as unknown as { _socket: net.Socket })._socket
    tcp.pause()
    // Each 2-byte request asks for the whole 300 KB document.
    for (let i = 0; i < 80; i++) reader.ws.send(encodeSyncStep1(Uint8Array.of(0)))
    await waitFor(() => logged(server, 'closing connection: send buffer full'), 'the cut-off')
    tcp.resume()
    expect((await reader.closed).code).toBe(1013)
    // Everyone else carries on.
    writer.doc.getMap('meta').set('title', 'after')
    await clientBarrier(writer)
    expect(writer.provider.wsconnected).toBe(true)
  })
})

describe('rooms in memory', () => {
  it('refuses a new room with 1013 while full; the client gets in once a room closes', async () => {
    const server = await serverWith({ maxRooms: 2 })
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createMapOn(server.url)))
    const first = client(server, a!)
    const second = client(server, b!)
    await Promise.all([waitSynced(first), waitSynced(second)])
    // A second socket into an open room is fine.
    await waitSynced(client(server, a!))

    const third = client(server, c!)
    expect(await firstCloseCode(third)).toBe(1013)
    // The API cannot open a room either (a rename needs the document).
    const rename = await fetch(`${server.url}api/maps/${d}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x' }),
    })
    expect(rename.status).toBe(503)
    expect(rename.headers.get('retry-after')).toBe('5')

    // 1013 is not final: the provider retries and gets in when a room frees up.
    second.destroy()
    await waitSynced(third, 15_000)
    const metrics = await scrapeMetrics(server.url)
    expect(
      metrics.value('trailmap_refused_connections_total{reason="rooms-full"}'),
    ).toBeGreaterThan(0)
  })
})

describe('document size', () => {
  it('refuses an update that would grow the document past the limit with 4413', async () => {
    const server = await serverWith({ maxDocBytes: 64 * 1024 })
    const mapId = await createMapOn(server.url)
    const writer = client(server, mapId)
    const reader = client(server, mapId)
    await Promise.all([waitSynced(writer), waitSynced(reader)])
    writer.doc.getMap('meta').set('first', 'a'.repeat(30 * 1024))
    await waitFor(() => reader.doc.getMap('meta').has('first'), 'the first 30 KB')
    await server.storage.log.flush()
    const before = (await server.storage.log.load(mapId)).parts

    const code = closedCode(writer)
    writer.doc.getMap('notes').set('big', 'b'.repeat(40 * 1024))
    expect(await code).toBe(4413)
    await clientBarrier(reader)
    expect(reader.doc.getMap('notes').has('big')).toBe(false)
    await server.storage.log.flush()
    expect((await server.storage.log.load(mapId)).parts).toEqual(before)

    // Edits that fit still go through for everyone else.
    reader.doc.getMap('meta').set('title', 'small edit')
    const late = client(server, mapId)
    await waitSynced(late)
    await waitFor(() => late.doc.getMap('meta').get('title') === 'small edit', 'a small edit')
  })
})

describe('awareness state size', () => {
  it('does not relay a presence state over the limit, and keeps the client', async () => {
    const server = await serverWith({ maxAwarenessBytes: 1024 })
    const mapId = await createMapOn(server.url)
    const a = client(server, mapId)
    const b = client(server, mapId)
    await Promise.all([waitSynced(a), waitSynced(b)])
    const nameOnB = () =>
      (b.provider.awareness.getStates().get(a.doc.clientID)?.user as { name?: string } | undefined)
        ?.name
    a.provider.awareness.setLocalStateField('user', { name: 'small' })
    await waitFor(() => nameOnB() === 'small', 'the small state')
    a.provider.awareness.setLocalStateField('user', { name: 'x'.repeat(4096) })
    await clientBarrier(a)
    await clientBarrier(b)
    expect(nameOnB()).toBe('small')
    expect(a.provider.wsconnected).toBe(true)
    a.provider.awareness.setLocalStateField('user', { name: 'small again' })
    await waitFor(() => nameOnB() === 'small again', 'a later small state')
    const metrics = await scrapeMetrics(server.url)
    expect(
      metrics.value('trailmap_dropped_messages_total{reason="awareness-too-large"}'),
    ).toBeGreaterThan(0)
  })

  it('keeps one clientID per socket: a socket cannot speak for another client', async () => {
    const server = await serverWith({})
    const mapId = await createMapOn(server.url)
    const honest = client(server, mapId)
    const watcher = client(server, mapId)
    await Promise.all([waitSynced(honest), waitSynced(watcher)])
    honest.provider.awareness.setLocalStateField('user', { name: 'Honest' })
    await waitFor(
      () => watcher.provider.awareness.getStates().get(honest.doc.clientID) !== undefined,
      'the honest state',
    )
    // A raw socket claims its own clientID first, then tries to overwrite the honest one.
    const { encodeAwareness, encodeAwarenessEntries } = await import('../../server/sync/messages')
    const spoofer = rawSocket(server.wsUrl, mapId)
    await spoofer.opened
    spoofer.ws.send(
      encodeAwareness(
        encodeAwarenessEntries([{ clientId: 4242, clock: 1, state: { user: { name: 'Me' } } }]),
      ),
    )
    spoofer.ws.send(
      encodeAwareness(
        encodeAwarenessEntries([
          { clientId: honest.doc.clientID, clock: 999, state: { user: { name: 'Spoof' } } },
        ]),
      ),
    )
    await waitFor(
      () => watcher.provider.awareness.getStates().get(4242) !== undefined,
      "the spoofer's own state",
    )
    await rawBarrier(spoofer)
    await clientBarrier(watcher)
    const state = watcher.provider.awareness.getStates().get(honest.doc.clientID)
    expect((state?.user as { name: string }).name).toBe('Honest')
    spoofer.ws.close()
  })
})

describe('handshake timeout', () => {
  it('drops a connection that dribbles its upgrade request', async () => {
    const server = await serverWith({ handshakeTimeoutMs: 300 })
    const { port } = server
    const started = Date.now()
    const ended = await new Promise<number>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write('GET /sync/some-map HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n')
      })
      socket.resume()
      socket.on('error', () => undefined)
      socket.on('close', () => resolve(Date.now() - started))
    })
    expect(ended).toBeLessThan(3_000)

    const silentStart = Date.now()
    const silent = await new Promise<number>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.resume()
      socket.on('error', () => undefined)
      socket.on('close', () => resolve(Date.now() - silentStart))
    })
    expect(silent).toBeLessThan(3_000)
  })
})
