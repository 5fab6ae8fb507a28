import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assignOrder } from '../../../src/collab/codec/order'
import { fromY, commitMap, toY } from '../../../src/collab/codec'
import { addPhase, movePhase } from '../../../src/domain/operations'
import { createPhase, emptyMap } from '../../../src/domain/defaults'

const names = (doc: Y.Doc) => fromY(doc).phases.map((phase) => phase.name)

describe('phase order', () => {
  it('rewrites only the moved phase', () => {
    const current = new Map([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ])
    const writes = assignOrder(current, ['a', 'd', 'b', 'c'])
    expect([...writes.keys()]).toEqual(['d'])
    expect(writes.get('d')).toBeGreaterThan(0)
    expect(writes.get('d')).toBeLessThan(1)
  })

  it('keeps both of two concurrent moves of different phases', () => {
    let map = emptyMap()
    for (const name of ['A', 'B', 'C', 'D', 'E'])
      map = addPhase(map, createPhase({ id: name, name }))
    const one = toY(map)
    const two = new Y.Doc()
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    commitMap(one, fromY(one), movePhase(fromY(one), 'E', 0)) // E to the front
    commitMap(two, fromY(two), movePhase(fromY(two), 'B', 3)) // B after D
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    expect(names(one)).toEqual(['E', 'A', 'C', 'D', 'B'])
    expect(names(two)).toEqual(names(one))
  })

  it('renumbers when repeated moves exhaust the gaps', () => {
    let map = emptyMap()
    for (const name of ['A', 'B', 'C']) map = addPhase(map, createPhase({ id: name, name }))
    const doc = toY(map)
    for (let i = 0; i < 80; i++) {
      const current = fromY(doc)
      const last = current.phases[2]?.id as string
      commitMap(doc, current, movePhase(current, last, 1))
    }
    expect(new Set(names(doc)).size).toBe(3)
    expect(fromY(doc).phases.map((p) => p.id)).toHaveLength(3)
  })
})
