// Saved versions in PostgreSQL: the same rows and rules as SQLite's (sqlite/versions.ts).

import type pg from 'pg'
import { expires, VERSION_KINDS } from '../../../src/domain/versions/version'
import type { StoredVersion, VersionStore } from '../storage'
import { versionFromRow, type VersionRow } from '../version-rows'

const EXPIRING = VERSION_KINDS.filter(expires)

export function postgresVersions(pool: pg.Pool): VersionStore {
  return {
    async add(mapId, version) {
      const createdAt = version.createdAt ?? Date.now()
      const { rows } = await pool.query<VersionRow>(
        `INSERT INTO versions (map_id, label, kind, author, counts, state, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, label, kind, author, counts, created_at`,
        [
          mapId,
          version.label,
          version.kind,
          version.author,
          JSON.stringify(version.counts),
          Buffer.from(version.state),
          createdAt,
        ],
      )
      return versionFromRow(rows[0]!)
    },
    async list(mapId) {
      const { rows } = await pool.query<VersionRow>(
        `SELECT id, label, kind, author, counts, created_at FROM versions
         WHERE map_id = $1 ORDER BY id DESC`,
        [mapId],
      )
      return rows.map(versionFromRow)
    },
    async get(mapId, versionId): Promise<StoredVersion | null> {
      const { rows } = await pool.query<VersionRow & { state: Buffer }>(
        'SELECT * FROM versions WHERE map_id = $1 AND id = $2',
        [mapId, versionId],
      )
      const row = rows[0]
      return row ? { ...versionFromRow(row), state: new Uint8Array(row.state) } : null
    },
    async noteEdits(mapId, edits) {
      if (edits.length === 0) return
      await pool.query(
        `INSERT INTO record_edits (map_id, record_id, name, edited_at)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::bigint[])
         ON CONFLICT (map_id, record_id) DO UPDATE SET name = excluded.name, edited_at = excluded.edited_at`,
        [mapId, edits.map((e) => e.recordId), edits.map((e) => e.name), edits.map((e) => e.at)],
      )
    },
    async editsSince(mapId, since) {
      const { rows } = await pool.query<{ record_id: string; name: string; edited_at: string }>(
        'SELECT record_id, name, edited_at FROM record_edits WHERE map_id = $1 AND edited_at >= $2',
        [mapId, since],
      )
      return rows.map((row) => ({
        recordId: row.record_id,
        name: row.name,
        at: Number(row.edited_at),
      }))
    },
    async deleteExpired(before) {
      const result = await pool.query(
        'DELETE FROM versions WHERE created_at < $1 AND kind = ANY($2::text[])',
        [before, EXPIRING],
      )
      return result.rowCount ?? 0
    },
  }
}
