// Updates whose dependencies never arrived ("pending" in Yjs): held outside the doc, bounded in
// bytes and age, counted against the doc limit, never stored and never sent to joiners.

import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ServerConfig } from '../../server/config'
import { encodeSyncUpdate } from '../../server/sync/messages'
import { waitFor, waitSynced, type TestClient } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import {
  connectWithToken,
  createMapWithTokens,
  rawBarrier,
  rawSocket,
  scrapeMetrics,
} from '../support/sockets'

const servers: TestServer[] = []
const clients: TestClient[] = []

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.close()
})

async function setup(overrides: Partial<ServerConfig> = {}) {
  const server = await startTestServer(overrides)
  servers.push(server)
  const map = await createMapWithTokens(server.url)
  return { server, map }
}

/** Two updates of one client where the second depends on the first. */
function dependentPair(firstText: string, secondText: string) {
  const doc = new Y.Doc()
  const text = doc.getText('t')
  text.insert(0, firstText)
  const first = Y.encodeStateAsUpdate(doc)
  const vector = Y.encodeStateVector(doc)
  text.insert(firstText.length, secondText)
  const second = Y.encodeStateAsUpdate(doc, vector)
  doc.destroy()
  return { first, second }
}

describe('pending updates', () => {
  it('are never sent to joiners or stored, and resolve when their dependency arrives', async () => {
    const { server, map } = await setup({ flushIntervalMs: 0 })
    const { first, second } = dependentPair('a', 'b')
    const attacker = rawSocket(server.wsUrl, map.id, map.editToken)
    await attacker.opened
    attacker.ws.send(encodeSyncUpdate(second))
    await rawBarrier(attacker)

    const joiner = connectWithToken(server.wsUrl, map.id, { token: map.editToken })
    clients.push(joiner)
    await waitSynced(joiner)
    expect(joiner.doc.store.pendingStructs).toBeNull()
    const stored = new Y.Doc()
    for (const part of (await server.storage.log.load(map.id)).parts) Y.applyUpdate(stored, part)
    expect(stored.store.pendingStructs).toBeNull()

    // The missing piece arrives: the held update joins the doc and reaches everyone.
    attacker.ws.send(encodeSyncUpdate(first))
    await waitFor(() => joiner.doc.getText('t').toString() === 'ab', 'the resolved text')
    expect(attacker.isClosed()).toBe(false)
  })

  it('closes a sender whose updates stay unresolvable past the age limit', async () => {
    const { server, map } = await setup({ pendingTimeoutMs: 300 })
    const socket = rawSocket(server.wsUrl, map.id, map.editToken)
    await socket.opened
    socket.ws.send(encodeSyncUpdate(dependentPair('a', 'b').second))
    const closed = await socket.closed
    expect(closed.code).toBe(4400)
    expect(closed.reason).toMatch(/never received/)
    const metrics = await scrapeMetrics(server.url)
    expect(metrics.value('trailmap_dropped_messages_total{reason="pending-update"}')).toBe(1)
  })

  it('closes a sender that passes the room’s pending budget, without merging the data', async () => {
    const { server, map } = await setup({ maxPendingBytes: 4096 })
    const socket = rawSocket(server.wsUrl, map.id, map.editToken)
    await socket.opened
    for (let i = 0; i < 10; i++) {
      socket.ws.send(encodeSyncUpdate(dependentPair(`x${i}`, 'y'.repeat(1000)).second))
    }
    const closed = await socket.closed
    expect(closed.code).toBe(4400)
    expect(closed.reason).toMatch(/too much data waiting/)
  })

  it('counts held data against the document size limit', async () => {
    const { server, map } = await setup({ maxDocBytes: 8192 })
    const socket = rawSocket(server.wsUrl, map.id, map.editToken)
    await socket.opened
    socket.ws.send(encodeSyncUpdate(dependentPair('a', 'p'.repeat(6000)).second))
    await rawBarrier(socket)
    const honest = connectWithToken(server.wsUrl, map.id, { token: map.editToken })
    clients.push(honest)
    await waitSynced(honest)
    const closed = new Promise<number>((resolve) =>
      honest.provider.once('connection-close', (event) => resolve(event?.code ?? -1)),
    )
    honest.doc.getText('other').insert(0, 'q'.repeat(3000))
    expect(await closed).toBe(4413)
  })
})
