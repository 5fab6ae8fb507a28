// The storage contract on both backends (SQLite file, throwaway PostgreSQL), and what only
// PostgreSQL has to get right with several nodes: versioned migrations run at start (and once,
// when two nodes start together), folds that delete exactly what they folded, and two nodes
// folding the same map at once (one wins the advisory lock; nothing is lost).

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import * as Y from 'yjs'
import {
  foldLockKey,
  openPostgresStorage,
  PG_SCHEMA_VERSION,
  PostgresSchemaError,
} from '../../server/persistence/postgres'
import { openSqliteStorage } from '../../server/persistence/sqlite'
import type { Storage } from '../../server/persistence/storage'
import type { MapSummary } from '../../src/domain/summary'
import { hashToken } from '../../server/auth/tokens'
import { freshDatabase } from '../support/cluster'
import { tempDbPath } from '../support/server'
import { startPostgres, type PostgresServer } from '../support/services'

let postgres: PostgresServer
const opened: Storage[] = []

beforeAll(async () => {
  postgres = await startPostgres({ label: 'storage' })
})

afterAll(async () => {
  for (const storage of opened.splice(0)) await storage.close().catch(() => undefined)
  await postgres?.stop()
})

function setting(key: string, value: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set(key, value)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

function read(parts: Uint8Array[]) {
  const doc = new Y.Doc()
  for (const part of parts) Y.applyUpdate(doc, part)
  return doc.getMap('m').toJSON()
}

const backends: [string, () => Promise<Storage>][] = [
  ['sqlite', async () => openSqliteStorage(tempDbPath('contract'), { flushIntervalMs: 5 })],
  ['postgres', async () => openPostgresStorage(await freshDatabase(postgres))],
]

describe.each(backends)('the storage contract on %s', (_name, open) => {
  async function storage() {
    const opened_ = await open()
    opened.push(opened_)
    return opened_
  }

  it('keeps the catalogue: create, get, list by last change, rename, count, delete', async () => {
    const store = await storage()
    const first = await store.catalogue.create('map-a', 'First')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await store.catalogue.create('map-b', 'Second')
    await expect(store.catalogue.create('map-a', 'Again')).rejects.toThrow()
    expect(await store.catalogue.get('map-a')).toEqual(first)
    expect(await store.catalogue.get('nope')).toBeNull()
    expect((await store.catalogue.list()).map((m) => m.id)).toEqual(['map-b', 'map-a'])
    await new Promise((resolve) => setTimeout(resolve, 5))
    await store.catalogue.setTitle('map-a', 'Renamed')
    expect((await store.catalogue.list()).map((m) => [m.id, m.title])).toEqual([
      ['map-a', 'Renamed'],
      ['map-b', 'Second'],
    ])
    expect(await store.catalogue.count()).toBe(2)
    await store.log.append('map-a', setting('x', '1'))
    expect(await store.catalogue.delete('map-a')).toBe(true)
    expect(await store.catalogue.delete('map-a')).toBe(false)
    expect(await store.catalogue.count()).toBe(1)
    // The log went with the map.
    expect((await store.log.load('map-a')).parts).toEqual([])
  })

  it('keeps each map’s list summary without touching its last change', async () => {
    const store = await storage()
    const created = await store.catalogue.create('map-s', 'Summarised')
    const summary: MapSummary = {
      version: 1,
      counts: { phases: 2, touchpoints: 3 },
      thumbnail: {
        width: 160,
        height: 90,
        phases: [{ x: 0, w: 80, colour: '#112233' }],
        cards: [{ x: 4, y: 10, w: 20, h: 8, colour: '#445566' }],
      },
    }
    await store.catalogue.setSummary('map-s', summary)
    await store.catalogue.setSummary('missing', summary)
    const read = await store.catalogue.get('map-s')
    expect(read?.summary).toEqual(summary)
    expect(read?.updatedAt).toBe(created.updatedAt)
    expect((await store.catalogue.list())[0]?.summary).toEqual(summary)
  })

  it('issues tokens as digests, answers roles, lists the maps tokens open', async () => {
    const store = await storage()
    await store.catalogue.create('map-t', 'Tokens')
    await store.catalogue.create('map-u', 'Other')
    expect(await store.tokens.issue('missing')).toBeNull()
    const tokens = (await store.tokens.issue('map-t'))!
    const other = (await store.tokens.issue('map-u'))!
    expect(await store.tokens.roleFor('map-t', hashToken(tokens.editToken))).toBe('edit')
    expect(await store.tokens.roleFor('map-t', hashToken(tokens.viewToken))).toBe('view')
    expect(await store.tokens.roleFor('map-u', hashToken(tokens.editToken))).toBeNull()
    const listed = await store.tokens.mapsFor([
      hashToken(tokens.viewToken),
      hashToken(tokens.editToken),
      hashToken(other.viewToken),
    ])
    expect(listed.map((m) => [m.id, m.role]).sort()).toEqual([
      ['map-t', 'edit'],
      ['map-u', 'view'],
    ])
    // Issuing again replaces the tokens.
    const again = (await store.tokens.issue('map-t'))!
    expect(await store.tokens.roleFor('map-t', hashToken(tokens.editToken))).toBeNull()
    expect(await store.tokens.roleFor('map-t', hashToken(again.editToken))).toBe('edit')
  })

  it('numbers appends in order, folds up to a sequence and keeps later rows', async () => {
    const store = await storage()
    await store.catalogue.create('m', 'Map')
    const seqs = await Promise.all(
      ['a', 'b', 'c'].map((k, i) => store.log.append('m', setting(k, String(i)))),
    )
    expect(seqs[1]).toBeGreaterThan(seqs[0]!)
    expect(seqs[2]).toBeGreaterThan(seqs[1]!)
    // An update for a map that does not exist is not stored (it resolves with 0).
    expect(await store.log.append('ghost', setting('g', '1'))).toBe(0)
    await store.log.compact('m', seqs[1]!)
    const after = await store.log.load('m')
    expect(after.parts).toHaveLength(2)
    expect(after.seq).toBe(seqs[2])
    expect(read(after.parts)).toEqual({ a: '0', b: '1', c: '2' })
    // A given state replaces the snapshot.
    await store.log.compact('m', after.seq, setting('only', 'this'))
    expect(read((await store.log.load('m')).parts)).toEqual({ only: 'this' })
  })

  it('reports itself healthy and writable', async () => {
    const store = await storage()
    expect(store.log.writable).toBe(true)
    expect(await store.healthy()).toBe(true)
  })
})

describe('PostgreSQL only', () => {
  it('runs its migrations once, records the version, and refuses a newer database', async () => {
    const url = await freshDatabase(postgres)
    // Two nodes starting at once: the migration lock makes them take turns.
    const [a, b] = await Promise.all([openPostgresStorage(url), openPostgresStorage(url)])
    opened.push(a, b)
    const { rows } = await a.pool.query<{ version: number }>(
      'SELECT version FROM trailmap_schema ORDER BY version',
    )
    expect(rows.map((r) => r.version)).toEqual(
      Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1),
    )
    await a.pool.query('INSERT INTO trailmap_schema (version) VALUES ($1)', [PG_SCHEMA_VERSION + 1])
    await expect(openPostgresStorage(url)).rejects.toThrow(PostgresSchemaError)
  })

  it('a fold deletes exactly the rows it read: a row with a lower seq committed later survives', async () => {
    const url = await freshDatabase(postgres)
    const store = await openPostgresStorage(url)
    opened.push(store)
    await store.catalogue.create('m', 'Map')
    await store.log.append('m', setting('a', '1'))
    // Another node's transaction takes a seq now and commits only after the fold read the log.
    const slow = new pg.Client({ connectionString: url })
    await slow.connect()
    await slow.query('BEGIN')
    await slow.query("INSERT INTO updates (map_id, data) VALUES ('m', $1)", [
      Buffer.from(setting('late', 'kept')),
    ])
    const last = await store.log.append('m', setting('b', '2'))
    await store.log.compact('m', last)
    await slow.query('COMMIT')
    await slow.end()
    const stored = await store.log.load('m')
    expect(stored.parts).toHaveLength(2)
    expect(read(stored.parts)).toEqual({ a: '1', b: '2', late: 'kept' })
  })

  it('two nodes folding the same map at once: one wins the lock, nothing is lost', async () => {
    const url = await freshDatabase(postgres)
    const first = await openPostgresStorage(url)
    const second = await openPostgresStorage(url)
    opened.push(first, second)
    await first.catalogue.create('m', 'Map')
    const expected: Record<string, string> = {}
    let last = 0
    for (let i = 0; i < 400; i++) {
      const writer = i % 2 === 0 ? first : second
      expected[`k${i}`] = `v${i}`
      last = Math.max(last, await writer.log.append('m', setting(`k${i}`, `v${i}`)))
    }

    // While a node holds the map's fold lock, another node's fold skips and deletes nothing.
    const holder = new pg.Client({ connectionString: url })
    await holder.connect()
    await holder.query('BEGIN')
    await holder.query('SELECT pg_advisory_xact_lock($1::bigint)', [foldLockKey('m')])
    await second.log.compact('m', last)
    expect(second.log.folds).toEqual({ folded: 0, skipped: 1 })
    expect((await second.log.load('m')).parts).toHaveLength(400)
    await holder.query('COMMIT')
    await holder.end()

    // Both at once, while both nodes keep appending: at least one folds; never both the same rows.
    const extra = Array.from({ length: 20 }, (_, i) => i)
    await Promise.all([
      first.log.compact('m', last),
      second.log.compact('m', last),
      ...extra.map((i) => {
        expected[`x${i}`] = 'later'
        return (i % 2 ? first : second).log.append('m', setting(`x${i}`, 'later'))
      }),
    ])
    const folds = first.log.folds.folded + second.log.folds.folded
    expect(folds).toBeGreaterThanOrEqual(1)
    const stored = await first.log.load('m')
    expect(read(stored.parts)).toEqual(expected)
    const { rows } = await first.pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM updates WHERE map_id = 'm' AND seq <= $1",
      [last],
    )
    expect(Number(rows[0]?.n)).toBe(0)
  })

  it('refuses to start on an unreachable database, naming the problem', async () => {
    await expect(openPostgresStorage(`postgres://trailmap@127.0.0.1:1/nothing`)).rejects.toThrow(
      /ECONNREFUSED|connect/,
    )
  })
})
