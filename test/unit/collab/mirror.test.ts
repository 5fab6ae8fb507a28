// The incremental mirror equals a full read after any sequence of edits, local or remote, and keeps
// the identity of every record an edit did not touch.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { collectionOf, mirrorDoc, fromY, commitMap, toY } from '../../../src/collab/codec'
import { touchpointKind } from '../../../src/domain/kinds/touchpoint'
import { updateTouchpoint } from '../../../src/domain/operations'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'
import { sampleMap } from '../../support/sample-map'

const maps = arbitraryJourneyMap()

describe('mirrorDoc', () => {
  it('matches a full read after a sequence of whole-map commits', () => {
    fc.assert(
      fc.property(fc.array(maps, { minLength: 1, maxLength: 5 }), (sequence) => {
        const doc = new Y.Doc()
        const mirror = mirrorDoc(doc)
        for (const next of sequence) {
          commitMap(doc, mirror.get(), next)
          expectSameData(mirror.get(), fromY(doc))
        }
      }),
      { numRuns: 60 },
    )
  })

  it('matches a full read when the edits arrive from another doc', () => {
    fc.assert(
      fc.property(maps, maps, (a, b) => {
        const remote = toY(a)
        const local = new Y.Doc()
        const mirror = mirrorDoc(local)
        remote.on('update', (update: Uint8Array) => Y.applyUpdate(local, update, 'remote'))
        Y.applyUpdate(local, Y.encodeStateAsUpdate(remote))
        expectSameData(mirror.get(), a)
        commitMap(remote, fromY(remote), b)
        expectSameData(mirror.get(), b)
      }),
      { numRuns: 60 },
    )
  })

  it('keeps the identity of untouched records when one card changes', () => {
    const map = sampleMap()
    const doc = toY(map)
    const mirror = mirrorDoc(doc)
    const before = mirror.get()
    const [first, second] = Object.keys(before.touchpoints)
    if (!first || !second) throw new Error('sample map needs two touchpoints')
    commitMap(doc, before, updateTouchpoint(before, first, { title: 'Renamed' }))
    const after = mirror.get()
    expect(after.touchpoints[first]?.title).toBe('Renamed')
    expect(after.touchpoints[second]).toBe(before.touchpoints[second])
    expect(after.phases).toBe(before.phases)
    expect(after.notes).toBe(before.notes)
    for (const id of Object.keys(before.edges)) expect(after.edges[id]).toBe(before.edges[id])
  })

  it('hides edges whose card was deleted concurrently, and shows them again when it returns', () => {
    const map = sampleMap()
    const doc = toY(map)
    const mirror = mirrorDoc(doc)
    const edge = Object.values(map.edges)[0]
    if (!edge) throw new Error('sample map needs an edge')
    const card = fromY(doc).touchpoints[edge.source]
    if (!card) throw new Error('edge source missing')
    // Simulate the merge of a concurrent delete: the card goes, the edge stays in the doc.
    doc.transact(() => collectionOf(doc, touchpointKind).delete(edge.source))
    expect(mirror.get().edges[edge.id]).toBeUndefined()
    expect(fromY(doc).edges[edge.id]).toBeUndefined()
    // The card comes back (as an undo of the delete would do): so does its edge.
    doc.transact(() =>
      collectionOf(doc, touchpointKind).set(edge.source, new Y.Map(Object.entries(card))),
    )
    expect(mirror.get().edges[edge.id]).toEqual(edge)
    expectSameData(mirror.get(), fromY(doc))
  })
})
