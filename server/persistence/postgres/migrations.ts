// The PostgreSQL schema, as numbered migrations run at start. `trailmap_schema` holds one row per
// migration applied; a database from a newer Trailmap is refused. Nodes starting at the same time
// take turns through a session advisory lock, so each migration runs once.

import type pg from 'pg'

const MIGRATIONS: readonly string[] = [
  // 1: maps, one snapshot each, and the update log (the same shape as SQLite's).
  `
CREATE TABLE maps (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE snapshots (
  map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
  state BYTEA NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE updates (
  seq BIGSERIAL PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data BYTEA NOT NULL
);
CREATE INDEX updates_by_map ON updates(map_id, seq);
`,
  // 2: capability tokens, by SHA-256 digest.
  `
CREATE TABLE map_tokens (
  digest BYTEA PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('edit', 'view')),
  created_at BIGINT NOT NULL
);
CREATE INDEX map_tokens_by_map ON map_tokens(map_id);
`,
  // 3: the map list's summary of each map (JSON text, src/domain/summary.ts), as in SQLite.
  `
ALTER TABLE maps ADD COLUMN summary TEXT;
`,
  // 4: saved versions, the map a fork was made from and who last edited each record, as in SQLite.
  `
CREATE TABLE versions (
  id BIGSERIAL PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'before-restore')),
  author TEXT,
  counts TEXT NOT NULL,
  state BYTEA NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX versions_by_map ON versions(map_id, id);
CREATE INDEX versions_by_age ON versions(kind, created_at);
ALTER TABLE maps ADD COLUMN origin TEXT;
CREATE TABLE record_edits (
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  record_id TEXT NOT NULL,
  name TEXT NOT NULL,
  edited_at BIGINT NOT NULL,
  PRIMARY KEY (map_id, record_id)
);
`,
  // 5: comment links (a third role) and each map's workshop doc as one merged state, as in SQLite.
  `
ALTER TABLE map_tokens DROP CONSTRAINT map_tokens_role_check;
ALTER TABLE map_tokens ADD CONSTRAINT map_tokens_role_check
  CHECK (role IN ('edit', 'comment', 'view'));
CREATE TABLE workshop_docs (
  map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
  state BYTEA NOT NULL,
  updated_at BIGINT NOT NULL
);
`,
]

export const PG_SCHEMA_VERSION = MIGRATIONS.length

/** Any fixed 64-bit number: the session lock that serialises migrations across nodes. */
const MIGRATION_LOCK = 7_316_861_423_001

export class PostgresSchemaError extends Error {}

export async function migrate(pool: pg.Pool): Promise<{ from: number; to: number }> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS trailmap_schema (
           version INTEGER PRIMARY KEY,
           applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         )`,
      )
      const { rows } = await client.query<{ v: number | null }>(
        'SELECT max(version) AS v FROM trailmap_schema',
      )
      const from = rows[0]?.v ?? 0
      if (from > PG_SCHEMA_VERSION) {
        throw new PostgresSchemaError(
          `the database was written by a newer Trailmap (schema ${from}, this one knows ${PG_SCHEMA_VERSION})`,
        )
      }
      for (let version = from + 1; version <= PG_SCHEMA_VERSION; version++) {
        await client.query('BEGIN')
        try {
          await client.query(MIGRATIONS[version - 1]!)
          await client.query('INSERT INTO trailmap_schema (version) VALUES ($1)', [version])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        }
      }
      return { from, to: PG_SCHEMA_VERSION }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
    }
  } finally {
    client.release()
  }
}
