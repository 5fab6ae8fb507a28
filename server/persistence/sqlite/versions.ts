// Saved versions in SQLite: one row per version with its full state (see VersionStore).

import type Database from 'better-sqlite3'
import { expires, VERSION_KINDS } from '../../../src/domain/versions/version'
import type { StoredVersion, VersionStore } from '../storage'
import { versionFromRow, type VersionRow } from '../version-rows'

const EXPIRING = VERSION_KINDS.filter(expires)

export function sqliteVersions(db: Database.Database): VersionStore {
  const sql = {
    insert: db.prepare(
      `INSERT INTO versions (map_id, label, kind, author, counts, state, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string], VersionRow>(
      `SELECT id, label, kind, author, counts, created_at FROM versions
       WHERE map_id = ? ORDER BY id DESC`,
    ),
    get: db.prepare<[string, number], VersionRow & { state: Buffer }>(
      'SELECT * FROM versions WHERE map_id = ? AND id = ?',
    ),
    noteEdit: db.prepare(
      `INSERT INTO record_edits (map_id, record_id, name, edited_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (map_id, record_id) DO UPDATE SET name = excluded.name, edited_at = excluded.edited_at`,
    ),
    editsSince: db.prepare<
      [string, number],
      { record_id: string; name: string; edited_at: number }
    >('SELECT record_id, name, edited_at FROM record_edits WHERE map_id = ? AND edited_at >= ?'),
    expire: db.prepare(
      `DELETE FROM versions WHERE created_at < ? AND kind IN (${EXPIRING.map(() => '?').join(', ')})`,
    ),
  }
  return {
    async add(mapId, version) {
      const createdAt = version.createdAt ?? Date.now()
      const counts = JSON.stringify(version.counts)
      const { lastInsertRowid } = sql.insert.run(
        mapId,
        version.label,
        version.kind,
        version.author,
        counts,
        version.state,
        createdAt,
      )
      return versionFromRow({
        ...version,
        id: Number(lastInsertRowid),
        counts,
        created_at: createdAt,
      })
    },
    async list(mapId) {
      return sql.list.all(mapId).map(versionFromRow)
    },
    async get(mapId, versionId): Promise<StoredVersion | null> {
      const row = sql.get.get(mapId, versionId)
      return row ? { ...versionFromRow(row), state: new Uint8Array(row.state) } : null
    },
    async deleteExpired(before) {
      return sql.expire.run(before, ...EXPIRING).changes
    },
    async noteEdits(mapId, edits) {
      db.transaction(() => {
        for (const edit of edits) sql.noteEdit.run(mapId, edit.recordId, edit.name, edit.at)
      })()
    },
    async editsSince(mapId, since) {
      return sql.editsSince
        .all(mapId, since)
        .map((row) => ({ recordId: row.record_id, name: row.name, at: row.edited_at }))
    },
  }
}
