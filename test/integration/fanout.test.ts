// Two server instances on one SQLite file, joined by a fan-out (the in-process one here; Redis
// between machines implements the same interface): clients on either see each other's edits live,
// each update is stored once, and a fold by one keeps what the other appended.

import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { inProcessFanout } from '../../server/sync/in-process-fanout'
import { clientBarrier, waitFor, waitSynced, type TestClient } from '../support/clients'
import { startTestServer, tempDbPath, type TestServer } from '../support/server'
import { connectWithToken, createMapWithTokens } from '../support/sockets'

const servers: TestServer[] = []
const clients: TestClient[] = []

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.close()
})

describe('two servers behind one fan-out', () => {
  it('relay each other’s edits and store each update once', async () => {
    const dbPath = tempDbPath('fanout')
    const fanout = inProcessFanout()
    const first = await startTestServer({ dbPath, flushIntervalMs: 0 }, { fanout })
    const second = await startTestServer({ dbPath, flushIntervalMs: 0 }, { fanout })
    servers.push(first, second)
    const map = await createMapWithTokens(first.url)
    const a = connectWithToken(first.wsUrl, map.id, { token: map.editToken })
    const b = connectWithToken(second.wsUrl, map.id, { token: map.editToken })
    clients.push(a, b)
    await Promise.all([waitSynced(a), waitSynced(b)])
    const before = (await first.storage.log.load(map.id)).parts.length

    a.doc.getMap('notes').set('from-a', new Y.Map([['text', 'via first']]))
    b.doc.getMap('notes').set('from-b', new Y.Map([['text', 'via second']]))
    await waitFor(() => b.doc.getMap('notes').has('from-a'), 'A’s edit on B')
    await waitFor(() => a.doc.getMap('notes').has('from-b'), 'B’s edit on A')
    await Promise.all([clientBarrier(a), clientBarrier(b)])
    await first.storage.log.flush()
    await second.storage.log.flush()
    // One row per edit: the room that received an update from the fan-out does not store it again.
    expect((await first.storage.log.load(map.id)).parts.length).toBe(before + 2)
  })
})
