// The document log's contract, on real SQLite files: appends are numbered, a fold deletes only
// the rows up to the sequence it folded, and rows a second writer appended after that survive.

import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openSqliteStorage, type SqliteStorage } from '../../server/persistence/sqlite'
import { startTestServer, tempDbPath, type TestServer } from '../support/server'
import { connectWithToken, createMapWithTokens } from '../support/sockets'
import { waitFor, waitSynced, type TestClient } from '../support/clients'

const opened: SqliteStorage[] = []
const clients: TestClient[] = []
let server: TestServer | null = null

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.close()
  server = null
  for (const storage of opened.splice(0)) await storage.close().catch(() => undefined)
})

function open(file: string) {
  const storage = openSqliteStorage(file, { flushIntervalMs: 0 })
  opened.push(storage)
  return storage
}

/** An update that sets `key` in the doc's `m` map, made by a fresh client. */
function updateSetting(key: string, value: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set(key, value)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

function read(parts: Uint8Array[]) {
  const doc = new Y.Doc()
  for (const part of parts) Y.applyUpdate(doc, part)
  return doc.getMap('m').toJSON()
}

describe('document log', () => {
  it('numbers appends and folds only up to the sequence given; a second writer’s rows survive', async () => {
    const file = tempDbPath('log')
    const first = open(file)
    const second = open(file)
    await first.catalogue.create('m', 'Map')
    const a = await first.log.append('m', updateSetting('a', '1'))
    const b = await first.log.append('m', updateSetting('b', '2'))
    expect(b).toBeGreaterThan(a)
    // The second writer appends after the first one read what it is going to fold.
    const folded = (await first.log.load('m')).parts
    const c = await second.log.append('m', updateSetting('c', '3'))
    expect(c).toBeGreaterThan(b)
    const state = Y.encodeStateAsUpdate(
      (() => {
        const doc = new Y.Doc()
        for (const part of folded) Y.applyUpdate(doc, part)
        return doc
      })(),
    )
    await first.log.compact('m', b, state)

    const after = await second.log.load('m')
    expect(after.parts).toHaveLength(2)
    expect(after.seq).toBe(c)
    expect(read(after.parts)).toEqual({ a: '1', b: '2', c: '3' })
  })

  it('folds its own rows when no state is given, and keeps later ones', async () => {
    const storage = open(tempDbPath('fold'))
    await storage.catalogue.create('m', 'Map')
    await storage.log.append('m', updateSetting('a', '1'))
    const b = await storage.log.append('m', updateSetting('b', '2'))
    const c = await storage.log.append('m', updateSetting('c', '3'))
    await storage.log.compact('m', b)
    const after = await storage.log.load('m')
    expect(after.parts).toHaveLength(2)
    expect(after.seq).toBe(c)
    expect(read(after.parts)).toEqual({ a: '1', b: '2', c: '3' })
  })

  it('a room’s compaction keeps an update another writer appended to the same map', async () => {
    server = await startTestServer({ compactEveryUpdates: 5, flushIntervalMs: 0 })
    const map = await createMapWithTokens(server.url)
    const editor = connectWithToken(server.wsUrl, map.id, { token: map.editToken })
    clients.push(editor)
    await waitSynced(editor)
    const other = open(server.dbPath)
    await other.log.append(map.id, updateSetting('outside', 'kept'))
    for (let i = 0; i < 12; i++) editor.doc.getMap('m').set(`k${i}`, i)
    // Twelve updates with a fold every five: the room folds the log while the row is in it.
    await waitFor(
      () => server !== null && server.logs.some((line) => line.msg === 'compacted'),
      'a compaction',
    )
    await server.close()
    server = null
    const stored = await other.log.load(map.id)
    expect(stored.parts).toHaveLength(1)
    expect(read(stored.parts)).toMatchObject({ outside: 'kept', k11: 11 })
  })
})
