// toY / fromY / commitMap round-trip any valid map exactly (property-based).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { fromY, commitMap, toY } from '../../../src/collab/codec'
import { emptyMap } from '../../../src/domain/defaults'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'

const maps = arbitraryJourneyMap({ trickyIds: true })

describe('Y.Doc round trip', () => {
  it('fromY(toY(map)) is the same map', () => {
    fc.assert(
      fc.property(maps, (map) => {
        expectSameData(fromY(toY(map)), map)
      }),
      { numRuns: 150 },
    )
  })

  it('survives encoding to a Yjs update and loading into a fresh doc', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const loaded = new Y.Doc()
        Y.applyUpdate(loaded, Y.encodeStateAsUpdate(toY(map)))
        expectSameData(fromY(loaded), map)
      }),
      { numRuns: 100 },
    )
  })

  it('commitMap turns any map into any other, phase order included', () => {
    fc.assert(
      fc.property(maps, maps, (a, b) => {
        const doc = toY(a)
        commitMap(doc, fromY(doc), b)
        expectSameData(fromY(doc), b)
      }),
      { numRuns: 100 },
    )
  })

  it('writes nothing when nothing changed', () => {
    fc.assert(
      fc.property(maps, (map) => {
        const doc = toY(map)
        let updates = 0
        doc.on('update', () => updates++)
        commitMap(doc, fromY(doc), fromY(doc))
        expect(updates).toBe(0)
      }),
      { numRuns: 50 },
    )
  })

  it('an empty doc reads as an empty map', () => {
    expectSameData(fromY(new Y.Doc()), emptyMap(''))
  })
})
