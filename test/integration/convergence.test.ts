// Five real y-websocket clients make random concurrent edits through the domain operations, with
// random disconnects; afterwards every client, and a fresh client of a restarted server loading
// from SQLite, holds the identical map. Seeded, so a failure replays exactly.

import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { fromY } from '../../src/collab/codec'
import { createSession, type MapSession } from '../../src/collab/session'
import { createEdge, createNote, createPhase, createTouchpoint } from '../../src/domain/defaults'
import { JourneyError } from '../../src/domain/errors'
import * as ops from '../../src/domain/operations'
import type { JourneyMap } from '../../src/domain/types'
import { CHANNELS, EMOTIONS } from '../../src/domain/vocabulary'
import { connectClient, sleep, waitFor, waitSynced, type TestClient } from '../support/clients'
import { expectSameData } from '../support/equal'
import { createMapOn, startTestServer, type TestServer } from '../support/server'
import { seededRandom, type Rng } from '../support/random'

function randomEdit(map: JourneyMap, rng: Rng): JourneyMap {
  const phases = map.phases
  const cards = Object.values(map.touchpoints)
  const phase = rng.pick(phases)
  const card = rng.pick(cards)
  switch (rng.int(12)) {
    case 0:
      return ops.addPhase(
        map,
        createPhase({ name: `Phase ${rng.int(100)}` }),
        rng.int(phases.length + 1),
      )
    case 1:
      return phase ? ops.renamePhase(map, phase.id, `Renamed ${rng.int(100)}`) : map
    case 2:
      return phase ? ops.movePhase(map, phase.id, rng.int(phases.length)) : map
    case 3:
      return phase && phases.length > 1
        ? ops.deletePhase(map, phase.id, { touchpoints: 'unassign' })
        : map
    case 4:
    case 5:
      return ops.addTouchpoint(
        map,
        createTouchpoint({
          title: `Card ${rng.int(1000)}`,
          phaseId: phase?.id ?? null,
          channel: rng.pick(CHANNELS) ?? 'website',
          position: { x: rng.int(200), y: 60 + rng.int(400) },
        }),
      )
    case 6:
      return card
        ? ops.updateTouchpoint(map, card.id, {
            emotion: rng.pick(EMOTIONS) ?? 0,
            painPoints: [`pain ${rng.int(10)}`],
          })
        : map
    case 7:
      return card
        ? ops.moveTouchpointToPoint(map, card.id, { x: rng.int(1500), y: 80 + rng.int(300) })
        : map
    case 8:
      return card ? ops.deleteTouchpoints(map, [card.id]) : map
    case 9: {
      const other = rng.pick(cards)
      return card && other && card.id !== other.id
        ? ops.connect(
            map,
            createEdge({ source: card.id, target: other.id, label: `step ${rng.int(9)}` }),
          )
        : map
    }
    case 10: {
      const edge = rng.pick(Object.values(map.edges))
      return edge ? ops.disconnect(map, [edge.id]) : map
    }
    default:
      return ops.addNote(
        map,
        createNote({ text: `note ${rng.int(100)}`, position: { x: rng.int(900), y: -200 } }),
      )
  }
}

let server: TestServer
afterAll(async () => {
  await server?.close()
})

describe('convergence', () => {
  it.each([1, 2, 3])(
    'five clients with random edits and disconnects converge (seed %i)',
    async (seed) => {
      server = await startTestServer({ flushIntervalMs: 20, compactEveryUpdates: 50 })
      const mapId = await createMapOn(server.url)
      const rng = seededRandom(seed)
      const clients: { client: TestClient; session: MapSession }[] = []
      for (let i = 0; i < 5; i++) {
        const client = connectClient(server.wsUrl, mapId)
        const session = createSession(
          mapId,
          { name: `P${i}`, color: '#123456' },
          {
            doc: client.doc,
            awareness: client.provider.awareness,
          },
        )
        clients.push({ client, session })
      }
      await Promise.all(clients.map(({ client }) => waitSynced(client)))

      for (let round = 0; round < 40; round++) {
        for (const { client, session } of clients) {
          if (rng.next() < 0.08) {
            if (client.provider.wsconnected) client.provider.disconnect()
            else client.provider.connect()
          }
          const edits = rng.int(3)
          for (let e = 0; e < edits; e++) {
            try {
              session.edit((map) => randomEdit(map, rng))
            } catch (error) {
              // A random edit can be refused by the domain (e.g. a duplicate edge): that is fine.
              if (!(error instanceof JourneyError)) throw error
            }
          }
        }
        if (rng.next() < 0.3) await sleep(rng.int(30))
      }
      for (const { client } of clients) if (!client.provider.wsconnected) client.provider.connect()
      const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64')
      await waitFor(
        () =>
          clients.every(({ client }) => stateOf(client.doc) === stateOf(clients[0]!.client.doc)),
        'every client to hold every update',
        20_000,
      )
      const reference = fromY(clients[0]!.client.doc)
      expect(Object.keys(reference.touchpoints).length + reference.phases.length).toBeGreaterThan(5)
      for (const { session } of clients) expectSameData(session.getMap(), reference)
      for (const { session } of clients)
        expectSameData(fromY(clients[0]!.client.doc), session.getMap())

      for (const { client, session } of clients) {
        session.destroy()
        client.provider.destroy()
      }
      // Restart the server on the same SQLite file; a fresh client loads the same map from storage.
      await waitFor(() => server.rooms.size === 0, 'the room to unload')
      await server.close()
      server = await startTestServer({ dbPath: server.dbPath })
      const fresh = connectClient(server.wsUrl, mapId)
      await waitSynced(fresh)
      expectSameData(fromY(fresh.doc), reference)
      fresh.destroy()
      await server.close()
    },
  )
})
