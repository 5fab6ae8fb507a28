// Durability: the real server as a child process (exactly what `npm start` runs) on a temp SQLite
// file, stopped gracefully and killed with SIGKILL, then started again on the same file.

import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { clientBarrier, connectClient, waitFor, waitSynced, waitUntil } from '../support/clients'
import { createMapOn, startTestServer, tempDbPath, type ServerProcess } from '../support/server'
import { trackResources } from '../support/tracked'

const tracked = trackResources()
afterEach(tracked.cleanup)

const start = (dbPath: string) => tracked.start({ TRAILMAP_DB: dbPath })

/** The map as stored in the file right now (snapshot, then updates), read like another process. */
function readStored(dbPath: string, mapId: string): Y.Doc {
  const db = new Database(dbPath, { readonly: true })
  const doc = new Y.Doc()
  try {
    const snapshot = db.prepare('SELECT state FROM snapshots WHERE map_id = ?').get(mapId) as
      { state: Buffer } | undefined
    if (snapshot) Y.applyUpdate(doc, snapshot.state)
    const rows = db.prepare('SELECT data FROM updates WHERE map_id = ? ORDER BY seq').all(mapId)
    for (const row of rows as { data: Buffer }[]) Y.applyUpdate(doc, row.data)
  } finally {
    db.close()
  }
  return doc
}

async function open(server: ServerProcess, mapId: string) {
  const client = tracked.connect(server.wsUrl, mapId)
  await waitSynced(client)
  return client
}

function writeNotes(doc: Y.Doc, from: number, count: number) {
  for (let i = from; i < from + count; i++) {
    doc.getMap('notes').set(`n${i}`, new Y.Map<unknown>([['text', `note ${i}`]]))
  }
}

describe('persistence', () => {
  it('keeps every edit across a graceful restart (SIGTERM flushes and exits 0)', async () => {
    const dbPath = tempDbPath('graceful')
    const first = await start(dbPath)
    const mapId = await createMapOn(first.url)
    const editors = await Promise.all(Array.from({ length: 4 }, () => open(first, mapId)))
    editors.forEach((editor, index) => writeNotes(editor.doc, index * 100, 100))
    await waitFor(() => editors.every((e) => e.doc.getMap('notes').size === 400), 'all edits')
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
    expect(first.stdout.some((line) => line.includes('"msg":"stopped"'))).toBe(true)

    const second = await start(dbPath)
    const reader = await open(second, mapId)
    expect(reader.doc.getMap('notes').size).toBe(400)
    expect((reader.doc.getMap('notes').get('n399') as Y.Map<string>).get('text')).toBe('note 399')
  })

  it('keeps everything received more than 250 ms before a kill -9', async () => {
    const dbPath = tempDbPath('kill9')
    const first = await start(dbPath)
    const mapId = await createMapOn(first.url)
    const editor = await open(first, mapId)
    writeNotes(editor.doc, 0, 300)
    editor.doc.getMap('meta').set('title', 'written just before the crash')
    // Wait until the server has every update and has written it to the file (it promises to
    // within 250 ms), reading the file as another process would.
    const probe = await open(first, mapId)
    await waitFor(() => probe.doc.getMap('notes').size === 300, 'the server to relay all notes')
    await waitFor(() => {
      const onDisk = readStored(dbPath, mapId)
      return (
        onDisk.getMap('notes').size === 300 &&
        onDisk.getMap('meta').get('title') === 'written just before the crash'
      )
    }, 'every update in the file')
    first.child.kill('SIGKILL')
    expect(await first.exited).toBe('SIGKILL')

    const second = await start(dbPath)
    const reader = await open(second, mapId)
    expect(reader.doc.getMap('notes').size).toBe(300)
    expect(reader.doc.getMap('meta').get('title')).toBe('written just before the crash')
  })
})

describe('storage layout', () => {
  it('folds the update log into one snapshot and keeps the state', async () => {
    const server = await startTestServer({ compactEveryUpdates: 20, flushIntervalMs: 10 })
    try {
      const mapId = await createMapOn(server.url)
      const editor = tracked.connect(server.wsUrl, mapId)
      await waitSynced(editor)
      writeNotes(editor.doc, 0, 55)
      await clientBarrier(editor)
      // Folds run in the background once their updates are written.
      await waitUntil(
        async () => (await server.storage.log.load(mapId)).parts.length <= 20,
        'the log to be folded',
      )
      const parts = (await server.storage.log.load(mapId)).parts
      // One snapshot plus fewer updates than the threshold: the log never grows past it.
      expect(parts.length).toBeLessThanOrEqual(20)
      const restored = new Y.Doc()
      for (const part of parts) Y.applyUpdate(restored, part)
      expect(restored.getMap('notes').size).toBe(55)
    } finally {
      await server.close()
    }
  })

  it('compacts a room when its last client leaves, in WAL mode', async () => {
    const server = await startTestServer()
    const mapId = await createMapOn(server.url)
    const editor = connectClient(server.wsUrl, mapId)
    await waitSynced(editor)
    writeNotes(editor.doc, 0, 30)
    await clientBarrier(editor)
    editor.destroy()
    await waitFor(() => server.rooms.size === 0, 'the room to unload')
    // close() waits for the unloading room's save.
    await server.close()
    const db = new Database(server.dbPath, { readonly: true })
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      const updates = db
        .prepare('SELECT COUNT(*) AS n FROM updates WHERE map_id = ?')
        .get(mapId) as { n: number }
      const snapshots = db
        .prepare('SELECT COUNT(*) AS n FROM snapshots WHERE map_id = ?')
        .get(mapId) as { n: number }
      expect(updates.n).toBe(0)
      expect(snapshots.n).toBe(1)
    } finally {
      db.close()
    }
  })
})
