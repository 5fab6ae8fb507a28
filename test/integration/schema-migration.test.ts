// A database written before capability tokens existed (schema 1) keeps working: it is migrated in
// place, its maps open in open mode, and `server/issue-tokens.ts` gives a map tokens so that it
// opens with auth on too. A database from a newer Trailmap is refused rather than damaged.

import { CURRENT_SCHEMA_VERSION } from '../../src/domain/kinds/registry'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqliteStorage, SCHEMA_VERSION } from '../../server/persistence/sqlite'
import { closedCode, waitSynced, type TestClient } from '../support/clients'
import { startTestServer, tempDbPath, type TestServer } from '../support/server'
import { connectWithToken } from '../support/sockets'

// The schema exactly as the first release wrote it (user_version 1).
const SCHEMA_1 = `
CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE snapshots (map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
  state BLOB NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, data BLOB NOT NULL);
CREATE INDEX updates_by_map ON updates(map_id, seq);
`

function writeVersion1Db(file: string, mapId: string, title: string) {
  const doc = new Y.Doc()
  doc.getMap('meta').set('title', title)
  const later = new Y.Doc()
  Y.applyUpdate(later, Y.encodeStateAsUpdate(doc))
  const before = Y.encodeStateVector(later)
  later.getMap('meta').set('description', 'from the update log')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.exec(SCHEMA_1)
  db.pragma('user_version = 1')
  db.prepare('INSERT INTO maps VALUES (?, ?, ?, ?)').run(mapId, title, 1, 2)
  db.prepare('INSERT INTO snapshots VALUES (?, ?, ?)').run(mapId, Y.encodeStateAsUpdate(doc), 1)
  db.prepare('INSERT INTO updates (map_id, data) VALUES (?, ?)').run(
    mapId,
    Y.encodeStateAsUpdate(later, before),
  )
  db.close()
}

const servers: TestServer[] = []
const clients: TestClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.close()
})

describe('schema migration', () => {
  it('upgrades a schema-1 database in place and keeps its maps', async () => {
    const dbPath = tempDbPath('migrate')
    writeVersion1Db(dbPath, 'legacy-map', 'Legacy journey')

    const open = await startTestServer({ dbPath })
    servers.push(open)
    const reader = connectWithToken(open.wsUrl, 'legacy-map')
    clients.push(reader)
    await waitSynced(reader)
    // Its content as stored, stamped with the format version when the room opened.
    expect(reader.doc.getMap('meta').toJSON()).toEqual({
      title: 'Legacy journey',
      description: 'from the update log',
      schemaVersion: CURRENT_SCHEMA_VERSION,
    })
    const list = (await (await fetch(`${open.url}api/maps`)).json()) as { maps: { id: string }[] }
    expect(list.maps.map((m) => m.id)).toEqual(['legacy-map'])
    reader.destroy()
    await open.close()
    servers.length = 0

    const db = new Database(dbPath, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()
    expect(tables).toContainEqual({ name: 'map_tokens' })
    db.close()

    // With auth on, a map without tokens opens for nobody until tokens are issued for it.
    const guarded = await startTestServer({ dbPath, auth: true })
    servers.push(guarded)
    const refused = connectWithToken(guarded.wsUrl, 'legacy-map')
    clients.push(refused)
    expect(await closedCode(refused)).toBe(4401)

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/issue-tokens.ts', 'legacy-map'],
      { env: { ...process.env, TRAILMAP_DB: dbPath } },
    )
    const tokens = JSON.parse(stdout) as { id: string; editToken: string; viewToken: string }
    expect(tokens.id).toBe('legacy-map')
    const editor = connectWithToken(guarded.wsUrl, 'legacy-map', { token: tokens.editToken })
    clients.push(editor)
    await waitSynced(editor)
    expect(editor.doc.getMap('meta').get('title')).toBe('Legacy journey')
  })

  it('re-issuing tokens retires the old ones', async () => {
    const { catalogue, tokens, close } = openSqliteStorage(':memory:', { flushIntervalMs: 0 })
    try {
      await catalogue.create('m1', 'One')
      const created = await tokens.issue('m1')
      if (!created) throw new Error('no tokens')
      const { hashToken } = await import('../../server/auth/tokens')
      expect(await tokens.roleFor('m1', hashToken(created.editToken))).toBe('edit')
      expect(await tokens.roleFor('m1', hashToken(created.viewToken))).toBe('view')
      const fresh = await tokens.issue('m1')
      expect(fresh).not.toBeNull()
      expect(await tokens.roleFor('m1', hashToken(created.editToken))).toBeNull()
      expect(await tokens.roleFor('m1', hashToken(fresh?.editToken ?? ''))).toBe('edit')
      expect(await tokens.issue('missing')).toBeNull()
      await catalogue.delete('m1')
      expect(await tokens.roleFor('m1', hashToken(fresh?.editToken ?? ''))).toBeNull()
    } finally {
      await close()
    }
  })

  it('refuses a database written by a newer Trailmap', () => {
    const dbPath = tempDbPath('newer')
    const db = new Database(dbPath)
    db.pragma('user_version = 99')
    db.close()
    expect(() => openSqliteStorage(dbPath, { flushIntervalMs: 0 })).toThrow(/newer Trailmap/)
  })
})
