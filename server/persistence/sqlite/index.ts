// The embedded default storage: one SQLite file holding the catalogue, the tokens and the log.

import { sqliteCatalogue, sqliteTokens } from './catalogue'
import { openDatabase } from './database'
import { sqliteDocumentLog, type SqliteLogOptions } from './document-log'
import { foldThread } from './fold-thread'
import { sqliteVersions } from './versions'
import type { Storage } from '../storage'

export { SCHEMA_VERSION, StorageOpenError } from './database'

export interface SqliteStorage extends Storage {
  log: ReturnType<typeof sqliteDocumentLog>
}

export function openSqliteStorage(
  file: string,
  options: SqliteLogOptions & { maxBytes?: number },
): SqliteStorage {
  const db = openDatabase(file, options.maxBytes)
  // An in-memory database cannot be shared with a thread: it folds in place.
  const folds = file === ':memory:' ? null : foldThread(file)
  // A commit that passes the WAL's size threshold checkpoints on the spot: after a large fold that
  // would copy tens of MiB on the event loop. The fold thread checkpoints after each fold instead.
  if (folds) db.pragma('wal_autocheckpoint = 0')
  const log = sqliteDocumentLog(db, { ...options, ...(folds && { foldOffThread: folds }) })
  let closed = false
  return {
    catalogue: sqliteCatalogue(db, () => log.flushNow()),
    tokens: sqliteTokens(db),
    log,
    versions: sqliteVersions(db),
    // An embedded file: it answers while the process runs (a full disk shows as not writable).
    healthy: async () => db.open,
    async close() {
      if (closed) return
      closed = true
      log.flushNow()
      const lost = log.abandon('the store closed before these updates could be written')
      await folds?.close()
      db.close()
      if (lost)
        throw new Error(
          'edits were not saved: updates could not be written before the store closed',
        )
    },
  }
}
