// The map catalogue and the token store in PostgreSQL: the same rows and rules as SQLite's
// (server/persistence/sqlite/catalogue.ts), one indexed query each.

import type pg from 'pg'
import { parseSummaryJson } from '../../../src/domain/summary'
import { hashToken, mintTokens, type Role } from '../../auth/tokens'
import type { MapCatalogue, MapRecord, TokenStore } from '../storage'
import { originFromJson, originToJson } from '../version-rows'

interface MapRow {
  id: string
  title: string
  created_at: string
  updated_at: string
  summary: string | null
}

const toRecord = (row: MapRow): MapRecord => ({
  id: row.id,
  title: row.title,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  summary: parseSummaryJson(row.summary),
})

export function postgresCatalogue(pool: pg.Pool, beforeDelete: () => Promise<void>): MapCatalogue {
  return {
    async create(id, title) {
      const now = Date.now()
      await pool.query(
        'INSERT INTO maps (id, title, created_at, updated_at) VALUES ($1, $2, $3, $3)',
        [id, title, now],
      )
      return { id, title, createdAt: now, updatedAt: now, summary: null }
    },
    async get(id) {
      const { rows } = await pool.query<MapRow>('SELECT * FROM maps WHERE id = $1', [id])
      return rows[0] ? toRecord(rows[0]) : null
    },
    async list() {
      const { rows } = await pool.query<MapRow>('SELECT * FROM maps ORDER BY updated_at DESC, id')
      return rows.map(toRecord)
    },
    async count() {
      const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM maps')
      return Number(rows[0]?.n ?? 0)
    },
    async delete(id) {
      // Buffered updates of the map are written first, then removed with it (ON DELETE CASCADE).
      await beforeDelete()
      const result = await pool.query('DELETE FROM maps WHERE id = $1', [id])
      return (result.rowCount ?? 0) > 0
    },
    async setOrigin(id, origin) {
      await pool.query('UPDATE maps SET origin = $1 WHERE id = $2', [originToJson(origin), id])
    },
    async originOf(id) {
      const { rows } = await pool.query<{ origin: string | null }>(
        'SELECT origin FROM maps WHERE id = $1',
        [id],
      )
      return originFromJson(rows[0]?.origin ?? null)
    },
    async setSummary(id, summary) {
      // Not an edit: `updated_at` stays as it is.
      await pool.query('UPDATE maps SET summary = $1 WHERE id = $2', [JSON.stringify(summary), id])
    },
    async setTitle(id, title) {
      await pool.query('UPDATE maps SET title = $1, updated_at = $2 WHERE id = $3', [
        title,
        Date.now(),
        id,
      ])
    },
  }
}

export function postgresTokens(pool: pg.Pool): TokenStore {
  return {
    async issue(id) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        // Locks the map row: two issues at once replace the tokens one after the other.
        const exists = await client.query('SELECT id FROM maps WHERE id = $1 FOR UPDATE', [id])
        if (exists.rowCount === 0) {
          await client.query('ROLLBACK')
          return null
        }
        const now = Date.now()
        const tokens = mintTokens()
        await client.query('DELETE FROM map_tokens WHERE map_id = $1', [id])
        await client.query(
          `INSERT INTO map_tokens (digest, map_id, role, created_at)
           VALUES ($1, $3, 'edit', $4), ($2, $3, 'view', $4)`,
          [hashToken(tokens.editToken), hashToken(tokens.viewToken), id, now],
        )
        await client.query('COMMIT')
        return tokens
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async roleFor(id, digest) {
      const { rows } = await pool.query<{ role: Role }>(
        'SELECT role FROM map_tokens WHERE map_id = $1 AND digest = $2',
        [id, Buffer.from(digest)],
      )
      return rows[0]?.role ?? null
    },
    async mapsFor(digests) {
      if (digests.length === 0) return []
      const { rows } = await pool.query<MapRow & { role: Role }>(
        `SELECT maps.*, map_tokens.role FROM map_tokens JOIN maps ON maps.id = map_tokens.map_id
         WHERE digest = ANY($1::bytea[])`,
        [digests.map((digest) => Buffer.from(digest))],
      )
      const found = new Map<string, MapRecord & { role: Role }>()
      for (const row of rows) {
        // A map opened by both of its tokens is listed once, with the stronger role.
        if (found.get(row.id)?.role === 'edit') continue
        found.set(row.id, { ...toRecord(row), role: row.role })
      }
      return [...found.values()].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
    },
  }
}
