// Versions through the real server, real y-websocket clients and a real store (SQLite here,
// PostgreSQL in the integration-pg project): named versions saved and read back in the JSON
// format, restore forward reaching every connected client without a reconnect (and converging
// with an edit made during it), automatic versions on the last leave and while editing,
// retention of automatic versions only, forks, and what bad requests get.

import { afterEach, describe, expect, it } from 'vitest'
import { commitMap, fromY } from '../../src/collab/codec'
import { parseMapFile } from '../../src/domain/format'
import { updateTouchpoint } from '../../src/domain/operations'
import type { JourneyMap } from '../../src/domain/types'
import type { ChangeEntry } from '../../src/domain/versions/change-list'
import { diffMaps, diffSize } from '../../src/domain/versions/diff'
import type { VersionInfo } from '../../src/domain/versions/version'
import { AUTO_LABELS } from '../../server/versions/auto-versions'
import { connectClient, waitFor, waitSynced, waitUntil, type TestClient } from '../support/clients'
import { startTestServer, tempDbPath, type TestServer } from '../support/server'
import { connectWithToken, createMapWithTokens } from '../support/sockets'

const servers: TestServer[] = []
const clients: TestClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.close()
})

async function server(overrides: Parameters<typeof startTestServer>[0] = {}) {
  const s = await startTestServer({ flushIntervalMs: 10, ...overrides })
  servers.push(s)
  return s
}

function client(s: TestServer, mapId: string, token?: string) {
  const c = token ? connectWithToken(s.wsUrl, mapId, { token }) : connectClient(s.wsUrl, mapId)
  clients.push(c)
  return c
}

interface Reply<T> {
  status: number
  body: T & { error?: string }
}

async function call<T = Record<string, unknown>>(
  s: TestServer,
  method: string,
  path: string,
  init: { token?: string; body?: unknown; type?: string } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'content-type': init.type ?? 'application/json' }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  const res = await fetch(`${s.url}${path.replace(/^\//, '')}`, {
    method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as Reply<T>['body'] }
}

const saveVersion = (s: TestServer, id: string, label: string, token?: string) =>
  call<VersionInfo>(s, 'POST', `api/maps/${id}/versions`, {
    body: { label, author: 'Ada' },
    ...(token ? { token } : {}),
  })

const listVersions = async (s: TestServer, id: string) =>
  (await call<{ versions: VersionInfo[]; origin: unknown }>(s, 'GET', `api/maps/${id}/versions`))
    .body

async function versionMap(s: TestServer, id: string, versionId: number): Promise<JourneyMap> {
  const res = await fetch(`${s.url}api/maps/${id}/versions/${versionId}.json`)
  expect(res.status).toBe(200)
  const loaded = parseMapFile(await res.text())
  if (!loaded.ok) throw new Error('the version is not a valid map file')
  return loaded.map
}

async function currentMap(s: TestServer, id: string): Promise<JourneyMap> {
  const loaded = parseMapFile(await (await fetch(`${s.url}api/maps/${id}.json`)).text())
  if (!loaded.ok) throw new Error('the map is not a valid map file')
  return loaded.map
}

/** Retitles the first `n` cards through the client, as an editor would. */
function retitle(c: TestClient, n: number, prefix: string) {
  const before = fromY(c.doc)
  let after = before
  for (const card of Object.values(before.touchpoints).slice(0, n)) {
    after = updateTouchpoint(after, card.id, { title: `${prefix} ${card.title}` })
  }
  commitMap(c.doc, before, after)
}

const same = (a: JourneyMap, b: JourneyMap) => diffSize(diffMaps(a, b))
const NONE = { added: 0, removed: 0, changed: 0 }

/** Retitles a card through a new editor and waits until the server has stored the edit. */
async function storedEdit(s: TestServer, id: string, prefix: string) {
  const editor = client(s, id)
  await waitSynced(editor)
  retitle(editor, 1, prefix)
  const expected = fromY(editor.doc)
  await waitUntil(
    async () => same(await currentMap(s, id), expected).changed === 0,
    'the edit to be stored',
  )
  return { editor, expected }
}

/** Makes a store's `method` take `ms` longer (a slow disk); returns how often it was called. */
function slowDown<T extends object, K extends keyof T>(target: T, method: K, ms: number) {
  const original = target[method] as (...args: unknown[]) => Promise<unknown>
  let calls = 0
  const slowed = async (...args: unknown[]) => {
    calls++
    await new Promise((resolve) => setTimeout(resolve, ms))
    return original.apply(target, args)
  }
  target[method] = slowed as T[K]
  return () => calls
}

describe('named versions', () => {
  it('saves the live state, lists it newest first with counts, and serves it as a map file', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const editor = client(s, id)
    await waitSynced(editor)
    retitle(editor, 2, 'Before')
    await waitUntil(async () => {
      const map = await currentMap(s, id)
      return Object.values(map.touchpoints).some((card) => card.title.startsWith('Before'))
    }, 'the edit to reach the server')
    const first = await saveVersion(s, id, '  After workshop 1  ')
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ label: 'After workshop 1', kind: 'named', author: 'Ada' })
    const atFirst = fromY(editor.doc)
    expect(first.body.counts['touchpoints']).toBe(Object.keys(atFirst.touchpoints).length)
    expect(first.body.counts['phases']).toBe(5)

    retitle(editor, 3, 'Later')
    await waitUntil(async () => {
      const map = await currentMap(s, id)
      return Object.values(map.touchpoints).some((card) => card.title.startsWith('Later'))
    }, 'the second edit to reach the server')
    const second = await saveVersion(s, id, 'Delivered to client')
    const { versions } = await listVersions(s, id)
    expect(versions.map((v) => v.label)).toEqual(['Delivered to client', 'After workshop 1'])
    expect(second.body.id).toBeGreaterThan(first.body.id)
    // The first version is the state it was saved at, not the later one.
    expect(same(await versionMap(s, id, first.body.id), atFirst)).toEqual(NONE)
    expect(same(await versionMap(s, id, second.body.id), fromY(editor.doc))).toEqual(NONE)
    // What changed since the first version, computed on the server: the three retitled cards.
    const changes = await call<{ since: VersionInfo; changes: ChangeEntry[] }>(
      s,
      'GET',
      `api/maps/${id}/versions/${first.body.id}/changes`,
    )
    expect(changes.status).toBe(200)
    expect(changes.body.since).toEqual(first.body)
    expect(changes.body.changes.map((c) => [c.status, c.noun, c.fields])).toEqual([
      ['changed', 'touchpoint', ['title']],
      ['changed', 'touchpoint', ['title']],
      ['changed', 'touchpoint', ['title']],
    ])
    expect(changes.body.changes.every((c) => c.name.startsWith('Later'))).toBe(true)
  })

  it('refuses bad requests with precise messages and keeps serving', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url)
    expect((await saveVersion(s, id, '   ')).body.error).toBe('label must not be empty')
    expect((await saveVersion(s, id, 'x'.repeat(121))).status).toBe(400)
    expect((await saveVersion(s, id, 'a\u0007b')).body.error).toMatch(/control characters/)
    const noLabel = await call(s, 'POST', `api/maps/${id}/versions`, { body: {} })
    expect(noLabel).toMatchObject({ status: 400, body: { error: 'label must be a string' } })
    const text = await call(s, 'POST', `api/maps/${id}/versions`, {
      body: { label: 'x' },
      type: 'text/plain',
    })
    expect(text.status).toBe(415)
    expect((await call(s, 'GET', `api/maps/${id}/versions/abc.json`)).status).toBe(400)
    const unknown = await call(s, 'GET', `api/maps/${id}/versions/999999.json`)
    expect(unknown).toMatchObject({
      status: 404,
      body: { error: `map "${id}" has no version 999999` },
    })
    expect((await call(s, 'POST', `api/maps/${id}/versions/999999/restore`)).status).toBe(404)
    expect((await call(s, 'PUT', `api/maps/${id}/versions`)).status).toBe(405)
    expect((await call(s, 'GET', `api/maps/${id}/versions/1/restore`)).status).toBe(405)
    expect((await call(s, 'GET', 'api/maps/nosuchmap/versions')).status).toBe(404)
    expect((await call(s, 'GET', 'api/maps/bad%20id/versions')).status).toBe(400)
    // A version of another map is not this map's.
    const other = await createMapWithTokens(s.url)
    const saved = await saveVersion(s, other.id, 'Theirs')
    expect((await call(s, 'GET', `api/maps/${id}/versions/${saved.body.id}.json`)).status).toBe(404)
    expect((await listVersions(s, id)).versions).toEqual([])
  })

  it('needs the view token to read versions and the edit token to save, restore or fork', async () => {
    const s = await server({ auth: true })
    const map = await createMapWithTokens(s.url, { template: 'classic-5' })
    const path = `api/maps/${map.id}/versions`
    expect((await call(s, 'GET', path)).status).toBe(401)
    expect((await saveVersion(s, map.id, 'v', map.viewToken)).status).toBe(403)
    const saved = await saveVersion(s, map.id, 'v', map.editToken)
    expect(saved.status).toBe(201)
    expect((await call(s, 'GET', path, { token: map.viewToken })).status).toBe(200)
    const json = await call(s, 'GET', `${path}/${saved.body.id}.json`, { token: map.viewToken })
    expect(json.status).toBe(200)
    for (const action of ['restore', 'fork']) {
      const refused = await call(s, 'POST', `${path}/${saved.body.id}/${action}`, {
        token: map.viewToken,
      })
      expect(refused.status).toBe(403)
    }
  })
})

describe('who changed what', () => {
  it('names the person who last edited each record since the version, from their presence', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const ada = client(s, id)
    const anonymous = client(s, id)
    await Promise.all([waitSynced(ada), waitSynced(anonymous)])
    ada.provider.awareness.setLocalStateField('user', { name: 'Ada Lovelace', color: '#2563eb' })
    anonymous.provider.awareness.setLocalState(null)
    const saved = await saveVersion(s, id, 'Before the workshop')
    const [first, second] = Object.values(fromY(ada.doc).touchpoints)
    let before = fromY(ada.doc)
    commitMap(ada.doc, before, updateTouchpoint(before, first!.id, { title: 'By Ada' }))
    before = fromY(anonymous.doc)
    commitMap(anonymous.doc, before, updateTouchpoint(before, second!.id, { title: 'By nobody' }))
    type Changes = { changes: (ChangeEntry & { by?: string })[] }
    const changes = async () =>
      (await call<Changes>(s, 'GET', `api/maps/${id}/versions/${saved.body.id}/changes`)).body
        .changes
    await waitUntil(
      async () => (await changes()).some((c) => c.by === 'Ada Lovelace'),
      'the edit to be attributed',
    )
    const list = await changes()
    expect(list.find((c) => c.id === first!.id)).toMatchObject({
      name: 'By Ada',
      by: 'Ada Lovelace',
    })
    // A client without a name in its presence edits anonymously.
    expect(list.find((c) => c.id === second!.id)?.by).toBeUndefined()
  })
})

describe('restore', () => {
  it('brings every connected client to the version without a reconnect, and can be undone', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const a = client(s, id)
    const b = client(s, id)
    await Promise.all([waitSynced(a), waitSynced(b)])
    const saved = await saveVersion(s, id, 'Good state')
    const good = fromY(a.doc)
    retitle(a, 4, 'Broken')
    await waitFor(() => same(fromY(b.doc), fromY(a.doc)).changed === 0, 'b to see the edit')
    const broken = fromY(b.doc)
    const sockets = [a.provider.ws, b.provider.ws]

    const restored = await call<{ restored: VersionInfo; before: VersionInfo }>(
      s,
      'POST',
      `api/maps/${id}/versions/${saved.body.id}/restore`,
      { body: { author: 'Ada' } },
    )
    expect(restored.status).toBe(200)
    expect(restored.body.before).toMatchObject({ kind: 'before-restore', author: 'Ada' })
    expect(restored.body.before.label).toBe('Before restoring “Good state”')
    for (const c of [a, b]) {
      await waitFor(() => same(fromY(c.doc), good).changed === 0, 'the client to be restored')
      expect(same(fromY(c.doc), good)).toEqual(NONE)
    }
    // Nobody reconnected: the same sockets carried the restore.
    expect([a.provider.ws, b.provider.ws]).toEqual(sockets)
    expect(same(await currentMap(s, id), good)).toEqual(NONE)

    // Restoring the "before restore" version undoes the restore.
    await call(s, 'POST', `api/maps/${id}/versions/${restored.body.before.id}/restore`)
    await waitFor(() => same(fromY(a.doc), broken).changed === 0, 'the restore to be undone')
    expect(same(fromY(b.doc), broken)).toEqual(NONE)
  })

  it('converges with an edit another client makes during the restore', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const a = client(s, id)
    const b = client(s, id)
    await Promise.all([waitSynced(a), waitSynced(b)])
    const saved = await saveVersion(s, id, 'Base')
    retitle(a, 5, 'Old')
    const restoring = call(s, 'POST', `api/maps/${id}/versions/${saved.body.id}/restore`)
    // B edits a card while the restore is on its way.
    const card = Object.values(fromY(b.doc).touchpoints)[6]!
    const before = fromY(b.doc)
    commitMap(b.doc, before, updateTouchpoint(before, card.id, { title: 'Edited meanwhile' }))
    expect((await restoring).status).toBe(200)
    await waitUntil(async () => {
      const server = await currentMap(s, id)
      return (
        same(fromY(a.doc), fromY(b.doc)).changed === 0 &&
        same(fromY(a.doc), server).changed === 0 &&
        diffSize(diffMaps(fromY(a.doc), server)).added === 0
      )
    }, 'both clients and the server to agree')
    expect(same(fromY(a.doc), fromY(b.doc))).toEqual(NONE)
    // B's edit is either kept or restored over, the same everywhere; the restored cards are back.
    const restoredTitles = Object.values(fromY(a.doc).touchpoints).map((c) => c.title)
    expect(restoredTitles.some((title) => title.startsWith('Old '))).toBe(false)
  })
})

describe('automatic versions', () => {
  it('keeps one when the last person leaves after changes, none after a visit without changes', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const visitor = client(s, id)
    await waitSynced(visitor)
    visitor.destroy()
    await waitUntil(async () => s.rooms.size === 0, 'the room to unload')
    expect((await listVersions(s, id)).versions).toEqual([])

    const { editor, expected } = await storedEdit(s, id, 'Changed')
    editor.destroy()
    await waitUntil(async () => (await listVersions(s, id)).versions.length === 1, 'a version')
    const [auto] = (await listVersions(s, id)).versions
    expect(auto).toMatchObject({ kind: 'auto', label: AUTO_LABELS.left, author: null })
    expect(same(await versionMap(s, id, auto!.id), expected)).toEqual(NONE)
  })

  it('lets the next person in while the room the last person left is still being saved', async () => {
    // Someone reloads the page of a map only they had open: the room unloads (fold, automatic
    // version) while their new connection waits for it to load again. The automatic version
    // waited for that loading room (once the version thread had a copy of the map), which waited
    // for the unload: the map never opened again until the server restarted.
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const first = await storedEdit(s, id, 'First')
    first.editor.destroy()
    await waitUntil(async () => (await listVersions(s, id)).versions.length === 1, 'a version')

    // A slower disk: the unload's fold takes long enough for the next person to arrive during it.
    const folding = slowDown(s.storage.log, 'compact', 300)
    const { editor, expected } = await storedEdit(s, id, 'Second')
    editor.destroy()
    await waitUntil(async () => folding() > 0, 'the room to start unloading')
    const next = client(s, id)
    await waitSynced(next, 5_000)
    expect(same(fromY(next.doc), expected)).toEqual(NONE)
    await waitUntil(async () => (await listVersions(s, id)).versions.length === 2, 'a version')
  })

  it('opens the map again as soon as it is stored, without waiting for the automatic version', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const { editor, expected } = await storedEdit(s, id, 'Changed')
    // Keeping the version takes a while (a big map, a slow disk).
    const keeping = slowDown(s.storage.versions, 'add', 1_500)
    editor.destroy()
    await waitUntil(async () => keeping() > 0, 'the automatic version to be under way')
    const next = client(s, id)
    await waitSynced(next, 1_000)
    expect(same(fromY(next.doc), expected)).toEqual(NONE)
    expect((await listVersions(s, id)).versions).toEqual([])
    await waitUntil(async () => (await listVersions(s, id)).versions.length === 1, 'the version')
  })

  it('keeps one at most every interval while the map is being edited', async () => {
    const s = await server({ autoVersionEveryMs: 1_500 })
    const { id } = await createMapWithTokens(s.url, { template: 'classic-5' })
    const editor = client(s, id)
    await waitSynced(editor)
    retitle(editor, 1, 'Early')
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    retitle(editor, 1, 'Late')
    await waitUntil(
      async () =>
        (await listVersions(s, id)).versions.some((v) => v.label === AUTO_LABELS.periodic),
      'a periodic version',
    )
    // One edit after the interval keeps one version, not one per edit.
    retitle(editor, 1, 'Again')
    retitle(editor, 1, 'And again')
    const periodic = (await listVersions(s, id)).versions.filter(
      (v) => v.label === AUTO_LABELS.periodic,
    )
    expect(periodic).toHaveLength(1)
  })

  it('retention deletes only automatic versions older than the retention period', async () => {
    const dbPath = tempDbPath('retention')
    const first = await server({ dbPath })
    const { id } = await createMapWithTokens(first.url)
    const day = 86_400_000
    const old = Date.now() - 31 * day
    const add = (label: string, kind: 'named' | 'auto' | 'before-restore', createdAt: number) =>
      first.storage.versions.add(id, {
        label,
        kind,
        author: null,
        counts: {},
        state: new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        createdAt,
      })
    await add('old named', 'named', old)
    await add('old auto', 'auto', old)
    await add('old before restore', 'before-restore', old)
    await add('recent auto', 'auto', Date.now() - 29 * day)
    await first.close()
    servers.splice(servers.indexOf(first), 1)

    // A server sweeps when it starts (and hourly after).
    const second = await server({ dbPath, versionRetentionDays: 30 })
    await waitUntil(
      async () => (await listVersions(second, id)).versions.length === 2,
      'the expired versions to be deleted',
    )
    const labels = (await listVersions(second, id)).versions.map((v) => v.label)
    expect(labels.sort()).toEqual(['old named', 'recent auto'])
  })
})

describe('fork as to-be', () => {
  it('creates a linked map holding the version', async () => {
    const s = await server()
    const { id } = await createMapWithTokens(s.url, { template: 'six-phase' })
    const saved = await saveVersion(s, id, 'As-is')
    const fork = await call<{ id: string; editToken: string; title: string }>(
      s,
      'POST',
      `api/maps/${id}/versions/${saved.body.id}/fork`,
      { body: {} },
    )
    expect(fork.status).toBe(201)
    expect(fork.body.editToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const asIs = await versionMap(s, id, saved.body.id)
    expect(fork.body.title).toBe(`${asIs.meta.title} (to-be)`)
    const toBe = await currentMap(s, fork.body.id)
    const diff = diffMaps(asIs, toBe)
    expect(diff.meta?.fields).toEqual(['title'])
    expect(diff.kinds).toEqual({})
    expect((await listVersions(s, fork.body.id)).origin).toEqual({
      mapId: id,
      versionId: saved.body.id,
      label: 'As-is',
    })
  })
})
