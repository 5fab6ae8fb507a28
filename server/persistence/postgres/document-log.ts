// The document log in PostgreSQL: per map, one snapshot row and the updates appended since,
// numbered by a BIGSERIAL `seq`. Appends are written as a group commit: while one batch is being
// written, new appends wait in a buffer and go out together as the next batch, one statement each
// (no timer: an idle log writes an update at once). A batch that fails (the database unreachable)
// stays first in line and is retried with backoff; meanwhile the log reports itself not writable.
//
// Folding is safe with several nodes: a fold takes a transaction-scoped advisory lock on the map
// (one node folds a map at a time; another that finds it taken skips, as the fold in progress
// covers the same rows) and deletes exactly the rows it read. PostgreSQL hands out `seq` values
// before commit, so a row with a lower seq than the fold's limit can still appear after the fold
// read the log; it is not deleted, and the next fold takes it in.

import { createHash } from 'node:crypto'
import type pg from 'pg'
import { foldParts } from '../fold'
import type { DocumentLog, StoredState } from '../storage'

export interface PostgresLogOptions {
  /** Folds parts into one snapshot off the event loop (fold-thread.ts); else here. */
  foldParts?: (parts: Uint8Array[]) => Promise<Uint8Array>
  onFlush?: (durationMs: number, updates: number) => void
  onFlushError?: (error: unknown) => void
}

interface Pending {
  id: string
  data: Uint8Array
  resolve: (seq: number) => void
  reject: (error: Error) => void
}

export interface FoldStats {
  /** Folds this node wrote. */
  folded: number
  /** Folds skipped because another node held the map's fold lock. */
  skipped: number
}

export interface PostgresLog extends DocumentLog {
  onWritableChange(listener: (writable: boolean) => void): () => void
  /** Rejects every update still buffered; true when there were any. */
  abandon(reason: string): boolean
  readonly folds: FoldStats
}

/** The advisory lock key of one map's fold: 64 bits of a digest of its id. */
export function foldLockKey(mapId: string): string {
  return createHash('sha256').update(`trailmap fold ${mapId}`).digest().readBigInt64BE(0).toString()
}

const APPEND = `
WITH input AS (
  SELECT t.m, t.d, t.i, nextval(pg_get_serial_sequence('updates', 'seq')) AS s
  FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS t(m, d, i)
  ORDER BY t.i
),
stored AS (
  INSERT INTO updates (seq, map_id, data)
  SELECT s, m, d FROM input WHERE EXISTS (SELECT 1 FROM maps WHERE maps.id = input.m)
  RETURNING seq
),
touched AS (
  UPDATE maps SET updated_at = $3 WHERE id IN (SELECT DISTINCT m FROM input)
)
SELECT input.i, CASE WHEN stored.seq IS NULL THEN 0 ELSE input.s END AS seq
FROM input LEFT JOIN stored ON stored.seq = input.s ORDER BY input.i`

/** Snapshot and updates in one statement, so a fold committing meanwhile is seen whole or not. */
const LOAD = `
SELECT 0 AS part, 0::bigint AS seq, state AS data FROM snapshots WHERE map_id = $1
UNION ALL
SELECT 1, seq, data FROM updates WHERE map_id = $1
ORDER BY part, seq`

const MAX_BATCH = 500

export function postgresDocumentLog(pool: pg.Pool, options: PostgresLogOptions): PostgresLog {
  let buffer: Pending[] = []
  let writing: Promise<void> | null = null
  let retryTimer: NodeJS.Timeout | null = null
  let backoffMs = 0
  let writable = true
  let closed = false
  const listeners = new Set<(writable: boolean) => void>()
  const folds: FoldStats = { folded: 0, skipped: 0 }

  function setWritable(value: boolean) {
    if (writable === value) return
    writable = value
    for (const listener of listeners) listener(value)
  }

  function kick() {
    if (writing || retryTimer || buffer.length === 0 || closed) return
    writing = writeNext().finally(() => {
      writing = null
      kick()
    })
  }

  async function writeNext() {
    const batch = buffer.splice(0, MAX_BATCH)
    const started = performance.now()
    let seqs: number[]
    try {
      const { rows } = await pool.query<{ i: string; seq: string }>(APPEND, [
        batch.map((pending) => pending.id),
        batch.map((pending) => Buffer.from(pending.data)),
        Date.now(),
      ])
      seqs = rows.map((row) => Number(row.seq))
    } catch (error) {
      // Keep the updates for the next attempt rather than losing them.
      buffer = batch.concat(buffer)
      setWritable(false)
      options.onFlushError?.(error)
      backoffMs = Math.min(Math.max(backoffMs * 2, 100), 2_000)
      retryTimer = setTimeout(() => {
        retryTimer = null
        kick()
      }, backoffMs)
      retryTimer.unref()
      return
    }
    backoffMs = 0
    setWritable(true)
    options.onFlush?.(performance.now() - started, batch.length)
    batch.forEach((pending, index) => pending.resolve(seqs[index] ?? 0))
  }

  /** Resolves once everything buffered when it was called has been written. */
  async function flush(): Promise<void> {
    const target = buffer[buffer.length - 1]
    if (!target) {
      await writing
      return
    }
    // The last buffered append settles last (batches are written in order).
    await new Promise<void>((resolve) => {
      const { resolve: done, reject } = target
      target.resolve = (seq) => {
        done(seq)
        resolve()
      }
      target.reject = (error) => {
        reject(error)
        resolve()
      }
      kick()
    })
  }

  async function storedParts(id: string): Promise<StoredState> {
    const { rows } = await pool.query<{ part: number; seq: string; data: Buffer }>(LOAD, [id])
    let seq = 0
    const parts = rows.map((row) => {
      if (row.part === 1) seq = Number(row.seq)
      return new Uint8Array(row.data)
    })
    return { parts, seq }
  }

  async function fold(id: string, uptoSeq: number, state?: Uint8Array) {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const { rows: lock } = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1::bigint) AS ok',
        [foldLockKey(id)],
      )
      if (!lock[0]?.ok) {
        await client.query('ROLLBACK')
        folds.skipped++
        return
      }
      const { rows: snapshot } = await client.query<{ state: Buffer }>(
        'SELECT state FROM snapshots WHERE map_id = $1',
        [id],
      )
      const { rows: updates } = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE map_id = $1 AND seq <= $2 ORDER BY seq',
        [id, uptoSeq],
      )
      if (!state && updates.length === 0) {
        await client.query('ROLLBACK')
        return
      }
      const parts = [
        ...snapshot.map((row) => new Uint8Array(row.state)),
        ...updates.map((row) => new Uint8Array(row.data)),
      ]
      const folded =
        state ?? (options.foldParts ? await options.foldParts(parts) : foldParts(parts))
      await client.query(
        `INSERT INTO snapshots (map_id, state, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (map_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        [id, Buffer.from(folded), Date.now()],
      )
      // Exactly the rows read above: a row committed since (with any seq) is left for next time.
      await client.query('DELETE FROM updates WHERE map_id = $1 AND seq = ANY($2::bigint[])', [
        id,
        updates.map((row) => row.seq),
      ])
      await client.query('COMMIT')
      folds.folded++
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  return {
    get writable() {
      return writable
    },
    folds,
    async load(id) {
      await flush()
      return storedParts(id)
    },
    append(id, data) {
      return new Promise<number>((resolve, reject) => {
        if (closed) return reject(new Error('the store is closed'))
        buffer.push({ id, data, resolve, reject })
        kick()
      })
    },
    flush,
    async compact(id, uptoSeq, state) {
      // Updates up to `uptoSeq` may still be buffered: write them so the fold sees them.
      await flush()
      await fold(id, uptoSeq, state)
    },
    onWritableChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    abandon(reason) {
      closed = true
      if (retryTimer) clearTimeout(retryTimer)
      retryTimer = null
      const lost = buffer
      buffer = []
      for (const pending of lost) pending.reject(new Error(reason))
      return lost.length > 0
    },
  }
}
