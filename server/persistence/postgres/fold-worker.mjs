// Folds parts of a map's stored state into one snapshot in a worker thread, for the PostgreSQL log
// (which reads and writes the rows itself, in its fold transaction): applying and re-encoding a
// large map takes hundreds of milliseconds that the server's event loop must not wait for. Plain
// JavaScript: worker threads do not inherit the tsx loader. Same rules as
// server/persistence/fold.ts: a part that fails to apply stops the fold.

import { parentPort } from 'node:worker_threads'
import * as Y from 'yjs'

parentPort.on('message', ({ id, parts }) => {
  const doc = new Y.Doc()
  try {
    parts.forEach((part, index) => {
      try {
        Y.applyUpdate(doc, part)
      } catch (error) {
        throw new Error(`stored part ${index} could not be applied: ${error.message}`)
      }
    })
    const state = Y.encodeStateAsUpdate(doc)
    parentPort.postMessage({ id, ok: true, state }, [state.buffer])
  } catch (error) {
    parentPort.postMessage({
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    })
  } finally {
    doc.destroy()
  }
})
