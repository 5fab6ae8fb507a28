// The sync server against unmodified y-websocket 3.1 clients on loopback.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import { encodeSyncStep1, encodeSyncUpdate } from '../../server/sync/messages'
import {
  clientBarrier,
  closedCode,
  connectClient,
  type TestClient,
  waitFor,
  waitSynced,
} from '../support/clients'
import { createMapOn, startTestServer, type TestServer } from '../support/server'

let server: TestServer
const clients: TestClient[] = []

function client(mapId: string, options: { connect?: boolean } = {}) {
  const c = connectClient(server.wsUrl, mapId, options)
  clients.push(c)
  return c
}

/** A new map whose title is stored and whose room has unloaded: the next joiner loads it. */
async function storedMapTitled(title: string): Promise<string> {
  const mapId = await createMapOn(server.url)
  const writer = client(mapId)
  await waitSynced(writer)
  writer.doc.getMap('meta').set('title', title)
  await clientBarrier(writer)
  writer.destroy()
  await waitFor(() => server.rooms.size === 0, 'the room to unload')
  return mapId
}

beforeAll(async () => {
  server = await startTestServer()
})
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})
afterAll(async () => {
  await server.close()
})

describe('sync', () => {
  it('two clients converge on concurrent edits', async () => {
    const mapId = await createMapOn(server.url)
    const a = client(mapId)
    const b = client(mapId)
    await Promise.all([waitSynced(a), waitSynced(b)])
    a.doc.getMap('meta').set('title', 'From A')
    b.doc.getMap('touchpoints').set('tp-b', new Y.Map([['title', 'From B']]))
    await waitFor(
      () =>
        b.doc.getMap('meta').get('title') === 'From A' && a.doc.getMap('touchpoints').has('tp-b'),
      'both edits on both clients',
    )
    expect(Y.encodeStateAsUpdate(a.doc)).toEqual(Y.encodeStateAsUpdate(b.doc))
  })

  it('a late joiner receives the full state', async () => {
    const mapId = await createMapOn(server.url)
    const a = client(mapId)
    await waitSynced(a)
    for (let i = 0; i < 50; i++)
      a.doc.getMap('notes').set(`n${i}`, new Y.Map([['text', `note ${i}`]]))
    await clientBarrier(a)
    const late = client(mapId)
    await waitSynced(late)
    await waitFor(() => late.doc.getMap('notes').size === 50, 'all 50 notes')
    expect((late.doc.getMap('notes').get('n49') as Y.Map<string>).get('text')).toBe('note 49')
  })

  it('every joiner that holds nothing gets the map as it is now (the shared answer is renewed on each change)', async () => {
    const mapId = await storedMapTitled('as stored')
    const title = (c: TestClient) => c.doc.getMap('meta').get('title')

    // The room opens from its store; the first joiners share one encoded answer.
    const first = client(mapId)
    const second = client(mapId)
    await Promise.all([waitSynced(first), waitSynced(second)])
    expect([title(first), title(second)]).toEqual(['as stored', 'as stored'])
    for (const next of ['changed once', 'changed twice']) {
      first.doc.getMap('meta').set('title', next)
      await clientBarrier(first)
      const late = client(mapId)
      await waitSynced(late)
      expect(title(late)).toBe(next)
    }
  })

  it('a reconnecting client resyncs what it missed and sends what it did offline', async () => {
    const mapId = await createMapOn(server.url)
    const a = client(mapId)
    const b = client(mapId)
    await Promise.all([waitSynced(a), waitSynced(b)])
    b.provider.disconnect()
    a.doc.getMap('meta').set('title', 'edited while B was away')
    b.doc.getMap('meta').set('description', 'written offline by B')
    await clientBarrier(a)
    expect(a.doc.getMap('meta').get('description')).toBeUndefined()
    b.provider.connect()
    await waitFor(
      () =>
        b.doc.getMap('meta').get('title') === 'edited while B was away' &&
        a.doc.getMap('meta').get('description') === 'written offline by B',
      'both directions after reconnect',
    )
  })

  it('awareness flows between clients and is removed when a client leaves', async () => {
    const mapId = await createMapOn(server.url)
    const a = client(mapId)
    const b = client(mapId)
    await Promise.all([waitSynced(a), waitSynced(b)])
    a.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#e11d48' })
    await waitFor(
      () =>
        (b.provider.awareness.getStates().get(a.doc.clientID)?.user as { name?: string })?.name ===
        'Ada',
      "A's presence on B",
    )
    a.provider.disconnect()
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "A's presence gone")
  })

  it('refuses an unknown map with 4404 and the client stops retrying', async () => {
    const c = client('no-such-map')
    expect(await closedCode(c)).toBe(4404)
  })

  it('answers the first SyncStep1 only after the room has loaded its stored state', async () => {
    const mapId = await storedMapTitled('stored before the room unloads')

    // A raw socket sends SyncStep1 the instant it opens: the reply must carry the stored title.
    const ws = new WebSocket(`${server.wsUrl}/${mapId}`)
    ws.binaryType = 'arraybuffer'
    const reply = new Promise<Uint8Array>((resolve) => {
      ws.on('message', (data: ArrayBuffer) => {
        const bytes = new Uint8Array(data)
        const d = decoding.createDecoder(bytes)
        if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1) {
          resolve(decoding.readVarUint8Array(d))
        }
      })
    })
    ws.on('open', () => ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc()))))
    const doc = new Y.Doc()
    Y.applyUpdate(doc, await reply)
    expect(doc.getMap('meta').get('title')).toBe('stored before the room unloads')
    ws.close()
  })
})

describe('bad input', () => {
  function rawSocket(mapId: string) {
    const ws = new WebSocket(`${server.wsUrl}/${mapId}`)
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    )
    const opened = new Promise<void>((resolve) => ws.on('open', () => resolve()))
    return { ws, closed, opened }
  }

  it.each([
    ['an unknown message type', Uint8Array.of(9, 1, 2), 'unknown message type 9'],
    ['a truncated sync message', Uint8Array.of(0, 0, 200), 'truncated'],
    ['an unknown sync step', Uint8Array.of(0, 7, 0), 'unknown sync step 7'],
    ['a malformed update', Uint8Array.of(0, 2, 3, 255, 255, 255), 'malformed update'],
    ['an awareness update that is not JSON', Uint8Array.of(1, 5, 1, 7, 1, 1, 123), 'not JSON'],
    ['trailing bytes', Uint8Array.of(3, 0), 'trailing bytes'],
  ])('closes the socket with 4400 on %s and logs why', async (_name, frame, reason) => {
    const mapId = await createMapOn(server.url)
    const { ws, closed, opened } = rawSocket(mapId)
    await opened
    ws.send(frame)
    const result = await closed
    expect(result.code).toBe(4400)
    expect(result.reason).toContain(reason)
    expect(
      server.logs.some((l) => l.msg === 'closing connection: protocol error' && l.map === mapId),
    ).toBe(true)
  })

  it('closes text frames with 4400 and oversized frames with 1009', async () => {
    const mapId = await createMapOn(server.url)
    const text = rawSocket(mapId)
    await text.opened
    text.ws.send('hello')
    expect((await text.closed).code).toBe(4400)

    const small = await startTestServer({ maxFrameBytes: 64 * 1024 })
    try {
      const smallMap = await createMapOn(small.url)
      const ws = new WebSocket(`${small.wsUrl}/${smallMap}`)
      const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)))
      await new Promise((resolve) => ws.on('open', resolve))
      ws.send(encodeSyncUpdate(new Uint8Array(100 * 1024)))
      expect(await closed).toBe(1009)
    } finally {
      await small.close()
    }
  })

  it('refuses an invalid map id in the URL', async () => {
    const { closed } = rawSocket('bad%20id')
    expect((await closed).code).toBe(4404)
  })

  it('a burst of garbage in one room does not disturb another room or the stored map', async () => {
    const quiet = await createMapOn(server.url)
    const noisy = await createMapOn(server.url)
    const a = client(quiet)
    const b = client(quiet)
    const keeper = client(noisy)
    await Promise.all([waitSynced(a), waitSynced(b), waitSynced(keeper)])
    keeper.doc.getMap('meta').set('title', 'must survive')
    await clientBarrier(keeper)
    await server.storage.log.flush()
    const storedBefore = (await server.storage.log.load(noisy)).parts

    const sockets = Array.from({ length: 20 }, () => rawSocket(noisy))
    await Promise.all(sockets.map((s) => s.opened))
    sockets.forEach((s, i) => {
      const junk = new Uint8Array(16 + i * 7).map((_, j) => (j * 31 + i * 17) % 256)
      s.ws.send(junk)
    })
    a.doc.getMap('meta').set('title', 'still syncing')
    const codes = await Promise.all(sockets.map((s) => s.closed.then((c) => c.code)))
    expect(codes.every((code) => code === 4400)).toBe(true)
    await waitFor(
      () => b.doc.getMap('meta').get('title') === 'still syncing',
      'the quiet room to sync',
    )
    expect(keeper.provider.wsconnected).toBe(true)
    await server.storage.log.flush()
    expect((await server.storage.log.load(noisy)).parts).toEqual(storedBefore)
    const health = await fetch(`${server.url}healthz`)
    expect(health.status).toBe(200)
  })
})
