// The map catalogue and the token store in SQLite: small rows, answered synchronously by
// better-sqlite3 (each call is one indexed lookup or write).

import type Database from 'better-sqlite3'
import { parseSummaryJson } from '../../../src/domain/summary'
import { hashToken, mintTokens, ROLE_RANK, type MapTokens, type Role } from '../../auth/tokens'
import type { MapCatalogue, MapRecord, TokenStore } from '../storage'
import { originFromJson, originToJson } from '../version-rows'

interface MapRow {
  id: string
  title: string
  created_at: number
  updated_at: number
  summary: string | null
}

const toRecord = (row: MapRow): MapRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  summary: parseSummaryJson(row.summary),
})

export function sqliteCatalogue(db: Database.Database, beforeDelete: () => void): MapCatalogue {
  const sql = {
    insert: db.prepare('INSERT INTO maps (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    get: db.prepare<[string], MapRow>('SELECT * FROM maps WHERE id = ?'),
    list: db.prepare<[], MapRow>('SELECT * FROM maps ORDER BY updated_at DESC, id'),
    count: db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM maps'),
    delete: db.prepare('DELETE FROM maps WHERE id = ?'),
    setTitle: db.prepare('UPDATE maps SET title = ?, updated_at = ? WHERE id = ?'),
    setSummary: db.prepare('UPDATE maps SET summary = ? WHERE id = ?'),
    setOrigin: db.prepare('UPDATE maps SET origin = ? WHERE id = ?'),
    origin: db.prepare<[string], { origin: string | null }>('SELECT origin FROM maps WHERE id = ?'),
  }
  return {
    async create(id, title) {
      const now = Date.now()
      sql.insert.run(id, title, now, now)
      return { id, title, createdAt: now, updatedAt: now, summary: null }
    },
    async get(id) {
      const row = sql.get.get(id)
      return row ? toRecord(row) : null
    },
    async list() {
      return sql.list.all().map(toRecord)
    },
    async count() {
      return sql.count.get()?.n ?? 0
    },
    async delete(id) {
      // Buffered updates of the map are written first, then removed with it (ON DELETE CASCADE).
      beforeDelete()
      return sql.delete.run(id).changes > 0
    },
    async setTitle(id, title) {
      sql.setTitle.run(title, Date.now(), id)
    },
    async setOrigin(id, origin) {
      sql.setOrigin.run(originToJson(origin), id)
    },
    async originOf(id) {
      return originFromJson(sql.origin.get(id)?.origin ?? null)
    },
    async setSummary(id, summary) {
      sql.setSummary.run(JSON.stringify(summary), id)
    },
  }
}

export function sqliteTokens(db: Database.Database): TokenStore {
  const sql = {
    exists: db.prepare<[string], { id: string }>('SELECT id FROM maps WHERE id = ?'),
    insert: db.prepare(
      'INSERT INTO map_tokens (digest, map_id, role, created_at) VALUES (?, ?, ?, ?)',
    ),
    clear: db.prepare('DELETE FROM map_tokens WHERE map_id = ?'),
    addDerived: db.prepare(
      `INSERT INTO map_tokens (digest, map_id, role, created_at)
       SELECT ?, id, ?, ? FROM maps WHERE id = ? ON CONFLICT(digest) DO NOTHING`,
    ),
    roleFor: db.prepare<[string, Buffer], { role: Role }>(
      'SELECT role FROM map_tokens WHERE map_id = ? AND digest = ?',
    ),
    mapFor: db.prepare<[Buffer], MapRow & { role: Role }>(
      'SELECT maps.*, map_tokens.role FROM map_tokens JOIN maps ON maps.id = map_tokens.map_id WHERE digest = ?',
    ),
  }
  const issue = db.transaction((id: string): MapTokens | null => {
    if (!sql.exists.get(id)) return null
    const now = Date.now()
    const tokens = mintTokens()
    sql.clear.run(id)
    sql.insert.run(hashToken(tokens.editToken), id, 'edit', now)
    sql.insert.run(hashToken(tokens.viewToken), id, 'view', now)
    sql.insert.run(hashToken(tokens.commentToken), id, 'comment', now)
    return tokens
  })
  return {
    async issue(id) {
      // IMMEDIATE: it reads, then writes. A deferred transaction whose snapshot went stale (the
      // fold thread committed in between) cannot take the write lock and fails at once with
      // "database is locked" — the busy timeout only helps a transaction that locks up front.
      return issue.immediate(id)
    },
    async roleFor(id, digest) {
      return sql.roleFor.get(id, Buffer.from(digest))?.role ?? null
    },
    async addDerived(id, role, digest) {
      sql.addDerived.run(Buffer.from(digest), role, Date.now(), id)
    },
    async mapsFor(digests) {
      const found = new Map<string, MapRecord & { role: Role }>()
      for (const digest of digests) {
        const row = sql.mapFor.get(Buffer.from(digest))
        if (!row) continue
        // A map opened by several of its tokens is listed once, with the strongest role.
        const seen = found.get(row.id)
        if (seen && ROLE_RANK[seen.role] >= ROLE_RANK[row.role]) continue
        found.set(row.id, { ...toRecord(row), role: row.role })
      }
      return [...found.values()].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
    },
  }
}
