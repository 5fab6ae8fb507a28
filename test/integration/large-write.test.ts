// A valid 12 MB map written in one edit (what "Import → open as a new map" does) reaches the
// server in frames under its limit, is stored, and comes back after a restart. Before the writes
// were split, the one huge frame was refused with 1009 on every reconnect and nothing was saved.

import { afterEach, expect, it } from 'vitest'
import { commitMap, fromY } from '../../src/collab/codec'
import { LOCAL_ORIGIN } from '../../src/collab/origin'
import { createPhase, createTouchpoint } from '../../src/domain/defaults'
import { serializeMap } from '../../src/domain/format'
import type { JourneyMap } from '../../src/domain/types'
import { connectClient, waitFor, waitSynced, type TestClient } from '../support/clients'
import { createMapOn, startTestServer, tempDbPath, type TestServer } from '../support/server'

let server: TestServer | undefined
const clients: TestClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.close()
  server = undefined
})

function bigMap(base: JourneyMap, cards: number): JourneyMap {
  const phase = createPhase({ id: 'big-phase', name: 'Everything' })
  const touchpoints: Record<string, ReturnType<typeof createTouchpoint>> = {}
  for (let i = 0; i < cards; i += 1) {
    touchpoints[`card-${i}`] = createTouchpoint({
      id: `card-${i}`,
      title: `Card ${i}`,
      description: `What the customer does at step ${i}. `.repeat(30),
      phaseId: phase.id,
      position: { x: 40, y: 80 + i * 150 },
    })
  }
  return { ...base, phases: [phase], touchpoints }
}

it('stores a 12 MB write made in one edit, in frames the server accepts', async () => {
  const dbPath = tempDbPath('large-write')
  server = await startTestServer({ dbPath })
  const mapId = await createMapOn(server.url, 'Big import')
  const writer = connectClient(server.wsUrl, mapId)
  clients.push(writer)
  const closes: number[] = []
  writer.provider.on('connection-close', (event) => {
    if (event) closes.push(event.code)
  })
  await waitSynced(writer)

  const map = bigMap(fromY(writer.doc), 9000)
  expect(serializeMap(map).length).toBeGreaterThan(12_000_000)
  commitMap(writer.doc, fromY(writer.doc), map, LOCAL_ORIGIN)

  const reader = connectClient(server.wsUrl, mapId)
  clients.push(reader)
  await waitFor(
    () => Object.keys(fromY(reader.doc).touchpoints).length === 9000,
    'every card at a second client',
    60_000,
  )
  expect(closes).toEqual([])

  // Stored, not only relayed: a restart on the same file gives the whole map back.
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
  server = await startTestServer({ dbPath })
  const later = connectClient(server.wsUrl, mapId)
  clients.push(later)
  await waitSynced(later, 30_000)
  expect(Object.keys(fromY(later.doc).touchpoints)).toHaveLength(9000)
}, 120_000)
