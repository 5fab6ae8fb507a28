// Workshop docs in SQLite: one row per map holding the doc's whole state. A save merges the new
// state into the stored one (both are Yjs states: applying both to one doc loses nothing), so a
// save from a room that missed something another writer stored never removes it.

import type Database from 'better-sqlite3'
import { foldParts } from '../fold'
import type { WorkshopStore } from '../storage'

export function sqliteWorkshopStore(db: Database.Database): WorkshopStore {
  const sql = {
    load: db.prepare<[string], { state: Buffer }>(
      'SELECT state FROM workshop_docs WHERE map_id = ?',
    ),
    // A map deleted meanwhile keeps no workshop doc.
    upsert: db.prepare(
      `INSERT INTO workshop_docs (map_id, state, updated_at)
       SELECT @id, @state, @now WHERE EXISTS (SELECT 1 FROM maps WHERE id = @id)
       ON CONFLICT(map_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ),
  }
  const save = db.transaction((id: string, state: Uint8Array) => {
    const stored = sql.load.get(id)
    const merged = stored ? foldParts([new Uint8Array(stored.state), state]) : state
    sql.upsert.run({ id, state: merged, now: Date.now() })
  })
  return {
    async load(id) {
      const row = sql.load.get(id)
      return row ? new Uint8Array(row.state) : null
    },
    async save(id, state) {
      // IMMEDIATE: it reads, then writes (see `issue` in catalogue.ts).
      save.immediate(id, state)
    },
  }
}
