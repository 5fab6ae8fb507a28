// The document log in SQLite: per map, one snapshot row and the updates appended since, numbered
// by the table's AUTOINCREMENT `seq`. Appends are buffered and written in one transaction at most
// `flushIntervalMs` later; each append's promise resolves with its `seq` once written. A write
// that fails (a full disk) keeps the batch for the next attempt, marks the log not writable and
// tells listeners; the next successful write marks it writable again.

import type Database from 'better-sqlite3'
import { foldParts } from '../fold'
import type { DocumentLog, StoredState } from '../storage'

export interface SqliteLogOptions {
  flushIntervalMs: number
  /** Called after each write with how long it took; feeds metrics and logs. */
  onFlush?: (durationMs: number, updates: number) => void
  onFlushError?: (error: unknown) => void
  /** Folds a map in another thread; without it the fold runs here. */
  foldOffThread?: { fold(mapId: string, uptoSeq: number): Promise<void>; readonly busy: number }
}

interface Pending {
  id: string
  data: Uint8Array
  resolve: (seq: number) => void
  reject: (error: Error) => void
}

export interface SqliteLog extends DocumentLog {
  onWritableChange(listener: (writable: boolean) => void): () => void
  /** Writes what is buffered now (synchronously); used before deletes and on close. */
  flushNow(): void
  /** Rejects every update still buffered; true when there were any. */
  abandon(reason: string): boolean
}

export function sqliteDocumentLog(db: Database.Database, options: SqliteLogOptions): SqliteLog {
  const sql = {
    snapshot: db.prepare<[string], { state: Buffer }>(
      'SELECT state FROM snapshots WHERE map_id = ?',
    ),
    updates: db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM updates WHERE map_id = ? ORDER BY seq',
    ),
    updatesUpTo: db.prepare<[string, number], { data: Buffer }>(
      'SELECT data FROM updates WHERE map_id = ? AND seq <= ? ORDER BY seq',
    ),
    // An update for a map deleted meanwhile is dropped here instead of failing the whole batch.
    append: db.prepare(
      'INSERT INTO updates (map_id, data) SELECT @id, @data WHERE EXISTS (SELECT 1 FROM maps WHERE id = @id)',
    ),
    touch: db.prepare('UPDATE maps SET updated_at = ? WHERE id = ?'),
    deleteUpTo: db.prepare('DELETE FROM updates WHERE map_id = ? AND seq <= ?'),
    upsertSnapshot: db.prepare(
      `INSERT INTO snapshots (map_id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(map_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ),
  }

  let buffer: Pending[] = []
  let timer: NodeJS.Timeout | null = null
  let writable = true
  const listeners = new Set<(writable: boolean) => void>()

  const writeBatch = db.transaction((batch: Pending[]) => {
    const now = Date.now()
    const touched = new Set<string>()
    const seqs: number[] = []
    for (const { id, data } of batch) {
      const result = sql.append.run({ id, data })
      seqs.push(result.changes > 0 ? Number(result.lastInsertRowid) : 0)
      touched.add(id)
    }
    for (const id of touched) sql.touch.run(now, id)
    return seqs
  })

  const replace = db.transaction((id: string, uptoSeq: number, state: Uint8Array) => {
    sql.deleteUpTo.run(id, uptoSeq)
    sql.upsertSnapshot.run(id, state, Date.now())
  })

  function setWritable(value: boolean) {
    if (writable === value) return
    writable = value
    for (const listener of listeners) listener(value)
  }

  /**
   * While the fold thread writes a large snapshot it holds the database's write lock: a batch
   * written now would wait for it on the event loop. Batches wait for the next tick instead;
   * `force` (loads, deletes, close) writes anyway.
   */
  function flushSoon() {
    if (options.foldOffThread && options.foldOffThread.busy > 0 && buffer.length > 0) {
      timer = null
      schedule()
      return
    }
    flushNow()
  }

  function flushNow() {
    if (timer) clearTimeout(timer)
    timer = null
    if (buffer.length === 0) return
    const batch = buffer
    buffer = []
    const started = performance.now()
    let seqs: number[]
    try {
      seqs = writeBatch(batch)
    } catch (error) {
      // Keep the updates for the next attempt rather than losing them.
      buffer = batch.concat(buffer)
      setWritable(false)
      options.onFlushError?.(error)
      schedule()
      return
    }
    setWritable(true)
    options.onFlush?.(performance.now() - started, batch.length)
    batch.forEach((pending, index) => pending.resolve(seqs[index] ?? 0))
  }

  function schedule() {
    if (timer) return
    timer = setTimeout(flushSoon, Math.max(options.flushIntervalMs, 1))
  }

  function storedParts(id: string, uptoSeq = Infinity): StoredState {
    const parts: Uint8Array[] = []
    let seq = 0
    const snapshot = sql.snapshot.get(id)
    if (snapshot) parts.push(new Uint8Array(snapshot.state))
    for (const row of sql.updates.iterate(id)) {
      if (row.seq > uptoSeq) break
      parts.push(new Uint8Array(row.data))
      seq = row.seq
    }
    return { parts, seq }
  }

  return {
    get writable() {
      return writable
    },
    async load(id) {
      flushNow()
      return storedParts(id)
    },
    append(id, data) {
      return new Promise<number>((resolve, reject) => {
        buffer.push({ id, data, resolve, reject })
        if (options.flushIntervalMs === 0) flushSoon()
        else schedule()
      })
    },
    async flush() {
      flushNow()
    },
    async compact(id, uptoSeq, state) {
      // Updates up to `uptoSeq` may still be buffered: write them so the fold sees them.
      flushNow()
      if (state) return replace(id, uptoSeq, state)
      if (options.foldOffThread) return options.foldOffThread.fold(id, uptoSeq)
      replace(id, uptoSeq, foldParts(storedParts(id, uptoSeq).parts))
    },
    onWritableChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    flushNow,
    abandon(reason) {
      if (timer) clearTimeout(timer)
      timer = null
      const lost = buffer
      buffer = []
      for (const pending of lost) pending.reject(new Error(reason))
      return lost.length > 0
    },
  }
}
