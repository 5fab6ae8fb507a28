// Fuzzing a live server: random and truncated frames of every message type (sync step 1, step 2,
// update, awareness, auth, query-awareness, unknown types, empty and text frames), sent over many
// sockets into two maps, while honest y-websocket clients edit a third map. Afterwards the server
// answers /healthz, the honest clients have converged, no socket was closed for an internal error,
// and every stored map is byte-identical to what it was before.
//
// Seeded and bounded (frame count and wall time), so a failure replays exactly.
//
// Which map gets what: the edit-token target only gets frames that are invalid or change nothing
// (checked against a scratch copy before sending: a random payload can be a valid update by
// chance, and a valid edit is allowed to change the map); the view-token target also gets
// bit-flipped valid updates, which may well be valid edits and must be dropped all the same.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import { decodeClientMessage, encodeAwarenessEntries } from '../../server/sync/messages'
import { waitFor, waitSynced, type TestClient } from '../support/clients'
import { startTestServer, type TestServer } from '../support/server'
import {
  connectWithToken,
  createMapWithTokens,
  rawSocket,
  type CreatedMap,
} from '../support/sockets'
import { seededRandom, type Rng } from '../support/random'

const SEED = 0x5eed_2026
const MAX_FRAMES = 5_000
const MAX_MS = 20_000
const SOCKETS_AT_ONCE = 6

const frame = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}
const sync = (step: number, payload: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 0)
    encoding.writeVarUint(e, step)
    encoding.writeVarUint8Array(e, payload)
  })
const awareness = (payload: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, payload)
  })
const truncate = (rng: Rng, bytes: Uint8Array) => bytes.subarray(0, rng.int(bytes.length))
const flip = (rng: Rng, bytes: Uint8Array) => {
  const copy = bytes.slice()
  for (let i = 0, n = 1 + rng.int(4); i < n && copy.length > 0; i++) {
    const at = rng.int(copy.length)
    copy[at] = (copy[at] ?? 0) ^ (1 << rng.int(8))
  }
  return copy
}

/** Real updates and awareness payloads to cut and corrupt. */
function corpus() {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  doc.getMap('meta').set('title', 'fuzz source')
  const notes = doc.getMap<Y.Map<unknown>>('notes')
  for (let i = 0; i < 20; i++) notes.set(`n${i}`, new Y.Map<unknown>([['text', `note ${i}`]]))
  notes.delete('n3')
  const text = new Y.Text()
  doc.getMap('meta').set('description', text)
  text.insert(0, 'hello fuzzing world')
  text.delete(2, 5)
  updates.push(Y.encodeStateAsUpdate(doc))
  const states = [
    encodeAwarenessEntries([{ clientId: 77, clock: 1, state: { user: { name: 'x' } } }]),
    encodeAwarenessEntries([
      { clientId: 78, clock: 2 ** 31, state: { cursor: { x: 1, y: 2 } } },
      { clientId: 79, clock: 3, state: null },
    ]),
  ]
  const withDeletes = updates.filter((u) => Y.decodeUpdate(u).ds.clients.size > 0)
  return { updates, withDeletes, states, vector: Y.encodeStateVector(doc) }
}

// The crafted V2 update of yjs issue 687, which hangs Y.mergeUpdatesV2; sent as a V1 update.
const ISSUE_687 = Uint8Array.from(
  Buffer.from('00010000000001000100010200001602000001fdffffffff7f0000', 'hex'),
)

type Generator = (rng: Rng) => Uint8Array | string

function generators(source: ReturnType<typeof corpus>, view: boolean): Generator[] {
  const update = (rng: Rng) => rng.choose(source.updates)
  const list: Generator[] = [
    (rng) => rng.bytes(rng.int(40)),
    (rng) => Uint8Array.of(rng.int(256), ...rng.bytes(rng.int(12))),
    () => new Uint8Array(0),
    () => Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01),
    (rng) => `text frame ${rng.int(100)}`,
    (rng) => sync(0, rng.bytes(rng.int(30))),
    (rng) => sync(0, truncate(rng, source.vector)),
    () => sync(0, source.vector),
    (rng) => sync(rng.choose([1, 2]), rng.bytes(rng.int(60))),
    (rng) => sync(rng.choose([1, 2]), truncate(rng, update(rng))),
    (rng) => truncate(rng, sync(2, update(rng))),
    // Cut inside the trailing delete set: the structs before it are complete.
    (rng) => {
      const full = rng.choose(source.withDeletes)
      return sync(rng.choose([1, 2]), full.subarray(0, full.length - 1 - rng.int(4)))
    },
    (rng) => sync(3 + rng.int(300), rng.bytes(rng.int(8))),
    (rng) => sync(rng.choose([1, 2]), ISSUE_687),
    (rng) => awareness(rng.bytes(rng.int(40))),
    (rng) => awareness(truncate(rng, rng.choose(source.states))),
    (rng) => awareness(flip(rng, rng.choose(source.states))),
    (rng) => awareness(rng.choose(source.states)),
    (rng) => truncate(rng, awareness(rng.choose(source.states))),
    (rng) => Uint8Array.of(2, ...rng.bytes(rng.int(10))),
    (rng) => Uint8Array.of(3, ...rng.bytes(rng.int(3))),
    () => Uint8Array.of(3),
  ]
  if (view) {
    list.push((rng) => sync(rng.choose([1, 2]), flip(rng, update(rng))))
    list.push((rng) => sync(2, update(rng)))
  }
  return list
}

/** Whether `update` would be a valid change to a document holding `state`. */
function isValidChange(state: Uint8Array[], update: Uint8Array): boolean {
  const doc = new Y.Doc()
  try {
    for (const part of state) Y.applyUpdate(doc, part)
    Y.decodeUpdate(update)
    let changed = false
    doc.on('update', () => (changed = true))
    Y.applyUpdate(doc, update)
    return changed
  } catch {
    return false
  } finally {
    doc.destroy()
  }
}

/** The update a frame carries, decoded exactly as the server does; null when it carries none. */
function updateIn(data: Uint8Array | string): Uint8Array | null {
  if (typeof data === 'string') return null
  try {
    const message = decodeClientMessage(data)
    return message.type === 'sync-step2' || message.type === 'sync-update' ? message.update : null
  } catch {
    return null
  }
}

let server: TestServer
let editTarget: CreatedMap
let viewTarget: CreatedMap
let quiet: CreatedMap
let honestMap: CreatedMap
const honest: TestClient[] = []

beforeAll(async () => {
  server = await startTestServer({
    auth: true,
    flushIntervalMs: 10,
    connectionsPerIpPerMinute: 1_000_000,
    messagesPerSecond: 100_000,
    messageBurst: 100_000,
  })
  editTarget = await createMapWithTokens(server.url, { template: 'classic-5' })
  viewTarget = await createMapWithTokens(server.url, { template: 'six-phase' })
  quiet = await createMapWithTokens(server.url, { template: 'classic-5' })
  honestMap = await createMapWithTokens(server.url, { title: 'Honest' })
})
afterAll(async () => {
  for (const c of honest) c.destroy()
  await server?.close()
})

describe('fuzz', () => {
  it('survives random and truncated frames of every message type', async () => {
    await server.storage.log.flush()
    const before = new Map<string, Uint8Array[]>()
    for (const map of [editTarget, viewTarget, quiet]) {
      before.set(map.id, (await server.storage.log.load(map.id)).parts)
    }
    for (let i = 0; i < 3; i++) {
      honest.push(connectWithToken(server.wsUrl, honestMap.id, { token: honestMap.editToken }))
    }
    await Promise.all(honest.map((c) => waitSynced(c)))

    const rng = seededRandom(SEED)
    const source = corpus()
    const targets = [
      { map: editTarget, token: editTarget.editToken, gens: generators(source, false) },
      { map: viewTarget, token: viewTarget.viewToken, gens: generators(source, true) },
    ]
    const closeCodes = new Map<number, number>()
    let sent = 0
    let skipped = 0
    const deadline = Date.now() + MAX_MS

    async function worker(index: number) {
      while (sent < MAX_FRAMES && Date.now() < deadline) {
        const target = targets[(index + sent) % targets.length]!
        const socket = rawSocket(server.wsUrl, target.map.id, target.token)
        try {
          await socket.opened
        } catch {
          continue
        }
        for (let n = 0; n < 40 && !socket.isClosed() && sent < MAX_FRAMES; n++) {
          const data = rng.choose(target.gens)(rng)
          const update = target.map === editTarget ? updateIn(data) : null
          if (update && isValidChange(before.get(editTarget.id) ?? [], update)) {
            skipped++
            continue
          }
          if (socket.ws.readyState !== WebSocket.OPEN) break
          socket.ws.send(data)
          sent++
          // Honest edits in another room, interleaved with the garbage.
          if (sent % 50 === 0) {
            const c = honest[rng.int(honest.length)]!
            c.doc.getMap('meta').set(`k${rng.int(20)}`, sent)
          }
          if (n % 8 === 0) await new Promise((resolve) => setImmediate(resolve))
        }
        if (!socket.isClosed()) socket.ws.close()
        const { code } = await socket.closed
        closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1)
      }
    }
    await Promise.all(Array.from({ length: SOCKETS_AT_ONCE }, (_, i) => worker(i)))

    console.info(
      `fuzz: ${sent} frames sent, ${skipped} valid edits held back, closes by code:`,
      Object.fromEntries(closeCodes),
    )
    expect(sent).toBeGreaterThan(500)
    expect(skipped).toBeLessThan(sent)
    // Refusals are protocol errors (4400) or our own normal closes (1000/1005): never 1011.
    expect(closeCodes.get(1011) ?? 0).toBe(0)
    expect([...closeCodes.keys()].every((code) => [4400, 1000, 1005].includes(code))).toBe(true)
    expect(server.logs.some((l) => l.msg === 'closing connection: internal error')).toBe(false)

    const health = await fetch(`${server.url}healthz`)
    expect(health.status).toBe(200)
    // Honest clients converge.
    honest[0]!.doc.getMap('meta').set('final', 'done')
    const vector = (c: TestClient) => Buffer.from(Y.encodeStateVector(c.doc)).toString('hex')
    await waitFor(
      () =>
        honest.every((c) => c.doc.getMap('meta').get('final') === 'done') &&
        honest.every((c) => vector(c) === vector(honest[0]!)),
      'the honest clients to converge',
    )
    // Stored maps are byte-identical.
    await server.storage.log.flush()
    for (const [id, parts] of before)
      expect((await server.storage.log.load(id)).parts).toEqual(parts)
    // And they still open, with their content.
    const reader = connectWithToken(server.wsUrl, viewTarget.id, { token: viewTarget.viewToken })
    honest.push(reader)
    await waitSynced(reader)
    expect(reader.doc.getMap('meta').get('title')).toBeTruthy()
  })
})
