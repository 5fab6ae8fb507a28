// Workshop docs in PostgreSQL: one row per map with the doc's whole state, as in SQLite. Several
// nodes may save one map's workshop doc at once: each save takes a transaction-scoped advisory
// lock on the map and merges its state into the stored one, so no node's save drops another's.

import { createHash } from 'node:crypto'
import type pg from 'pg'
import { foldParts } from '../fold'
import type { WorkshopStore } from '../storage'

const lockKey = (mapId: string) =>
  createHash('sha256').update(`trailmap workshop ${mapId}`).digest().readBigInt64BE(0).toString()

export function postgresWorkshopStore(pool: pg.Pool): WorkshopStore {
  return {
    async load(id) {
      const { rows } = await pool.query<{ state: Buffer }>(
        'SELECT state FROM workshop_docs WHERE map_id = $1',
        [id],
      )
      return rows[0] ? new Uint8Array(rows[0].state) : null
    },
    async save(id, state) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [lockKey(id)])
        const { rows } = await client.query<{ state: Buffer }>(
          'SELECT state FROM workshop_docs WHERE map_id = $1',
          [id],
        )
        const merged = rows[0] ? foldParts([new Uint8Array(rows[0].state), state]) : state
        await client.query(
          `INSERT INTO workshop_docs (map_id, state, updated_at)
           SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM maps WHERE id = $1)
           ON CONFLICT (map_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
          [id, Buffer.from(merged), Date.now()],
        )
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
  }
}
