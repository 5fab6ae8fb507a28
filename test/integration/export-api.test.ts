// GET /api/maps/<id>.json against the real server: stored maps, maps open in a room (live edits
// that are not yet stored), file names, errors, and tokens when auth is on.

import { CURRENT_SCHEMA_VERSION } from '../../src/domain/kinds/registry'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccess } from '../../server/auth/access'
import { handleExportApi } from '../../server/http/export-api'
import { sendError } from '../../server/http/respond'
import { fromY, commitMap } from '../../src/collab/codec'
import { createTouchpoint } from '../../src/domain/defaults'
import { parseMapFile } from '../../src/domain/format'
import { addTouchpoint } from '../../src/domain/operations'
import type { JourneyMap } from '../../src/domain/types'
import { connectClient, waitFor, waitSynced, type TestClient } from '../support/clients'
import { expectSameData } from '../support/equal'
import { startTestServer, type TestServer } from '../support/server'

/**
 * The export handler in front of a test server. Once server/app.ts routes `.json` exports to
 * handleExportApi the test server answers them itself and is used directly (an unknown id is then
 * a 404, where the map API without the handler answers 400 for the ".json" id).
 */
async function exportBase(
  server: TestServer,
  auth: boolean,
): Promise<{ url: string; close(): Promise<void> }> {
  const probe = await fetch(`${server.url}api/maps/unknown-map-id.json`)
  if (probe.status === 404) return { url: server.url, close: async () => {} }
  const { catalogue, tokens, log } = server.storage
  const access = createAccess(catalogue, tokens, auth)
  const ctx = { catalogue, tokens, log, rooms: server.rooms, access }
  const side = http.createServer((req, res) => {
    handleExportApi(ctx, req, res)
      .then((handled) => handled || sendError(res, 404, 'not an export'))
      .catch(() => sendError(res, 500, 'internal error'))
  })
  await new Promise<void>((resolve) => side.listen(0, '127.0.0.1', resolve))
  const { port } = side.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => side.close(() => resolve())),
  }
}

interface Created {
  id: string
  editToken?: string
  viewToken?: string
}

async function createMap(server: TestServer, body: object): Promise<Created> {
  const res = await fetch(`${server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBe(201)
  return (await res.json()) as Created
}

function loaded(text: string): JourneyMap {
  const result = parseMapFile(text)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  expect(result.repairs).toEqual([])
  return result.map
}

describe('GET /api/maps/<id>.json (open mode)', () => {
  let server: TestServer
  let base: { url: string; close(): Promise<void> }
  const clients: TestClient[] = []

  beforeAll(async () => {
    server = await startTestServer({ auth: false })
    base = await exportBase(server, false)
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await base?.close()
    await server?.close()
  })

  it('returns a stored map in the JSON format, as a download named after the map', async () => {
    const { id } = await createMap(server, { title: 'Customer Onboarding', template: 'classic-5' })
    const res = await fetch(`${base.url}api/maps/${id}.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="customer-onboarding.trailmap.json"; filename*=UTF-8''customer-onboarding.trailmap.json`,
    )
    const text = await res.text()
    expect(JSON.parse(text)).toMatchObject({
      type: 'trailmap/journey-map',
      version: CURRENT_SCHEMA_VERSION,
    })
    const map = loaded(text)
    expect(map.meta.title).toBe('Customer Onboarding')
    expect(Object.keys(map.touchpoints).length).toBeGreaterThan(5)

    // What an editor sees after connecting is exactly what the export said.
    const client = connectClient(server.wsUrl, id)
    clients.push(client)
    await waitSynced(client)
    expectSameData(fromY(client.doc), map)
  })

  it('includes live edits of an open map before they are stored', async () => {
    const { id } = await createMap(server, { title: 'Live' })
    const client = connectClient(server.wsUrl, id)
    clients.push(client)
    await waitSynced(client)
    const card = createTouchpoint({ id: 'just-added', title: 'Typed a second ago' })
    const before = fromY(client.doc)
    commitMap(client.doc, before, addTouchpoint(before, card))
    const room = await server.rooms.peek(id)
    expect(room).not.toBeNull()
    await waitFor(
      () => room !== null && Object.hasOwn(fromY(room.doc).touchpoints, 'just-added'),
      'the edit to reach the room',
    )
    const res = await fetch(`${base.url}api/maps/${id}.json`)
    const map = loaded(await res.text())
    expect(map.touchpoints['just-added']?.title).toBe('Typed a second ago')
    expectSameData(map, fromY(client.doc))
  })

  it('keeps titles in other scripts in filename* and gives plain clients an ASCII name', async () => {
    const { id } = await createMap(server, { title: 'Überblick 顧客' })
    const res = await fetch(`${base.url}api/maps/${id}.json`)
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="journey-map.trailmap.json"; filename*=UTF-8''${encodeURIComponent('uberblick-顧客.trailmap.json')}`,
    )
  })

  it('answers HEAD without a body', async () => {
    const { id } = await createMap(server, { title: 'Head' })
    const res = await fetch(`${base.url}api/maps/${id}.json`, { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(50)
    expect(await res.text()).toBe('')
  })

  it('refuses unknown and invalid ids and other methods', async () => {
    const unknown = await fetch(`${base.url}api/maps/no-such-map.json`)
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ error: 'unknown map "no-such-map"' })
    expect((await fetch(`${base.url}api/maps/bad%20id.json`)).status).toBe(400)
    expect((await fetch(`${base.url}api/maps/%E0%A4%A.json`)).status).toBe(400)
    const { id } = await createMap(server, { title: 'Post' })
    const post = await fetch(`${base.url}api/maps/${id}.json`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('reads a map whose stored state has never been opened without opening a room', async () => {
    const { id } = await createMap(server, { title: 'Closed', template: 'six-phase' })
    await fetch(`${base.url}api/maps/${id}.json`)
    expect(await server.rooms.peek(id)).toBeNull()
  })
})

describe('GET /api/maps/<id>.json (auth on)', () => {
  let server: TestServer
  let base: { url: string; close(): Promise<void> }

  beforeAll(async () => {
    server = await startTestServer({ auth: true })
    base = await exportBase(server, true)
  })
  afterAll(async () => {
    await base?.close()
    await server?.close()
  })

  it('needs the view or the edit token, like every read', async () => {
    const created = await createMap(server, { title: 'Secret journey', template: 'classic-5' })
    expect(created.viewToken).toBeTruthy()
    const path = `${base.url}api/maps/${created.id}.json`
    expect((await fetch(path)).status).toBe(401)
    expect((await fetch(`${path}?token=${'x'.repeat(32)}`)).status).toBe(401)
    const viewed = await fetch(`${path}?token=${created.viewToken}`)
    expect(viewed.status).toBe(200)
    expect(loaded(await viewed.text()).meta.title).toBe('Secret journey')
    const edited = await fetch(path, { headers: { authorization: `Bearer ${created.editToken}` } })
    expect(edited.status).toBe(200)
  })

  it('does not tell a caller without a token whether a map exists', async () => {
    expect((await fetch(`${base.url}api/maps/no-such-map.json`)).status).toBe(401)
  })
})
