// Chooses the storage backend: PostgreSQL when TRAILMAP_DATABASE_URL is set (several nodes can
// share it), else the embedded SQLite file (TRAILMAP_DB), the default.

import type { ServerConfig } from '../config'
import { openPostgresStorage } from './postgres'
import { openSqliteStorage } from './sqlite'
import type { Storage } from './storage'

export interface StorageEvents {
  onFlush?: (durationMs: number, updates: number) => void
  onFlushError?: (error: unknown) => void
  onPoolError?: (error: unknown) => void
}

export async function openStorage(
  config: Pick<ServerConfig, 'databaseUrl' | 'dbPath' | 'dbMaxBytes' | 'flushIntervalMs'>,
  events: StorageEvents = {},
): Promise<Storage> {
  if (config.databaseUrl) {
    return openPostgresStorage(config.databaseUrl, {
      ...(events.onFlush && { onFlush: events.onFlush }),
      ...(events.onFlushError && { onFlushError: events.onFlushError }),
      ...(events.onPoolError && { onPoolError: events.onPoolError }),
    })
  }
  return openSqliteStorage(config.dbPath, {
    maxBytes: config.dbMaxBytes,
    flushIntervalMs: config.flushIntervalMs,
    ...(events.onFlush && { onFlush: events.onFlush }),
    ...(events.onFlushError && { onFlushError: events.onFlushError }),
  })
}

/** Where the data lives, for the start-up line (never the database password). */
export function describeStore(config: Pick<ServerConfig, 'databaseUrl' | 'dbPath'>): string {
  if (!config.databaseUrl) return config.dbPath
  try {
    const url = new URL(config.databaseUrl)
    return `postgres://${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`
  } catch {
    return 'postgres'
  }
}
