// Capability tokens end to end, with auth on: maps are created with an edit and a view token,
// stored only as digests; sockets and API calls without a valid token are refused (4401 / 401);
// a view connection reads live and shows presence but never changes the map, and is told so once.

import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '../../server/sync/messages'
import { READ_ONLY_NOTICE } from '../../server/sync/room'
import { clientBarrier, closedCode, type TestClient, waitFor, waitSynced } from '../support/clients'
import { storedRows, testBackend } from '../support/backend'
import { startTestServer, type TestServer } from '../support/server'
import {
  connectWithToken,
  createMapWithTokens,
  kindOf,
  permissionDeniedReason,
  rawSocket,
  type CreatedMap,
  rawBarrier,
} from '../support/sockets'

let server: TestServer
const clients: TestClient[] = []

function client(mapId: string, token?: string) {
  const c = connectWithToken(server.wsUrl, mapId, token === undefined ? {} : { token })
  clients.push(c)
  return c
}

async function call(method: string, path: string, init: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  const res = await fetch(`${server.url}${path.replace(/^\//, '')}`, {
    method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : {}) as Json }
}

interface Json {
  error?: string
  viewToken?: string
  maps?: { id: string; role?: string }[]
}

beforeAll(async () => {
  server = await startTestServer({ auth: true, flushIntervalMs: 10 })
})
afterEach(() => {
  for (const c of clients.splice(0)) c.destroy()
})
afterAll(async () => {
  await server.close()
})

describe('tokens', () => {
  it('POST /api/maps returns the record with an edit and a view token', async () => {
    const map = await createMapWithTokens(server.url, {
      title: 'Secret plan',
      template: 'classic-5',
    })
    expect(map).toMatchObject({ title: 'Secret plan' })
    expect(typeof map.id).toBe('string')
    expect(typeof (map as unknown as { createdAt: number }).createdAt).toBe('number')
    // 32 base64url characters = 192 random bits.
    expect(map.editToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(map.viewToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(map.editToken).not.toBe(map.viewToken)
    const other = await createMapWithTokens(server.url)
    expect(other.editToken).not.toBe(map.editToken)
  })

  it('stores only SHA-256 digests of the tokens', async () => {
    const map = await createMapWithTokens(server.url)
    await server.storage.log.flush()
    const rows = await storedRows<{ digest: Buffer; role: string }>(
      server.dbPath,
      'SELECT digest, role FROM map_tokens WHERE map_id = ?',
      [map.id],
    )
    expect(rows.map((r) => r.role).sort()).toEqual(['comment', 'edit', 'view'])
    for (const row of rows) expect(row.digest.length).toBe(32)
    for (const token of [map.editToken, map.viewToken, map.commentToken]) {
      if (testBackend === 'sqlite') {
        const file = (await import('node:fs')).readFileSync(server.dbPath)
        expect(file.includes(Buffer.from(token))).toBe(false)
      } else {
        // Every row of every table as text (bytea as hex): neither the token nor its bytes.
        const [found] = await storedRows<{ n: string }>(
          server.dbPath,
          `SELECT count(*) AS n FROM (
             SELECT t::text AS v FROM map_tokens t UNION ALL SELECT m::text FROM maps m
             UNION ALL SELECT s::text FROM snapshots s UNION ALL SELECT u::text FROM updates u
           ) x WHERE position(? in v) > 0 OR position(? in v) > 0`,
          [token, Buffer.from(token).toString('hex')],
        )
        expect(Number(found?.n)).toBe(0)
      }
    }
  })

  it('a duplicate gets tokens of its own; only the edit token may duplicate', async () => {
    const source = await createMapWithTokens(server.url, { template: 'classic-5' })
    const viewed = await call('POST', `/api/maps/${source.id}/duplicate`, {
      token: source.viewToken,
    })
    // A copy comes with its own edit token: a view link must not become an edit link.
    expect(viewed.status).toBe(403)
    const res = await call('POST', `/api/maps/${source.id}/duplicate`, { token: source.editToken })
    expect(res.status).toBe(201)
    const copy = res.json as CreatedMap
    expect(copy.editToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(copy.editToken).not.toBe(source.editToken)
    const editor = client(copy.id, copy.editToken)
    await waitSynced(editor)
    expect(editor.doc.getMap('meta').get('title')).toMatch(/^Copy of/)
  })
})

describe('sync sockets with auth on', () => {
  it('refuses a socket without a token, or with a wrong one, with 4401 (no retries)', async () => {
    const map = await createMapWithTokens(server.url)
    const other = await createMapWithTokens(server.url)
    expect(await closedCode(client(map.id))).toBe(4401)
    expect(await closedCode(client(map.id, 'x'.repeat(32)))).toBe(4401)
    expect(await closedCode(client(map.id, other.editToken))).toBe(4401)
    // An unknown map looks the same as a wrong token: ids cannot be probed.
    expect(await closedCode(client('no-such-map', map.editToken))).toBe(4401)
    const raw = rawSocket(server.wsUrl, map.id, 'not-a-token')
    expect((await raw.closed).code).toBe(4401)
  })

  it('an edit token syncs and edits', async () => {
    const map = await createMapWithTokens(server.url)
    const a = client(map.id, map.editToken)
    const b = client(map.id, map.editToken)
    await Promise.all([waitSynced(a), waitSynced(b)])
    a.doc.getMap('meta').set('title', 'edited with the edit link')
    await waitFor(() => b.doc.getMap('meta').get('title') === 'edited with the edit link', 'edit')
  })

  it('a view connection receives live updates and presence but never changes the map', async () => {
    const map = await createMapWithTokens(server.url, { title: 'Read me' })
    const editor = client(map.id, map.editToken)
    const viewer = client(map.id, map.viewToken)
    const denied: string[] = []
    const warn = vi.spyOn(console, 'warn').mockImplementation((message: unknown) => {
      denied.push(String(message))
    })
    try {
      await Promise.all([waitSynced(editor), waitSynced(viewer)])
      expect(viewer.doc.getMap('meta').get('title')).toBe('Read me')

      // Live updates and awareness reach the viewer, and the viewer's presence reaches the editor.
      editor.doc.getMap('meta').set('title', 'Live title')
      editor.provider.awareness.setLocalStateField('user', { name: 'Ed' })
      viewer.provider.awareness.setLocalStateField('user', { name: 'Vi' })
      await waitFor(() => viewer.doc.getMap('meta').get('title') === 'Live title', 'live update')
      await waitFor(
        () => viewer.provider.awareness.getStates().get(editor.doc.clientID)?.user?.name === 'Ed',
        "the editor's presence on the viewer",
      )
      await waitFor(
        () => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.user?.name === 'Vi',
        "the viewer's presence on the editor",
      )

      // The viewer's edits go nowhere: not to the editor, not to the store.
      await server.storage.log.flush()
      const storedBefore = (await server.storage.log.load(map.id)).parts
      viewer.doc.getMap('meta').set('title', 'Vandalised')
      viewer.doc.getMap('notes').set('n1', new Y.Map([['text', 'graffiti']]))
      // The server has handled the viewer's edits, and the editor has everything sent before.
      await clientBarrier(viewer)
      await clientBarrier(editor)
      expect(editor.doc.getMap('meta').get('title')).toBe('Live title')
      expect(editor.doc.getMap('notes').size).toBe(0)
      await server.storage.log.flush()
      expect((await server.storage.log.load(map.id)).parts).toEqual(storedBefore)

      // Told once, and still connected and receiving.
      expect(denied.filter((m) => m.includes(READ_ONLY_NOTICE))).toHaveLength(1)
      editor.doc.getMap('meta').set('description', 'still live')
      await waitFor(
        () => viewer.doc.getMap('meta').get('description') === 'still live',
        'updates after the refusal',
      )
      expect(viewer.provider.wsconnected).toBe(true)
    } finally {
      warn.mockRestore()
    }
  })

  it('a view reconnect that repeats known state is not told anything', async () => {
    const map = await createMapWithTokens(server.url, { template: 'classic-5' })
    const editor = client(map.id, map.editToken)
    await waitSynced(editor)
    // Deletions make the client's SyncStep2 carry a delete set the room already has.
    const touchpoints = editor.doc.getMap('touchpoints')
    for (const key of [...touchpoints.keys()].slice(0, 3)) touchpoints.delete(key)
    await clientBarrier(editor)

    const viewerDoc = new Y.Doc()
    Y.applyUpdate(viewerDoc, Y.encodeStateAsUpdate(editor.doc))
    const raw = rawSocket(server.wsUrl, map.id, map.viewToken)
    await raw.opened
    raw.ws.send(encodeSyncStep1(Y.encodeStateVector(viewerDoc)))
    await waitFor(() => raw.frames.some((f) => kindOf(f) === 'sync-step1'), 'the server step 1')
    // The first thing the server says is the socket's role, before its state.
    expect(raw.frames.map(kindOf).slice(0, 2)).toEqual(['role', 'sync-step1'])
    // What the y-websocket client answers to the server's SyncStep1: everything (empty diff +
    // the whole delete set).
    const step2 = Y.encodeStateAsUpdate(viewerDoc, Y.encodeStateVector(editor.doc))
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0)
    raw.ws.send(encodeSyncStep2(step2))
    await rawBarrier(raw)
    expect(raw.frames.filter((f) => kindOf(f) === 'auth')).toHaveLength(0)

    // A real change is refused once, however often it is tried; the socket stays open.
    for (let i = 0; i < 3; i++) {
      viewerDoc.getMap('meta').set('title', `attempt ${i}`)
      raw.ws.send(
        encodeSyncUpdate(Y.encodeStateAsUpdate(viewerDoc, Y.encodeStateVector(editor.doc))),
      )
    }
    await waitFor(() => raw.frames.some((f) => kindOf(f) === 'auth'), 'the notice')
    await rawBarrier(raw)
    const notices = raw.frames.filter((f) => kindOf(f) === 'auth')
    expect(notices).toHaveLength(1)
    expect(permissionDeniedReason(notices[0]!)).toBe(READ_ONLY_NOTICE)
    expect(raw.isClosed()).toBe(false)
    expect(editor.doc.getMap('meta').get('title')).not.toMatch(/attempt/)
    raw.ws.close()
  })
})

describe('API with auth on', () => {
  it('needs a token to read a map, and the edit token to change it', async () => {
    const map = await createMapWithTokens(server.url, { title: 'Guarded' })
    const anonymous = await call('GET', `/api/maps/${map.id}`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect((await call('GET', `/api/maps/${map.id}`, { token: 'y'.repeat(32) })).status).toBe(401)
    expect((await call('GET', '/api/maps/unknown-map', { token: map.editToken })).status).toBe(401)

    const asViewer = await call('GET', `/api/maps/${map.id}`, { token: map.viewToken })
    expect(asViewer.status).toBe(200)
    expect(asViewer.json).toMatchObject({ id: map.id, title: 'Guarded', role: 'view' })
    expect(asViewer.json.viewToken).toBeUndefined()

    // The edit token also yields the view token, so any editor can share the view link.
    const asEditor = await call('GET', `/api/maps/${map.id}`, { token: map.editToken })
    expect(asEditor.json).toMatchObject({ role: 'edit', viewToken: map.viewToken })
    const viaQuery = await fetch(`${server.url}api/maps/${map.id}?token=${map.viewToken}`)
    expect(viaQuery.status).toBe(200)

    const rename = { title: 'Renamed' }
    expect((await call('PATCH', `/api/maps/${map.id}`, { body: rename })).status).toBe(401)
    const forbidden = await call('PATCH', `/api/maps/${map.id}`, {
      token: map.viewToken,
      body: rename,
    })
    expect(forbidden.status).toBe(403)
    expect(forbidden.json.error).toMatch(/view/)
    expect((await call('DELETE', `/api/maps/${map.id}`, { token: map.viewToken })).status).toBe(403)
    const renamed = await call('PATCH', `/api/maps/${map.id}`, {
      token: map.editToken,
      body: rename,
    })
    expect(renamed.status).toBe(200)
    expect((await call('DELETE', `/api/maps/${map.id}`, { token: map.editToken })).status).toBe(204)
    expect((await call('GET', `/api/maps/${map.id}`, { token: map.editToken })).status).toBe(401)
  })

  it('lists nothing without tokens, and exactly the maps the given tokens open', async () => {
    const a = await createMapWithTokens(server.url, { title: 'List A' })
    const b = await createMapWithTokens(server.url, { title: 'List B' })
    await createMapWithTokens(server.url, { title: 'List C' })
    expect((await call('GET', '/api/maps')).json).toEqual({ maps: [] })
    const res = await fetch(
      `${server.url}api/maps?token=${a.editToken}&token=${b.viewToken}&token=${'z'.repeat(32)}`,
    )
    const { maps } = (await res.json()) as { maps: { id: string; role: string }[] }
    expect(maps.map((m) => [m.id, m.role]).sort()).toEqual(
      [
        [a.id, 'edit'],
        [b.id, 'view'],
      ].sort(),
    )
    const one = await call('GET', '/api/maps', { token: b.editToken })
    expect(one.json.maps?.map((m) => m.id)).toEqual([b.id])
  })

  it('/healthz says that auth is on', async () => {
    const health = (await (await fetch(`${server.url}healthz`)).json()) as { auth: string }
    expect(health.auth).toBe('on')
  })

  it('creating a map needs no token', async () => {
    expect((await call('POST', '/api/maps', { body: {} })).status).toBe(201)
  })
})

describe('secrecy', () => {
  it('never writes a token to the log', async () => {
    // The y-websocket client itself prints its URL (token included) with the notice: silence it.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    onTestFinished(() => warn.mockRestore())
    const map = await createMapWithTokens(server.url)
    const editor = client(map.id, map.editToken)
    const viewer = client(map.id, map.viewToken)
    await Promise.all([waitSynced(editor), waitSynced(viewer)])
    viewer.doc.getMap('meta').set('title', 'refused')
    // One character off (never the same one: a token ending in "A" would stay valid).
    const wrong = `${map.editToken.slice(0, 31)}${map.editToken.endsWith('A') ? 'B' : 'A'}`
    expect(await closedCode(client(map.id, wrong))).toBe(4401)
    await call('GET', `/api/maps/${map.id}?token=${map.viewToken}`)
    await fetch(`${server.url}api/maps/${map.id}/nope?token=${map.editToken}`)
    await clientBarrier(viewer)
    // Request lines are written when the response finishes.
    await waitFor(
      () => server.logs.some((l) => l.msg === 'request' && String(l.path).endsWith('/nope')),
      'the request line',
    )
    const logText = JSON.stringify(server.logs)
    expect(server.logs.some((l) => l.msg === 'request')).toBe(true)
    expect(logText).not.toContain(map.editToken)
    expect(logText).not.toContain(map.viewToken)
    expect(logText).not.toContain(map.editToken.slice(0, 31))
    expect(logText).not.toContain('token=')
  })
})
