// Opens the SQLite file (better-sqlite3, WAL) and brings its schema up to date. Numbered
// migrations; `PRAGMA user_version` holds how many have run. A file from before a migration is
// upgraded in place when it opens; a file from a newer Trailmap is refused, and so is a file that
// exists but is empty: SQLite would take a truncated database for a new one and every map would
// silently be gone.

import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

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
  // 2: capability tokens, by SHA-256 digest. Maps from before have none until they are issued.
  `
CREATE TABLE IF NOT EXISTS map_tokens (
  digest BLOB PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('edit', 'view')),
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS map_tokens_by_map ON map_tokens(map_id);
`,
  // 3: the map list's summary of each map (JSON, src/domain/summary.ts). Maps from before have
  // none until the server computes it (when they change, or when the list first shows them).
  `
ALTER TABLE maps ADD COLUMN summary TEXT;
`,
  // 4: saved versions (full Yjs states, V2 encoding), the map a fork was made from (JSON), and
  // who last edited each record.
  `
CREATE TABLE IF NOT EXISTS versions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'before-restore')),
  author TEXT,
  counts TEXT NOT NULL,
  state BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_map ON versions(map_id, id);
CREATE INDEX IF NOT EXISTS versions_by_age ON versions(kind, created_at);
ALTER TABLE maps ADD COLUMN origin TEXT;
CREATE TABLE IF NOT EXISTS record_edits (
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  record_id TEXT NOT NULL,
  name TEXT NOT NULL,
  edited_at INTEGER NOT NULL,
  PRIMARY KEY (map_id, record_id)
);
`,
  // 5: comment links (a third role; SQLite cannot change a CHECK in place, so the small token
  // table is rebuilt) and each map's workshop doc (comments, votes, timer) as one merged state.
  `
CREATE TABLE map_tokens_next (
  digest BLOB PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('edit', 'comment', 'view')),
  created_at INTEGER NOT NULL
);
INSERT INTO map_tokens_next (digest, map_id, role, created_at)
  SELECT digest, map_id, role, created_at FROM map_tokens;
DROP TABLE map_tokens;
ALTER TABLE map_tokens_next RENAME TO map_tokens;
CREATE INDEX map_tokens_by_map ON map_tokens(map_id);
CREATE TABLE workshop_docs (
  map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
  state BLOB NOT NULL,
  updated_at INTEGER NOT NULL
);
`,
]

export const SCHEMA_VERSION = MIGRATIONS.length

export class StorageOpenError extends Error {}

/** `maxBytes` (0: no cap) caps the file: past it writes fail as on a full disk. */
export function openDatabase(file: string, maxBytes = 0): Database.Database {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    const size = fileSize(file)
    if (size === 0) {
      throw new StorageOpenError(
        `${file} exists but is empty (0 bytes): it may have been truncated. Restore it from a backup, or delete it to start with no maps.`,
      )
    }
  }
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // NORMAL in WAL mode survives a crash of this process (the case kill -9 tests); only a power
  // loss can drop the last transactions.
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  try {
    migrate(db, file)
    if (maxBytes > 0) {
      const pageSize = db.pragma('page_size', { simple: true }) as number
      const pages = db.pragma('page_count', { simple: true }) as number
      db.pragma(`max_page_count = ${Math.max(pages, Math.floor(maxBytes / pageSize))}`)
    }
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

/** Null when the file does not exist. */
function fileSize(file: string): number | null {
  try {
    return fs.statSync(file).size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function migrate(db: Database.Database, file: string) {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION) {
    throw new StorageOpenError(`${file} was written by a newer Trailmap (schema ${version})`)
  }
  db.transaction(() => {
    for (const step of MIGRATIONS.slice(version)) db.exec(step)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
}
