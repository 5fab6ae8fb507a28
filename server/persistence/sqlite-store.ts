// The embedded default store: one SQLite file (better-sqlite3, WAL). Each map keeps one snapshot
// and an append-only log of the updates received since; `compact` folds the log into the snapshot.
// better-sqlite3 is synchronous, so every method finishes its write before it returns — there is
// no interleaving between a flush, a compaction and a load of the same map.

import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { hashToken, mintTokens, type MapTokens, type Role } from '../auth/tokens'
import type { CreatedMap, MapRecord, MapStore } from './store'

// Numbered migrations; `PRAGMA user_version` holds how many have run. A file from before a
// migration is upgraded in place when it opens; a file from a newer Trailmap is refused.
const MIGRATIONS: readonly string[] = [
  // 1: maps, one snapshot each, and the update log.
  `
CREATE TABLE IF NOT EXISTS maps (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
  state BLOB NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_map ON updates(map_id, seq);
`,
  // 2: capability tokens, by SHA-256 digest. Maps from before have none until `issueTokens`.
  `
CREATE TABLE IF NOT EXISTS map_tokens (
  digest BLOB PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('edit', 'view')),
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS map_tokens_by_map ON map_tokens(map_id);
`,
]

export const SCHEMA_VERSION = MIGRATIONS.length

interface MapRow {
  id: string
  title: string
  created_at: number
  updated_at: number
}

const toRecord = (row: MapRow): MapRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

export interface SqliteStoreOptions {
  flushIntervalMs: number
  /** Called after each flush with how long the write took; feeds metrics and logs. */
  onFlush?: (durationMs: number, updates: number) => void
  onFlushError?: (error: unknown) => void
}

export function openSqliteStore(file: string, options: SqliteStoreOptions): MapStore {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // NORMAL in WAL mode survives a crash of this process (the case kill -9 tests); only a power
  // loss can drop the last transactions.
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  migrate(db, file)

  const sql = {
    insertMap: db.prepare(
      'INSERT INTO maps (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
    ),
    getMap: db.prepare<[string], MapRow>('SELECT * FROM maps WHERE id = ?'),
    listMaps: db.prepare<[], MapRow>('SELECT * FROM maps ORDER BY updated_at DESC, id'),
    deleteMap: db.prepare('DELETE FROM maps WHERE id = ?'),
    setTitle: db.prepare('UPDATE maps SET title = ?, updated_at = ? WHERE id = ?'),
    touch: db.prepare('UPDATE maps SET updated_at = ? WHERE id = ?'),
    snapshot: db.prepare<[string], { state: Buffer }>(
      'SELECT state FROM snapshots WHERE map_id = ?',
    ),
    updates: db.prepare<[string], { data: Buffer }>(
      'SELECT data FROM updates WHERE map_id = ? ORDER BY seq',
    ),
    // An update for a map deleted meanwhile is dropped here instead of failing the whole batch.
    appendUpdate: db.prepare(
      'INSERT INTO updates (map_id, data) SELECT @id, @data WHERE EXISTS (SELECT 1 FROM maps WHERE id = @id)',
    ),
    clearUpdates: db.prepare('DELETE FROM updates WHERE map_id = ?'),
    insertToken: db.prepare(
      'INSERT INTO map_tokens (digest, map_id, role, created_at) VALUES (?, ?, ?, ?)',
    ),
    clearTokens: db.prepare('DELETE FROM map_tokens WHERE map_id = ?'),
    roleFor: db.prepare<[string, Buffer], { role: Role }>(
      'SELECT role FROM map_tokens WHERE map_id = ? AND digest = ?',
    ),
    mapFor: db.prepare<[Buffer], MapRow & { role: Role }>(
      'SELECT maps.*, map_tokens.role FROM map_tokens JOIN maps ON maps.id = map_tokens.map_id WHERE digest = ?',
    ),
    upsertSnapshot: db.prepare(
      `INSERT INTO snapshots (map_id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(map_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ),
  }

  let buffer: { id: string; data: Uint8Array }[] = []
  let timer: NodeJS.Timeout | null = null
  let closed = false

  const writeBuffer = db.transaction((batch: { id: string; data: Uint8Array }[]) => {
    const now = Date.now()
    const touched = new Set<string>()
    for (const { id, data } of batch) {
      sql.appendUpdate.run({ id, data })
      touched.add(id)
    }
    for (const id of touched) sql.touch.run(now, id)
  })

  function flushNow() {
    if (timer) clearTimeout(timer)
    timer = null
    if (buffer.length === 0) return
    const batch = buffer
    buffer = []
    const started = performance.now()
    try {
      writeBuffer(batch)
    } catch (error) {
      // Keep the updates for the next attempt rather than losing them (e.g. a full disk).
      buffer = batch.concat(buffer)
      options.onFlushError?.(error)
      scheduleFlush()
      return
    }
    options.onFlush?.(performance.now() - started, batch.length)
  }

  function scheduleFlush() {
    if (timer || closed) return
    timer = setTimeout(flushNow, options.flushIntervalMs)
  }

  const replaceState = db.transaction((id: string, state: Uint8Array) => {
    sql.clearUpdates.run(id)
    sql.upsertSnapshot.run(id, state, Date.now())
  })

  function writeTokens(id: string, now: number): MapTokens {
    const tokens = mintTokens()
    sql.clearTokens.run(id)
    sql.insertToken.run(hashToken(tokens.editToken), id, 'edit', now)
    sql.insertToken.run(hashToken(tokens.viewToken), id, 'view', now)
    return tokens
  }

  const insertMap = db.transaction((id: string, title: string): CreatedMap => {
    const now = Date.now()
    sql.insertMap.run(id, title, now, now)
    return { id, title, createdAt: now, updatedAt: now, ...writeTokens(id, now) }
  })

  const reissue = db.transaction((id: string): MapTokens | null =>
    sql.getMap.get(id) ? writeTokens(id, Date.now()) : null,
  )

  return {
    async createMap(id, title) {
      return insertMap(id, title)
    },
    async getMap(id) {
      const row = sql.getMap.get(id)
      return row ? toRecord(row) : null
    },
    async listMaps() {
      return sql.listMaps.all().map(toRecord)
    },
    async deleteMap(id) {
      flushNow()
      return sql.deleteMap.run(id).changes > 0
    },
    async setTitle(id, title) {
      sql.setTitle.run(title, Date.now(), id)
    },
    async loadState(id) {
      flushNow()
      const parts: Uint8Array[] = []
      const snapshot = sql.snapshot.get(id)
      if (snapshot) parts.push(new Uint8Array(snapshot.state))
      for (const row of sql.updates.all(id)) parts.push(new Uint8Array(row.data))
      return parts
    },
    appendUpdate(id, update) {
      if (closed) throw new Error('store is closed')
      buffer.push({ id, data: update })
      if (options.flushIntervalMs === 0) flushNow()
      else scheduleFlush()
    },
    async flush() {
      flushNow()
    },
    async compact(id, state) {
      // Buffered updates of this map are already part of `state`; writing them first keeps the
      // log order simple, and the transaction then removes them with the rest.
      flushNow()
      replaceState(id, state)
    },
    async close() {
      if (closed) return
      flushNow()
      closed = true
      db.close()
    },
    async roleFor(id, digest) {
      return sql.roleFor.get(id, Buffer.from(digest))?.role ?? null
    },
    async mapsFor(digests) {
      const found = new Map<string, MapRecord & { role: Role }>()
      for (const digest of digests) {
        const row = sql.mapFor.get(Buffer.from(digest))
        if (!row) continue
        // A map opened by both of its tokens is listed once, with the stronger role.
        if (found.get(row.id)?.role === 'edit') continue
        found.set(row.id, { ...toRecord(row), role: row.role })
      }
      return [...found.values()].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
    },
    async issueTokens(id) {
      return reissue(id)
    },
  }
}

function migrate(db: Database.Database, file: string) {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION) {
    throw new Error(`${file} was written by a newer Trailmap (schema ${version})`)
  }
  db.transaction(() => {
    for (const step of MIGRATIONS.slice(version)) db.exec(step)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
}
