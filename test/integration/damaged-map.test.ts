// A map whose stored state does not decode refuses to open (4422), is never overwritten, and can
// be salvaged into a new map by the operator command. A database file truncated to 0 bytes stops
// the server instead of passing for a new one.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { openSqliteStorage } from '../../server/persistence/sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { closedCode, waitFor, waitSynced, type TestClient } from '../support/clients'
import { startTestServer, tempDbPath, type TestServer } from '../support/server'
import { connectWithToken, createMapWithTokens } from '../support/sockets'

const run = promisify(execFile)
const servers: TestServer[] = []
const clients: TestClient[] = []

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.close()
})

async function start(dbPath: string) {
  const server = await startTestServer({ dbPath, auth: true, flushIntervalMs: 0 })
  servers.push(server)
  return server
}

function connect(server: TestServer, mapId: string, token: string) {
  const client = connectWithToken(server.wsUrl, mapId, { token })
  clients.push(client)
  return client
}

function rows(dbPath: string, mapId: string) {
  const db = new Database(dbPath, { readonly: true })
  try {
    const snapshot = db.prepare('SELECT state FROM snapshots WHERE map_id = ?').get(mapId)
    const updates = db
      .prepare('SELECT seq, data FROM updates WHERE map_id = ? ORDER BY seq')
      .all(mapId)
    return { snapshot, updates }
  } finally {
    db.close()
  }
}

describe('a damaged map', () => {
  it('refuses to open, keeps its rows untouched, and can be salvaged into a new map', async () => {
    const dbPath = tempDbPath('damaged')
    let server = await start(dbPath)
    const map = await createMapWithTokens(server.url, { title: 'Fragile', template: 'classic-5' })
    const writer = connect(server, map.id, map.editToken)
    await waitSynced(writer)
    writer.doc.getMap('meta').set('title', 'Fragile, edited')
    await waitFor(() => rows(dbPath, map.id).updates.length > 0, 'the update stored')
    await server.close()
    servers.length = 0
    // One more row that does not depend on the snapshot, as a second writer would append it.
    const other = openSqliteStorage(dbPath, { flushIntervalMs: 0 })
    const extra = new Y.Doc()
    extra.getMap('notes-outside').set('kept', 'yes')
    await other.log.append(map.id, Y.encodeStateAsUpdate(extra))
    await other.close()

    // Cut the snapshot in half, as a bad disk sector or a bad copy would.
    const db = new Database(dbPath)
    db.prepare(
      'UPDATE snapshots SET state = substr(state, 1, length(state) / 2) WHERE map_id = ?',
    ).run(map.id)
    db.close()
    const before = rows(dbPath, map.id)

    server = await start(dbPath)
    const reader = connect(server, map.id, map.editToken)
    expect(await closedCode(reader)).toBe(4422)
    const exported = await fetch(`${server.url}api/maps/${map.id}.json`, {
      headers: { authorization: `Bearer ${map.editToken}` },
    })
    expect(exported.status).toBe(409)
    expect(((await exported.json()) as { error: string }).error).toMatch(/kept as it was/)
    const duplicate = await fetch(`${server.url}api/maps/${map.id}/duplicate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${map.editToken}`, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(duplicate.status).toBe(409)
    expect(rows(dbPath, map.id)).toEqual(before)

    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/salvage-map.ts', map.id],
      { env: { ...process.env, TRAILMAP_DB: dbPath } },
    )
    const salvaged = JSON.parse(stdout) as { id: string; editToken: string; skipped: number[] }
    expect(salvaged.skipped).toEqual([0])
    expect(rows(dbPath, map.id)).toEqual(before)
    const opened = connect(server, salvaged.id, salvaged.editToken)
    await waitSynced(opened)
    expect(opened.doc.getMap('notes-outside').get('kept')).toBe('yes')
  })

  it('refuses to start on a database file truncated to 0 bytes', async () => {
    const dbPath = tempDbPath('truncated')
    fs.writeFileSync(dbPath, '')
    await expect(startTestServer({ dbPath })).rejects.toThrow(/exists but is empty/)
    expect(fs.statSync(dbPath).size).toBe(0)
  })
})
