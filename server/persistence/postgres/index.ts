// Storage in PostgreSQL (TRAILMAP_DATABASE_URL=postgres://…): the catalogue, the tokens and the
// document log, for several Trailmap nodes sharing one database. The schema is brought up to date
// when the storage opens (migrations.ts).

import pg from 'pg'
import type { Storage } from '../storage'
import { postgresCatalogue, postgresTokens } from './catalogue'
import { postgresDocumentLog, type PostgresLog, type PostgresLogOptions } from './document-log'
import { partsFoldThread } from './fold-thread'
import { migrate } from './migrations'
import { postgresVersions } from './versions'

export { PG_SCHEMA_VERSION, PostgresSchemaError } from './migrations'
export { foldLockKey } from './document-log'

export interface PostgresStorage extends Storage {
  log: PostgresLog
  readonly pool: pg.Pool
}

export interface PostgresOptions extends PostgresLogOptions {
  /** Connections in the pool (each node). */
  poolSize?: number
  /** Database errors on idle connections (the server restarting): logged, never thrown. */
  onPoolError?: (error: unknown) => void
  /** How long a close waits for buffered updates before giving them up. */
  closeTimeoutMs?: number
}

export async function openPostgresStorage(
  url: string,
  options: PostgresOptions = {},
): Promise<PostgresStorage> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'trailmap',
  })
  pool.on('error', (error) => options.onPoolError?.(error))
  try {
    await migrate(pool)
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw error
  }
  const folds = partsFoldThread()
  const log = postgresDocumentLog(pool, { foldParts: (parts) => folds.fold(parts), ...options })
  let closed: Promise<void> | null = null
  async function close() {
    const written = await Promise.race([
      log.flush().then(() => true),
      new Promise<false>((resolve) =>
        setTimeout(resolve, options.closeTimeoutMs ?? 5_000, false).unref(),
      ),
    ])
    const lost = log.abandon('the store closed before these updates could be written')
    await folds.close()
    await pool.end()
    if (!written || lost)
      throw new Error('edits were not saved: updates could not be written before the store closed')
  }
  return {
    pool,
    catalogue: postgresCatalogue(pool, () => log.flush()),
    tokens: postgresTokens(pool),
    log,
    versions: postgresVersions(pool),
    async healthy() {
      const answered = pool.query('SELECT 1').then(
        () => true,
        () => false,
      )
      const late = new Promise<false>((resolve) => setTimeout(resolve, 2_000, false).unref())
      return Promise.race([answered, late])
    },
    close: () => (closed ??= close()),
  }
}
