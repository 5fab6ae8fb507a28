// A drag frame replaces only the dragged node: every other node (and its data) keeps its identity,
// so React Flow and the memoised cards skip them.

import { describe, expect, it } from 'vitest'
import { createFlowBuilder } from '../../../src/canvas/to-flow'
import { withDragged } from '../../../src/canvas/use-flow-elements'
import { sampleMap } from '../../support/sample-map'

describe('drag overlay', () => {
  const map = sampleMap()
  const base = createFlowBuilder().nodes({
    map,
    selection: new Set(),
    dragging: new Map(),
    peers: [],
  })
  const card = base.find((node) => node.type === 'touchpoint')
  if (!card) throw new Error('sample map has no cards')

  it('returns the built array itself when nothing is dragged', () => {
    expect(withDragged(base, new Map())).toBe(base)
  })

  it('moves the dragged node and keeps every other node and the dragged data identical', () => {
    const moved = withDragged(base, new Map([[card.id, { x: 999, y: 111 }]]))
    expect(moved).not.toBe(base)
    expect(moved).toHaveLength(base.length)
    const changed = moved.filter((node, i) => node !== base[i]).map((node) => node.id)
    expect(changed).toEqual([card.id])
    const node = moved.find((n) => n.id === card.id)
    expect(node?.position).toEqual({ x: 999, y: 111 })
    expect(node?.data).toBe(card.data)
  })

  it('ignores ids that are no longer on the map', () => {
    const moved = withDragged(base, new Map([['gone', { x: 1, y: 2 }]]))
    expect(moved.every((node, i) => node === base[i])).toBe(true)
  })
})
