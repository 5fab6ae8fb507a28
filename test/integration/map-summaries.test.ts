// The map list's summaries (counts and a layout thumbnail) through the real server: stored when a
// map is created or copied, recomputed after y-websocket clients edit it (once the edits settle,
// or when the room unloads), kept across a restart, computed lazily for maps stored before
// summaries existed (an old SQLite file is migrated), and never a reason for the list to fail.

import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { commitMap, fromY, toY } from '../../src/collab/codec'
import { createPhase, createTouchpoint } from '../../src/domain/defaults'
import { parseSummary, type MapSummary } from '../../src/domain/summary'
import { templateById } from '../../src/domain/templates'
import type { JourneyMap } from '../../src/domain/types'
import { SCHEMA_VERSION } from '../../server/persistence/sqlite'
import { connectClient, waitSynced, waitUntil, type TestClient } from '../support/clients'
import { startTestServer, tempDbPath, type TestServer } from '../support/server'

const servers: TestServer[] = []
const clients: TestClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.close()
})

interface Listed {
  id: string
  title: string
  updatedAt: number
  summary: MapSummary | null
}

async function list(server: TestServer, query = ''): Promise<Listed[]> {
  const res = await fetch(`${server.url}api/maps${query}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { maps: Listed[] }).maps
}

async function summaryOf(server: TestServer, id: string): Promise<MapSummary | null> {
  const found = (await list(server)).find((map) => map.id === id)
  if (!found) throw new Error(`map ${id} is not listed`)
  // What the server sends is what the page accepts.
  expect(parseSummary(found.summary)).toEqual(found.summary)
  return found.summary
}

async function create(server: TestServer, body: object): Promise<{ id: string; summary: unknown }> {
  const res = await fetch(`${server.url}api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; summary: unknown }
}

/** Adds a phase with one card holding three pain points, as an editor would. */
function addPhaseWithCard(client: TestClient) {
  const before = fromY(client.doc)
  const phase = createPhase({ id: 'extra-phase', name: 'Loyalty', color: '#123456' })
  const card = createTouchpoint({
    id: 'extra-card',
    title: 'Renewal',
    phaseId: phase.id,
    painPoints: ['price', 'forms', 'waiting'],
    position: { x: 24, y: 80 },
  })
  const after: JourneyMap = {
    ...before,
    phases: [...before.phases, phase],
    touchpoints: { ...before.touchpoints, [card.id]: card },
  }
  commitMap(client.doc, before, after)
}

const classic = templateById('classic-5')!.build()
const classicPainPoints = Object.values(classic.touchpoints).reduce(
  (sum, card) => sum + card.painPoints.length,
  0,
)

describe('map summaries', () => {
  it('are stored at creation, follow edits, and survive a restart', async () => {
    const dbPath = tempDbPath('summaries')
    const server = await startTestServer({ dbPath }, { summaryDelayMs: 50 })
    servers.push(server)
    const created = await create(server, { template: 'classic-5', title: 'Workshop' })
    expect(parseSummary(created.summary)?.counts['phases']).toBe(5)
    const listed = await summaryOf(server, created.id)
    expect(listed?.counts).toMatchObject({
      phases: 5,
      touchpoints: Object.keys(classic.touchpoints).length,
    })
    expect(listed?.thumbnail.phases).toHaveLength(5)
    const blank = await create(server, {})
    expect((await summaryOf(server, blank.id))?.counts).toMatchObject({ phases: 0, touchpoints: 0 })

    // A y-websocket client edits; after the edits settle the list has the new counts.
    const editor = connectClient(server.wsUrl, created.id)
    clients.push(editor)
    await waitSynced(editor)
    addPhaseWithCard(editor)
    const expected = {
      phases: 6,
      touchpoints: Object.keys(classic.touchpoints).length + 1,
      painPoints: classicPainPoints + 3,
    }
    await waitUntil(
      async () => {
        const counts = (await summaryOf(server, created.id))?.counts
        return counts?.['phases'] === 6 && counts['painPoints'] === expected.painPoints
      },
      'the summary to follow the edit',
      20_000,
    )
    const edited = await summaryOf(server, created.id)
    expect(edited?.counts).toMatchObject(expected)
    expect(edited?.thumbnail.phases.map((p) => p.colour)).toContain('#123456')

    // A copy has the content's summary at once.
    const copy = await fetch(`${server.url}api/maps/${created.id}/duplicate`, { method: 'POST' })
    const copied = (await copy.json()) as { id: string }
    expect((await summaryOf(server, copied.id))?.counts).toMatchObject(expected)

    editor.destroy()
    await server.close()
    servers.length = 0

    const again = await startTestServer({ dbPath })
    servers.push(again)
    expect((await summaryOf(again, created.id))?.counts).toMatchObject(expected)
  })

  it('is computed when the room unloads, without waiting for the delay', async () => {
    // A delay no test waits for: only the unload can store the summary.
    const server = await startTestServer({}, { summaryDelayMs: 3_600_000 })
    servers.push(server)
    const { id } = await create(server, { template: 'classic-5' })
    const editor = connectClient(server.wsUrl, id)
    clients.push(editor)
    await waitSynced(editor)
    addPhaseWithCard(editor)
    await waitUntil(
      async () => server.rooms.size === 1 && fromY(editor.doc).phases.length === 6,
      'the edit',
    )
    editor.destroy()
    await waitUntil(
      async () => (await summaryOf(server, id))?.counts['phases'] === 6,
      'the summary stored on unload',
      20_000,
    )
  })

  it('is listed with auth on for the maps the tokens open', async () => {
    const server = await startTestServer({ auth: true })
    servers.push(server)
    const created = (await create(server, { template: 'classic-5' })) as unknown as {
      id: string
      viewToken: string
    }
    const maps = await list(server, `?token=${encodeURIComponent(created.viewToken)}`)
    expect(maps.map((m) => m.summary?.counts['phases'])).toEqual([5])
  })
})

// The schema as it was before summaries (user_version 2).
const SCHEMA_2 = `
CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE snapshots (map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
  state BLOB NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, data BLOB NOT NULL);
CREATE INDEX updates_by_map ON updates(map_id, seq);
CREATE TABLE map_tokens (digest BLOB PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('edit', 'view')), created_at INTEGER NOT NULL);
CREATE INDEX map_tokens_by_map ON map_tokens(map_id);
`

function writeVersion2Db(file: string) {
  const doc = toY(templateById('classic-5')!.build())
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.exec(SCHEMA_2)
  db.pragma('user_version = 2')
  const insert = db.prepare('INSERT INTO maps VALUES (?, ?, ?, ?)')
  const snapshot = db.prepare('INSERT INTO snapshots VALUES (?, ?, ?)')
  insert.run('old-map', 'Old journey', 1, 3)
  snapshot.run('old-map', Y.encodeStateAsUpdate(doc), 1)
  // A map whose stored state does not decode: listed, without a summary.
  insert.run('broken-map', 'Broken journey', 1, 2)
  snapshot.run('broken-map', Buffer.from([0xff, 0xfe, 0x01, 0x02, 0x03]), 1)
  db.close()
  doc.destroy()
}

describe('summaries of maps stored before them', () => {
  it('migrates the file, summarises old maps when listed, and lists damaged ones without one', async () => {
    const dbPath = tempDbPath('summary-migration')
    writeVersion2Db(dbPath)
    const server = await startTestServer({ dbPath })
    servers.push(server)
    const maps = await list(server)
    expect(maps.map((m) => m.id)).toEqual(['old-map', 'broken-map'])
    expect(maps[0]?.summary?.counts['phases']).toBe(5)
    expect(maps[0]?.updatedAt).toBe(3) // summarising is not an edit
    expect(maps[1]?.summary).toBeNull()
    // Asking again does not fail either.
    expect((await list(server)).map((m) => m.summary === null)).toEqual([false, true])
    await server.close()
    servers.length = 0

    const db = new Database(dbPath)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const row = db.prepare('SELECT summary FROM maps WHERE id = ?').get('old-map') as {
      summary: string
    }
    expect(parseSummary(JSON.parse(row.summary))?.counts['phases']).toBe(5)
    // A stored value that is not a valid summary is ignored (and computed again).
    db.prepare('UPDATE maps SET summary = ? WHERE id = ?').run(
      '{"version":1,"counts":"x"',
      'old-map',
    )
    db.close()
    const again = await startTestServer({ dbPath })
    servers.push(again)
    expect((await list(again))[0]?.summary?.counts['phases']).toBe(5)
  })
})
