// Domain → React Flow: unchanged records keep their node object (so memoised cards skip renders).

import { describe, expect, it } from 'vitest'
import { createFlowBuilder } from '../../../src/canvas/to-flow'
import { CARD_SIZE } from '../../../src/domain/card'
import { updateTouchpoint } from '../../../src/domain/operations'
import { sampleMap } from '../../support/sample-map'

const none = new Set<string>()
const noDrag = new Map()

describe('flow builder', () => {
  it('keeps node identity for records an edit did not touch', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const before = builder.nodes({ map, selection: none, dragging: noDrag, peers: [] })
    const [first] = Object.keys(map.touchpoints)
    const edited = updateTouchpoint(map, first as string, { title: 'Changed' })
    const after = builder.nodes({ map: edited, selection: none, dragging: noDrag, peers: [] })
    const changed = after.filter((node, i) => node !== before[i]).map((node) => node.id)
    expect(changed).toEqual([first])
  })

  it('orders phases before their cards, parents cards to their phase and sets exact sizes', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const nodes = builder.nodes({ map, selection: none, dragging: noDrag, peers: [] })
    const index = new Map(nodes.map((node, i) => [node.id, i]))
    for (const node of nodes) {
      if (node.type !== 'touchpoint') continue
      expect(node.measured).toEqual(CARD_SIZE)
      const phaseId = node.data.touchpoint.phaseId
      if (phaseId) {
        expect(node.parentId).toBe(phaseId)
        expect(index.get(phaseId)).toBeLessThan(index.get(node.id) as number)
      } else expect(node.parentId).toBeUndefined()
    }
  })

  it('shows a colleague dragging a card at their live position, and their selection colour', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const card =
      Object.values(map.touchpoints).find((t) => t.phaseId === null) ??
      Object.values(map.touchpoints)[0]
    if (!card) throw new Error('sample map has no cards')
    const peer = {
      clientId: 7,
      user: { name: 'Ada', color: '#e11d48' },
      cursor: null,
      selection: [card.id],
      dragging: { [card.id]: { x: 1234, y: 567 } },
    }
    const nodes = builder.nodes({ map, selection: none, dragging: noDrag, peers: [peer] })
    const node = nodes.find((n) => n.id === card.id)
    const columnX = card.phaseId ? (nodes.find((n) => n.id === card.phaseId)?.position.x ?? 0) : 0
    expect(node?.position).toEqual({ x: 1234 - columnX, y: 567 })
    expect(node?.data.peerColor).toBe('#e11d48')
  })
})
