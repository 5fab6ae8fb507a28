// Folds a map's stored log into one snapshot in a worker thread, so that reading, applying and
// re-encoding a large map (hundreds of milliseconds for tens of MiB) and writing it back never
// holds up the server's event loop. Plain JavaScript: worker threads do not inherit the tsx loader
// everywhere the server runs (tests run it in-process). Same rules as server/persistence/fold.ts:
// parts are applied to a fresh Y.Doc and re-encoded; a part that fails stops the fold and the
// rows stay as they were.

import { parentPort } from 'node:worker_threads'
import Database from 'better-sqlite3'
import * as Y from 'yjs'

const connections = new Map()

function open(file) {
  let db = connections.get(file)
  if (!db) {
    db = new Database(file)
    // The server's own connection may be writing a batch: wait for it rather than fail.
    db.pragma('busy_timeout = 5000')
    db.pragma('foreign_keys = ON')
    connections.set(file, db)
  }
  return db
}

function fold(file, mapId, uptoSeq) {
  const db = open(file)
  const parts = []
  const snapshot = db.prepare('SELECT state FROM snapshots WHERE map_id = ?').get(mapId)
  if (snapshot) parts.push(snapshot.state)
  const rows = db
    .prepare('SELECT data FROM updates WHERE map_id = ? AND seq <= ? ORDER BY seq')
    .all(mapId, uptoSeq)
  for (const row of rows) parts.push(row.data)
  const doc = new Y.Doc()
  let state
  try {
    parts.forEach((part, index) => {
      try {
        Y.applyUpdate(doc, part)
      } catch (error) {
        throw new Error(`stored part ${index} could not be applied: ${error.message}`)
      }
    })
    state = Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
  db.transaction(() => {
    db.prepare('DELETE FROM updates WHERE map_id = ? AND seq <= ?').run(mapId, uptoSeq)
    db.prepare(
      `INSERT INTO snapshots (map_id, state, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(map_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ).run(mapId, state, Date.now())
  })()
  // Copy the WAL (now holding the whole new snapshot) into the database here, off the event
  // loop; the server's own connection never checkpoints by itself (see index.ts).
  db.pragma('wal_checkpoint(PASSIVE)')
  return state.length
}

parentPort.on('message', ({ id, file, mapId, uptoSeq }) => {
  try {
    parentPort.postMessage({ id, ok: true, bytes: fold(file, mapId, uptoSeq) })
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    })
  }
})
