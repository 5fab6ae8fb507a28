// The SQLite store shares its file with a second connection: the fold thread, opened on the first
// fold, which writes snapshots while the server goes on. A transaction that reads and then writes
// must not fail while that connection opens and writes ("database is locked" at the upgrade from
// reading to writing, which no busy timeout retries): creating a map issues its tokens that way,
// and a failure there was a 500 in CI. Without BEGIN IMMEDIATE this test fails every time.

import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqliteStorage, type SqliteStorage } from '../../server/persistence/sqlite'
import { tempDir } from '../support/temp-dirs'

let storage: SqliteStorage | null = null
afterEach(async () => {
  await storage?.close()
  storage = null
})

/** Another connection to `file` committing one small write after another for `ms`. */
function busyWriter(file: string, ms: number): Promise<number> {
  const worker = new Worker(
    `
    const { workerData, parentPort } = require('node:worker_threads')
    const Database = require('better-sqlite3')
    const db = new Database(workerData.file)
    db.pragma('busy_timeout = 5000')
    const touch = db.prepare('UPDATE maps SET updated_at = ? WHERE id = ?')
    const until = Date.now() + workerData.ms
    let commits = 0
    do {
      db.transaction(() => touch.run(Date.now(), workerData.id))()
      commits++
    } while (Date.now() < until)
    db.close()
    parentPort.postMessage(commits)
    `,
    { eval: true, workerData: { file, ms, id: 'busy-map' } },
  )
  return new Promise((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
}

it('issues tokens and saves workshop docs while another connection keeps committing', async () => {
  const file = path.join(tempDir('trailmap-writer-'), 'db')
  storage = openSqliteStorage(file, { flushIntervalMs: 0 })
  await storage.catalogue.create('busy-map', 'Busy')
  const doc = new Y.Doc()
  doc.getMap('m').set('k', 'v')
  const state = Y.encodeStateAsUpdate(doc)

  const writer = busyWriter(file, 2000)
  const failures: string[] = []
  let made = 0
  const until = Date.now() + 1800
  while (Date.now() < until) {
    const id = `map-${++made}`
    try {
      await storage.catalogue.create(id, 'Map')
      expect(await storage.tokens.issue(id)).not.toBeNull()
      await storage.workshop.save(id, state)
      await storage.workshop.save(id, state)
    } catch (error) {
      failures.push(`${id}: ${String(error)}`)
    }
  }
  const commits = await writer
  // The other connection opened and wrote while maps were being made (a busy main connection
  // may leave it few turns: the failures came as it opened and began to write).
  expect(commits).toBeGreaterThan(0)
  expect(made).toBeGreaterThan(100)
  expect(failures).toEqual([])
})
