// The map API against the real server: templates are seeded server-side before the reply, real
// y-websocket clients find the content (and never duplicate it), copies and renames reach open
// editors, and every bad request gets a precise error.

import { CURRENT_SCHEMA_VERSION } from '../../src/domain/kinds/registry'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fromY, commitMap } from '../../src/collab/codec'
import { createNote } from '../../src/domain/defaults'
import { addNote } from '../../src/domain/operations'
import { TEMPLATES, templateById } from '../../src/domain/templates'
import {
  clientBarrier,
  connectClient,
  type TestClient,
  waitFor,
  waitSynced,
} from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'

interface MapRecord {
  id: string
  title: string
  createdAt: number
  updatedAt: number
}

let server: TestServer
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startTestServer({ flushIntervalMs: 10 })
})
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy()
})
afterAll(async () => {
  await server?.close()
})

async function call(method: string, path: string, body?: unknown, raw?: string) {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } }
  if (raw !== undefined) init.body = raw
  else if (body !== undefined) init.body = JSON.stringify(body)
  const res = await fetch(`${server.url}${path.replace(/^\//, '')}`, init)
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    json: text ? (JSON.parse(text) as unknown) : null,
  }
}

async function create(body: unknown): Promise<MapRecord> {
  const res = await call('POST', '/api/maps', body)
  expect(res.status).toBe(201)
  return res.json as MapRecord
}

async function synced(mapId: string): Promise<TestClient> {
  const client = connectClient(server.wsUrl, mapId)
  clients.push(client)
  await waitSynced(client)
  return client
}

const counts = (client: TestClient) => {
  const map = fromY(client.doc)
  return {
    phases: map.phases.length,
    touchpoints: Object.keys(map.touchpoints).length,
    edges: Object.keys(map.edges).length,
  }
}

describe('POST /api/maps with a template', () => {
  it.each(TEMPLATES.map((t) => [t.id] as const))('seeds %s before answering', async (id) => {
    const template = templateById(id)
    const expected = template?.build()
    if (!template || !expected) throw new Error(`no template ${id}`)
    const record = await create({ template: id })
    expect(record.title).toBe(expected.meta.title)

    const first = await synced(record.id)
    const map = fromY(first.doc)
    expect(map.meta.title).toBe(expected.meta.title)
    expect(map.phases.map((p) => p.name)).toEqual(template.phaseNames)
    expect(
      Object.values(map.touchpoints)
        .map((t) => t.title)
        .sort(),
    ).toEqual(
      Object.values(expected.touchpoints)
        .map((t) => t.title)
        .sort(),
    )
    expect(Object.keys(map.edges)).toHaveLength(Object.keys(expected.edges).length)

    // A second person joining gets the same content, not a second copy of the template.
    const second = await synced(record.id)
    await clientBarrier(second)
    await clientBarrier(first)
    expect(counts(second)).toEqual(counts(first))
    expect(counts(first).touchpoints).toBe(Object.keys(expected.touchpoints).length)
  })

  it('uses the given title, trimmed', async () => {
    const record = await create({ title: '  Onboarding 2025 ', template: 'six-phase' })
    expect(record.title).toBe('Onboarding 2025')
    const client = await synced(record.id)
    expect(fromY(client.doc).meta.title).toBe('Onboarding 2025')
    expect(counts(client).phases).toBe(6)
  })

  it('without a template creates an empty map that knows its title', async () => {
    const record = await create({ title: 'Plain' })
    const client = await synced(record.id)
    // Only its title, and the format version every new doc carries.
    expect(client.doc.getMap('meta').toJSON()).toEqual({
      title: 'Plain',
      schemaVersion: CURRENT_SCHEMA_VERSION,
    })
    expect(counts(client)).toEqual({ phases: 0, touchpoints: 0, edges: 0 })
    expect((await create({})).title).toBe('Untitled journey')
  })
})

describe('POST /api/maps/:id/duplicate', () => {
  it('copies the live content of an open map, titled "Copy of …"', async () => {
    const source = await create({ template: 'patient-journey', title: 'Knee' })
    const editor = await synced(source.id)
    const before = fromY(editor.doc)
    commitMap(editor.doc, before, addNote(before, createNote({ text: 'live edit' })))
    await clientBarrier(editor)

    const res = await call('POST', `/api/maps/${source.id}/duplicate`)
    expect(res.status).toBe(201)
    const copy = res.json as MapRecord
    expect(copy).toMatchObject({ title: 'Copy of Knee' })
    expect(copy.id).not.toBe(source.id)

    const reader = await synced(copy.id)
    const copied = fromY(reader.doc)
    expect(copied.meta.title).toBe('Copy of Knee')
    expect(Object.values(copied.notes).map((n) => n.text)).toEqual(['live edit'])
    expect(counts(reader)).toEqual(counts(editor))
    // The source keeps its own title.
    expect(fromY(editor.doc).meta.title).toBe('Knee')
  })

  it('copies a closed map from storage under a given title', async () => {
    const source = await create({ template: 'classic-5' })
    const res = await call('POST', `/api/maps/${source.id}/duplicate`, { title: 'Variant B' })
    expect(res.status).toBe(201)
    const reader = await synced((res.json as MapRecord).id)
    expect(fromY(reader.doc).meta.title).toBe('Variant B')
    expect(counts(reader).phases).toBe(5)
    const list = (await call('GET', '/api/maps')).json as { maps: MapRecord[] }
    expect(list.maps.map((m) => m.title)).toContain('Variant B')
  })
})

describe('PATCH /api/maps/:id', () => {
  it('renames live for connected editors and in the list', async () => {
    const record = await create({ template: 'classic-5' })
    const editor = await synced(record.id)
    const res = await call('PATCH', `/api/maps/${record.id}`, { title: 'Renamed live' })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ id: record.id, title: 'Renamed live' })
    await waitFor(
      () => editor.doc.getMap('meta').get('title') === 'Renamed live',
      'the rename to reach the editor',
    )
    const list = (await call('GET', '/api/maps')).json as { maps: MapRecord[] }
    expect(list.maps.find((m) => m.id === record.id)?.title).toBe('Renamed live')
    expect(counts(editor).phases).toBe(5)
  })

  it('renames a closed map in its stored document', async () => {
    const record = await create({ template: 'blank' })
    const res = await call('PATCH', `/api/maps/${record.id}`, { title: 'Renamed offline' })
    expect(res.status).toBe(200)
    await waitFor(() => server.rooms.size === 0, 'the room to unload')
    const reader = await synced(record.id)
    expect(reader.doc.getMap('meta').get('title')).toBe('Renamed offline')
    expect(((await call('GET', `/api/maps/${record.id}`)).json as MapRecord).title).toBe(
      'Renamed offline',
    )
  })
})

describe('errors', () => {
  const expectError = (res: { status: number; json: unknown }, status: number, text: RegExp) => {
    expect(res.status).toBe(status)
    expect((res.json as { error: string }).error).toMatch(text)
  }

  it('refuses an unknown template and lists the valid ones', async () => {
    const res = await call('POST', '/api/maps', { template: 'nope' })
    expectError(res, 400, /unknown template "nope".*blank, classic-5, six-phase/)
    expectError(await call('POST', '/api/maps', { template: 5 }), 400, /unknown template/)
  })

  it('refuses bad titles', async () => {
    expectError(await call('POST', '/api/maps', { title: 42 }), 400, /title must be a string/)
    expectError(await call('POST', '/api/maps', { title: 'x'.repeat(201) }), 400, /at most 200/)
    expectError(await call('POST', '/api/maps', { title: 'a\nb' }), 400, /line breaks/)
    const { id } = await create({})
    expectError(await call('PATCH', `/api/maps/${id}`, {}), 400, /title is required/)
    expectError(await call('PATCH', `/api/maps/${id}`, { title: '  ' }), 400, /must not be empty/)
    expectError(await call('PATCH', `/api/maps/${id}`, { title: [] }), 400, /must be a string/)
  })

  it('refuses bodies that are not a JSON object, and oversized ones', async () => {
    expectError(await call('POST', '/api/maps', undefined, '{oops'), 400, /not JSON/)
    expectError(await call('POST', '/api/maps', [1]), 400, /must be a JSON object/)
    const huge = JSON.stringify({ title: 'x', pad: 'y'.repeat(100_000) })
    expectError(await call('POST', '/api/maps', undefined, huge), 413, /larger than/)
  })

  it('answers 404 for unknown maps and 400 for invalid ids', async () => {
    expectError(await call('GET', '/api/maps/missing'), 404, /unknown map "missing"/)
    expectError(await call('PATCH', '/api/maps/missing', { title: 'x' }), 404, /unknown map/)
    expectError(await call('POST', '/api/maps/missing/duplicate'), 404, /unknown map/)
    expectError(await call('DELETE', '/api/maps/missing'), 404, /unknown map/)
    expectError(await call('GET', '/api/maps/bad%20id'), 400, /not a valid map id/)
    expectError(await call('GET', '/api/maps/x/y'), 404, /no API/)
  })

  it('answers 405 with an Allow header for wrong methods', async () => {
    const put = await call('PUT', '/api/maps')
    expectError(put, 405, /PUT is not allowed/)
    expect(put.headers.get('allow')).toBe('GET, POST')
    const { id } = await create({})
    const dup = await call('GET', `/api/maps/${id}/duplicate`)
    expectError(dup, 405, /GET is not allowed/)
    expect(dup.headers.get('allow')).toBe('POST')
    expect((await call('POST', `/api/maps/${id}`)).headers.get('allow')).toBe('GET, PATCH, DELETE')
  })
})
