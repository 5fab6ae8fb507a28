// Several Trailmap nodes on one PostgreSQL database and one Redis, for the scale-out tests and
// bench: in this process (fast, inspectable) or as child processes (for kill -9).

import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type { ServerConfig } from '../../server/config'
import { openPostgresStorage } from '../../server/persistence/postgres'
import type { Rng } from './random'
import { startTestServer, type TestServer } from './server'
import type { PostgresServer } from './services'

/** A database of its own for one test. */
export async function freshDatabase(pg: PostgresServer): Promise<string> {
  return pg.createDatabase(`s_${randomUUID().replace(/-/g, '').slice(0, 16)}`)
}

export function startNode(
  databaseUrl: string,
  redisUrl: string,
  overrides: Partial<ServerConfig> = {},
): Promise<TestServer> {
  return startTestServer({
    databaseUrl,
    redisUrl,
    antiEntropyMs: 1_000,
    flushIntervalMs: 0,
    ...overrides,
  })
}

/** What the scale tests edit: a map of values and a list, both changed and deleted at random. */
export function docJson(doc: Y.Doc) {
  // Keys sorted: a Y.Map's key order is the order this replica learnt them in.
  const notes = doc.getMap('notes').toJSON()
  const sorted = Object.fromEntries(
    Object.keys(notes)
      .sort()
      .map((key) => [key, notes[key]]),
  )
  return { notes: sorted, list: doc.getArray('list').toJSON() }
}

/** One random edit in one transaction: sets, overwrites and deletes, inserts and removals. */
export function randomEdit(doc: Y.Doc, rng: Rng, tag: string) {
  const notes = doc.getMap<unknown>('notes')
  const list = doc.getArray<string>('list')
  doc.transact(() => {
    switch (rng.int(5)) {
      case 0:
      case 1:
        notes.set(`k${rng.int(40)}`, `${tag}-${rng.int(1000)}`)
        break
      case 2: {
        const keys = [...notes.keys()]
        const key = rng.pick(keys)
        if (key) notes.delete(key)
        break
      }
      case 3:
        list.insert(rng.int(list.length + 1), [`${tag}-${rng.int(1000)}`])
        break
      case 4:
        if (list.length > 0) list.delete(rng.int(list.length), 1)
        else list.push([tag])
        break
    }
  })
}

/** The document PostgreSQL holds for the map (snapshot and log, folded), as JSON. */
export async function storedJson(databaseUrl: string, mapId: string) {
  const storage = await openPostgresStorage(databaseUrl, { poolSize: 1 })
  try {
    const { parts } = await storage.log.load(mapId)
    const doc = new Y.Doc()
    for (const part of parts) Y.applyUpdate(doc, part)
    const json = docJson(doc)
    doc.destroy()
    return json
  } finally {
    await storage.close()
  }
}

export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Closes nodes without failing the test over one that is already gone. */
export async function closeAll(nodes: TestServer[]) {
  await Promise.all(nodes.splice(0).map((node) => node.close().catch(() => undefined)))
}
