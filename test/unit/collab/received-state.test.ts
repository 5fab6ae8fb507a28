// The server's state applied without Yjs encoding it again: the doc's 'update' listeners get the
// received bytes themselves, a write made in reply still reaches them, and the sync handler
// answers every message as y-websocket's own does.

import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { commitMap, fromY, mirrorDoc } from '../../../src/collab/codec'
import {
  applyWithoutReencoding,
  LARGE_STATE_BYTES,
  syncMessageHandler,
} from '../../../src/collab/received-state'
import { sampleJourney } from '../../../bin/sample-journey'
import { expectSameData } from '../../support/equal'

/** A doc holding a map big enough for the large-state path, and its whole state. */
function serverState(cards = 300) {
  const doc = new Y.Doc()
  const map = sampleJourney({ phases: 5, perPhase: cards / 5, across: 4, notes: 2 })
  commitMap(doc, fromY(doc), map)
  return { doc, map, state: Y.encodeStateAsUpdate(doc) }
}

type Heard = { update: Uint8Array; origin: unknown }

function listen(doc: Y.Doc): Heard[] {
  const heard: Heard[] = []
  doc.on('update', (update: Uint8Array, origin: unknown) => heard.push({ update, origin }))
  return heard
}

/** A doc built from only what the 'update' listeners heard. */
function replay(heard: readonly Heard[]): Y.Doc {
  const copy = new Y.Doc()
  for (const { update } of heard) Y.applyUpdate(copy, update)
  return copy
}

describe('applyWithoutReencoding', () => {
  it('hands the update listeners the received bytes, and the doc holds the map', () => {
    const { map, state } = serverState()
    const doc = new Y.Doc()
    const heard = listen(doc)
    const origin = { name: 'server' }
    applyWithoutReencoding(doc, state, origin)
    expect(heard).toHaveLength(1)
    // The very array received: Yjs did not encode the transaction again.
    expect(heard[0]?.update).toBe(state)
    expect(heard[0]?.origin).toBe(origin)
    expectSameData(fromY(doc), map)
    expectSameData(fromY(replay(heard)), map)
  })

  it('tells the listeners nothing when the state brings nothing new', () => {
    const { doc: server, state } = serverState(20)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    const heard = listen(doc)
    applyWithoutReencoding(doc, Y.encodeStateAsUpdate(server), 'server')
    expect(heard).toEqual([])
  })

  it('passes on a write made in reply, with its own origin', () => {
    const { map, state } = serverState(20)
    const doc = new Y.Doc()
    const mirror = mirrorDoc(doc)
    // Someone writes as soon as the map arrives (like a repair would): a transaction of its own.
    let replied = false
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (replied || transaction.origin !== 'server') return
      replied = true
      const next = { ...mirror.get(), meta: { ...mirror.get().meta, title: 'Renamed' } }
      commitMap(doc, mirror.get(), next, 'me')
    })
    const heard = listen(doc)
    applyWithoutReencoding(doc, state, 'server')
    expect(heard.map((h) => h.origin)).toEqual(['server', 'me'])
    expect(heard[0]?.update).toBe(state)
    const copy = fromY(replay(heard))
    expect(copy.meta.title).toBe('Renamed')
    expectSameData(copy, fromY(doc))
    expect(Object.keys(copy.touchpoints).sort()).toEqual(Object.keys(map.touchpoints).sort())
  })

  it('keeps the listeners after a malformed update, and they hear the next edit', () => {
    const { state } = serverState(20)
    const doc = new Y.Doc()
    const heard = listen(doc)
    expect(() => applyWithoutReencoding(doc, state.slice(0, state.length / 2), 'server')).toThrow()
    doc.getMap('scratch').set('x', 1)
    expect(heard).toHaveLength(1)
    expect(heard[0]?.origin).toBe(null)
  })
})

describe('syncMessageHandler', () => {
  const stepTwo = (state: Uint8Array) => {
    const encoder = encoding.createEncoder()
    syncProtocol.writeUpdate(encoder, state)
    const bytes = encoding.toUint8Array(encoder)
    // writeUpdate writes a sync "update" (2); make it a step 2 (1), as the server answers.
    bytes[0] = syncProtocol.messageYjsSyncStep2
    return bytes
  }

  it('applies a large step 2 as received and marks the provider synced', () => {
    const { map, state } = serverState()
    expect(state.length).toBeGreaterThan(LARGE_STATE_BYTES)
    const provider = { doc: new Y.Doc(), synced: false }
    const heard = listen(provider.doc)
    const reply = encoding.createEncoder()
    syncMessageHandler(reply, decoding.createDecoder(stepTwo(state)), provider, true)
    expect(provider.synced).toBe(true)
    expect(heard[0]?.update).toEqual(state)
    expect(heard[0]?.origin).toBe(provider)
    expectSameData(fromY(provider.doc), map)
    // Nothing to answer: only the message type was written.
    expect(encoding.length(reply)).toBe(1)
  })

  it('answers a step 1 with what the server lacks, as y-websocket does', () => {
    const { doc, map } = serverState(20)
    const provider = { doc, synced: false }
    const request = encoding.createEncoder()
    syncProtocol.writeSyncStep1(request, new Y.Doc())
    const reply = encoding.createEncoder()
    syncMessageHandler(
      reply,
      decoding.createDecoder(encoding.toUint8Array(request)),
      provider,
      true,
    )
    expect(provider.synced).toBe(false)
    const answer = decoding.createDecoder(encoding.toUint8Array(reply))
    expect(decoding.readVarUint(answer)).toBe(0)
    const fresh = new Y.Doc()
    syncProtocol.readSyncMessage(answer, encoding.createEncoder(), fresh, null)
    expectSameData(fromY(fresh), map)
  })

  it('takes a small step 2 the ordinary way', () => {
    const { map, state } = serverState(5)
    expect(state.length).toBeLessThan(LARGE_STATE_BYTES)
    const provider = { doc: new Y.Doc(), synced: false }
    const heard = listen(provider.doc)
    syncMessageHandler(
      encoding.createEncoder(),
      decoding.createDecoder(stepTwo(state)),
      provider,
      true,
    )
    expect(provider.synced).toBe(true)
    expect(heard).toHaveLength(1)
    expect(heard[0]?.update).not.toBe(state)
    expectSameData(fromY(provider.doc), map)
  })
})
