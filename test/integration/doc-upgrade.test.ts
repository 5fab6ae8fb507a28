// A map stored by an older Trailmap is upgraded by the server when its room opens — before any
// client is answered, in one transaction, with the kinds' own migration steps (the ones the
// JSON format runs) — and the upgrade is stored. Real server, real SQLite file, real clients.

import { afterEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { collectionOf, commitMap, fromY, metaOf, readSchemaVersion } from '../../src/collab/codec'
import { emptyMap } from '../../src/domain/defaults'
import { CORE_KINDS, createKindRegistry } from '../../src/domain/kinds/registry'
import { touchpointKind, type Touchpoint } from '../../src/domain/kinds/touchpoint'
import { listOf } from '../../src/domain/kinds/collections'
import { connectClient, waitSynced, type TestClient } from '../support/clients'
import { sampleMap } from '../support/sample-map'
import { createMapOn, startTestServer, tempDbPath, type TestServer } from '../support/server'

const servers: TestServer[] = []
const clients: TestClient[] = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  for (const server of servers.splice(0)) await server.close()
})

/** What the first release stored: the records, no `meta.schemaVersion`. */
function version1State(): Uint8Array {
  const doc = new Y.Doc()
  commitMap(doc, fromY(doc), { ...sampleMap(), meta: { title: 'Stored in v1', description: '' } })
  expect(readSchemaVersion(doc)).toBeNull()
  return Y.encodeStateAsUpdate(doc)
}

/** This build's kinds, plus a version 2 that renames every touchpoint: a migration to watch. */
const registryV2 = createKindRegistry(
  CORE_KINDS.map((kind) =>
    kind === touchpointKind
      ? {
          ...touchpointKind,
          migrations: [
            { to: 2, up: (record) => ({ ...record, title: `${String(record['title'])} (v2)` }) },
          ],
        }
      : kind,
  ),
  2,
)

async function storeVersion1Map(dbPath: string): Promise<string> {
  const seeding = await startTestServer({ dbPath })
  const mapId = await createMapOn(seeding.url, 'Stored in v1')
  await seeding.storage.log.compact(mapId, Number.MAX_SAFE_INTEGER, version1State())
  await seeding.close()
  return mapId
}

function titlesSeen(client: TestClient): Set<string> {
  const seen = new Set<string>()
  client.doc.on('update', () => {
    for (const card of listOf(fromY(client.doc, registryV2), touchpointKind)) {
      seen.add((card as Touchpoint).title)
    }
  })
  return seen
}

it('upgrades a stored version 1 map before answering anyone, once, and stores it', async () => {
  const dbPath = tempDbPath('doc-upgrade')
  const mapId = await storeVersion1Map(dbPath)

  const server = await startTestServer({ dbPath }, { registry: registryV2 })
  servers.push(server)
  const client = connectClient(server.wsUrl, mapId)
  clients.push(client)
  const seen = titlesSeen(client)
  await waitSynced(client)

  expect(readSchemaVersion(client.doc)).toBe(2)
  const titles = [...collectionOf(client.doc, touchpointKind).values()].map((r) => r.get('title'))
  expect(titles.length).toBe(Object.keys(sampleMap().touchpoints).length)
  for (const title of titles) expect(String(title)).toMatch(/ \(v2\)$/)
  // The client never saw the map before its upgrade: the first state it got was upgraded.
  for (const title of seen) expect(title).toMatch(/ \(v2\)$/)
  expect(
    server.logs.filter((l) => l['msg'] === 'upgraded the map to the current format'),
  ).toHaveLength(1)

  // Stored: after a restart the map is at version 2 and is not upgraded again.
  for (const c of clients.splice(0)) c.destroy()
  await server.close()
  servers.splice(0)
  const again = await startTestServer({ dbPath }, { registry: registryV2 })
  servers.push(again)
  const later = connectClient(again.wsUrl, mapId)
  clients.push(later)
  await waitSynced(later)
  expect(readSchemaVersion(later.doc)).toBe(2)
  const laterTitles = [...collectionOf(later.doc, touchpointKind).values()].map((r) =>
    r.get('title'),
  )
  for (const title of laterTitles) expect(String(title)).toMatch(/ \(v2\)$/)
  expect(String(laterTitles[0])).not.toMatch(/\(v2\) \(v2\)/)
  expect(
    again.logs.filter((l) => l['msg'] === 'upgraded the map to the current format'),
  ).toHaveLength(0)
})

it('upgrades a real version 1 map to version 2: cards gain the new fields, keep every old one', async () => {
  const dbPath = tempDbPath('doc-v1-to-v2')
  const seeding = await startTestServer({ dbPath })
  const mapId = await createMapOn(seeding.url, 'Stored in v1')
  // Exactly what the first release stored: version-1 records, no lanes, no personas, no stamp.
  const v1Fields = ['laneId', 'personaIds', 'personaEmotions', 'evidence', 'evidenceSource']
  const sample = sampleMap()
  const v1Cards = Object.fromEntries(
    Object.entries(sample.touchpoints).map(([id, card]) => [
      id,
      Object.fromEntries(Object.entries(card).filter(([key]) => !v1Fields.includes(key))),
    ]),
  )
  const doc = new Y.Doc()
  const v1Map = { ...sample, touchpoints: v1Cards } as unknown as typeof sample
  commitMap(doc, fromY(doc), v1Map)
  expect(readSchemaVersion(doc)).toBeNull()
  await seeding.storage.log.compact(mapId, Number.MAX_SAFE_INTEGER, Y.encodeStateAsUpdate(doc))
  await seeding.close()

  const server = await startTestServer({ dbPath })
  servers.push(server)
  const client = connectClient(server.wsUrl, mapId)
  clients.push(client)
  await waitSynced(client)
  expect(readSchemaVersion(client.doc)).toBe(2)
  const stored = [...collectionOf(client.doc, touchpointKind).values()]
  expect(stored).toHaveLength(Object.keys(v1Cards).length)
  for (const record of stored) {
    // The new fields hold their defaults, which the doc leaves out (src/collab/codec/left-out.ts):
    // the upgrade stores nothing for them, reading fills them in.
    for (const field of v1Fields) expect(record.has(field)).toBe(false)
  }
  const read = fromY(client.doc)
  for (const [id, card] of Object.entries(v1Cards)) {
    expect(read.touchpoints[id]).toMatchObject(card)
    expect(read.touchpoints[id]).toMatchObject({
      laneId: null,
      personaIds: [],
      personaEmotions: [],
      evidence: 'assumed',
      evidenceSource: '',
    })
  }
})

it('leaves a map saved by a newer Trailmap alone and says so in the log', async () => {
  const dbPath = tempDbPath('doc-newer')
  const seeding = await startTestServer({ dbPath })
  const mapId = await createMapOn(seeding.url, 'From the future')
  const doc = new Y.Doc()
  commitMap(doc, fromY(doc), emptyMap('From the future'))
  doc.transact(() => metaOf(doc).set('schemaVersion', 99))
  const stored = Y.encodeStateAsUpdate(doc)
  await seeding.storage.log.compact(mapId, Number.MAX_SAFE_INTEGER, stored)
  await seeding.close()

  const server = await startTestServer({ dbPath })
  servers.push(server)
  const client = connectClient(server.wsUrl, mapId)
  clients.push(client)
  await waitSynced(client)
  expect(readSchemaVersion(client.doc)).toBe(99)
  expect(server.logs.some((l) => String(l['msg']).includes('newer Trailmap'))).toBe(true)
})
