// Domain → React Flow: unchanged records keep their node object (so memoised cards skip renders).

import { describe, expect, it } from 'vitest'
import { createFlowBuilder, peerDragPositions } from '../../../src/canvas/to-flow'
import { withPeerDrags } from '../../../src/canvas/use-flow-elements'
import { MOVING_Z } from '../../../src/canvas/z-order'
import { CARD_SIZE } from '../../../src/domain/card'
import { addLane, createLane, updateLane } from '../../../src/domain/kinds/lane'
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
    const edited = updateTouchpoint(map, first as string, { position: { x: 400, y: 300 } })
    const after = builder.nodes({ map: edited, selection: none, dragging: noDrag, peers: [] })
    const changed = after.filter((node, i) => node !== before[i]).map((node) => node.id)
    expect(changed).toEqual([first])
  })

  it('hands React Flow the same nodes array when an edit changed only what the card draws itself', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const input = { selection: none, dragging: noDrag, peers: [] }
    const before = builder.nodes({ map, ...input })
    const [first] = Object.keys(map.touchpoints) as [string]
    // The card reads its text from the store (record-feed.ts); its node does not carry it.
    const retitled = updateTouchpoint(map, first, {
      title: 'Changed',
      description: 'Longer',
      painPoints: ['Slow'],
    })
    expect(builder.nodes({ map: retitled, ...input })).toBe(before)
    // The emotion colours the card in the minimap, which draws from the nodes.
    const happier = updateTouchpoint(retitled, first, { emotion: 2 })
    const after = builder.nodes({ map: happier, ...input })
    expect(after).not.toBe(before)
    expect(after.find((node) => node.id === first)?.data).toMatchObject({ emotion: 2 })
  })

  it("names a card's node by the card's own label, so a new title needs no new node", () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const nodes = builder.nodes({ map, selection: none, dragging: noDrag, peers: [] })
    const [first] = Object.keys(map.touchpoints) as [string]
    const card = nodes.find((node) => node.id === first)
    expect(card?.ariaLabel).toBeUndefined()
    expect(card?.domAttributes).toEqual({ 'aria-labelledby': `card-label-${first}` })
  })

  it('hands React Flow the same edges array when an edit changed no edge, a new one when it did', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const before = builder.edges({ map, selection: none, dragging: noDrag, peers: [] })
    const [first] = Object.keys(map.touchpoints)
    const retitled = updateTouchpoint(map, first as string, { title: 'Changed' })
    expect(builder.edges({ map: retitled, selection: none, dragging: noDrag, peers: [] })).toBe(
      before,
    )
    const [edge] = before
    const selected = builder.edges({
      map: retitled,
      selection: new Set([edge!.id]),
      dragging: noDrag,
      peers: [],
    })
    expect(selected).not.toBe(before)
    expect(selected.find((e) => e.id === edge!.id)?.selected).toBe(true)
  })

  it('when only cards change, looks at their steps only and hands React Flow what a whole walk gives', () => {
    const builder = createFlowBuilder()
    const lane = createLane({ id: 'l1', name: 'Back office', collapsed: true })
    const start = addLane(sampleMap(), lane)
    const input = { selection: none, dragging: noDrag, peers: [] }
    const shown = (edges: ReturnType<typeof builder.edges>) =>
      edges.map(({ id, source, target, hidden, data }) => ({ id, source, target, hidden, data }))
    let map = start
    let before = builder.edges({ map, ...input })
    const [t1, t2] = Object.keys(map.touchpoints) as [string, string]
    // Each step changes cards only: a title, a place in another column (the route changes), a
    // collapsed lane (the steps hide), and back.
    const steps = [
      (m: typeof map) => updateTouchpoint(m, t2, { title: 'Renamed' }),
      (m: typeof map) => updateTouchpoint(m, t2, { position: { x: 0, y: 600 } }),
      (m: typeof map) => updateTouchpoint(m, t2, { phaseId: m.touchpoints[t1]!.phaseId }),
      (m: typeof map) => updateTouchpoint(m, t1, { laneId: 'l1' }),
      (m: typeof map) => updateTouchpoint(m, t1, { laneId: null }),
    ]
    for (const step of steps) {
      map = step(map)
      const after = builder.edges({ map, ...input })
      expect(shown(after)).toEqual(shown(createFlowBuilder().edges({ map, ...input })))
      // Steps at other cards keep their objects.
      for (const edge of after) {
        const atChanged = [t1, t2].includes(edge.source) || [t1, t2].includes(edge.target)
        if (!atChanged) expect(edge).toBe(before.find((e) => e.id === edge.id))
      }
      before = after
    }
    // The lane step hid t1's steps and the last showed them again.
    expect(before.every((edge) => !edge.hidden)).toBe(true)
  })

  it("marks a moving card's steps as moving and draws them above the cards at rest, and only those", () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const input = { map, selection: none, dragging: noDrag, peers: [] }
    const still = builder.edges(input)
    const step = still[0]!
    const moving = new Set([step.source])
    const during = builder.edges({ ...input, moving })
    const touching = (e: (typeof during)[number]) =>
      e.source === step.source || e.target === step.source
    expect(during.some(touching)).toBe(true)
    const cards = builder.nodes(input).filter((node) => node.type === 'touchpoint')
    for (const edge of during) {
      expect(edge.data?.moving).toBe(touching(edge) ? true : undefined)
      // The steps of cards that stay keep their objects: React Flow redraws none of them.
      if (!touching(edge)) expect(edge).toBe(still.find((e) => e.id === edge.id))
      // A moving step draws above the cards at rest (its layer would otherwise lie under them),
      // and under the moving card; a step at rest stays under the cards it joins.
      for (const card of cards) {
        if (touching(edge)) expect(edge.zIndex).toBeGreaterThan(card.zIndex!)
        else expect(edge.zIndex).toBeLessThan(card.zIndex!)
      }
      if (touching(edge)) expect(edge.zIndex).toBeLessThan(MOVING_Z)
    }
    // The same set again (the next frames of the drag) hands React Flow the same array.
    expect(builder.edges({ ...input, moving: new Set(moving) })).toBe(during)
    // The drop: the steps are at rest again.
    const dropped = builder.edges(input)
    expect(dropped.every((edge) => edge.data?.moving === undefined)).toBe(true)
    expect(dropped.every((edge) => edge.zIndex! < cards[0]!.zIndex!)).toBe(true)
  })

  it('orders phases before their cards, parents cards to their phase and sets exact sizes', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const nodes = builder.nodes({ map, selection: none, dragging: noDrag, peers: [] })
    const index = new Map(nodes.map((node, i) => [node.id, i]))
    for (const node of nodes) {
      if (node.type !== 'touchpoint') continue
      expect(node.measured).toEqual(CARD_SIZE)
      const phaseId = map.touchpoints[node.id]!.phaseId
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
    const base = builder.nodes({ map, selection: none, dragging: noDrag, peers: [peer] })
    const nodes = withPeerDrags(base, peerDragPositions([peer]))
    const node = nodes.find((n) => n.id === card.id)
    const columnX = card.phaseId ? (nodes.find((n) => n.id === card.phaseId)?.position.x ?? 0) : 0
    expect(node?.position).toEqual({ x: 1234 - columnX, y: 567 })
    expect(node?.data.peerColor).toBe('#e11d48')
    // Only the dragged node is new; the built nodes know nothing of the drag.
    expect(nodes.filter((n, i) => n !== base[i]).map((n) => n.id)).toEqual([card.id])
    expect(base.find((n) => n.id === card.id)?.position).not.toEqual(node?.position)
  })

  it('marks the one card or note I or a colleague selected as being edited, never a selection of many', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const [a, b, c] = Object.keys(map.touchpoints) as [string, string, string]
    const editing = (selection: Set<string>, peerSelections: string[][] = []) =>
      builder
        .nodes({
          map,
          selection,
          dragging: noDrag,
          peers: peerSelections.map((ids, i) => ({
            clientId: i + 1,
            user: { name: `Peer ${i}`, color: '#e11d48' },
            cursor: null,
            selection: ids,
            dragging: null,
          })),
        })
        .filter((node) => node.className?.split(' ').includes('node--editing'))
        .map((node) => node.id)
        .sort()
    expect(editing(none)).toEqual([])
    expect(editing(new Set([a]))).toEqual([a])
    expect(editing(new Set([a, b]))).toEqual([])
    expect(editing(new Set([a, b]), [[c], [a, b]])).toEqual([c])
    expect(editing(new Set([a]), [[c]])).toEqual([a, c].sort())
    // Selecting another card re-marks exactly the two cards whose state changed.
    const before = builder.nodes({ map, selection: new Set([a]), dragging: noDrag, peers: [] })
    const after = builder.nodes({ map, selection: new Set([b]), dragging: noDrag, peers: [] })
    expect(after.filter((node, i) => node !== before[i]).map((node) => node.id)).toEqual(
      [a, b].sort(
        (x, y) => before.findIndex((n) => n.id === x) - before.findIndex((n) => n.id === y),
      ),
    )
  })

  it('keeps the same peers for marks while colleagues only move cursors and drag', () => {
    const builder = createFlowBuilder()
    const peer = (x: number, selection: string[]) => ({
      clientId: 7,
      user: { name: 'Ada', color: '#e11d48' },
      cursor: { x, y: 0 },
      selection,
      dragging: { t1: { x, y: 40 } },
    })
    const first = builder.markPeers([peer(1, ['t1'])])
    expect(builder.markPeers([peer(2, ['t1'])])).toBe(first)
    expect(first[0]?.dragging).toBeNull()
    expect(builder.markPeers([peer(3, ['t2'])])).not.toBe(first)
  })
})

describe('edge routes', () => {
  it('hides the steps to and from cards in a collapsed lane, and shows them again', () => {
    const builder = createFlowBuilder()
    const lane = createLane({ id: 'l1', name: 'Customer actions' })
    const map = updateTouchpoint(addLane(sampleMap(), lane), 't2', { laneId: 'l1' })
    const input = { selection: none, dragging: noDrag, peers: [] }
    const hidden = (m: typeof map) =>
      builder
        .edges({ map: m, ...input })
        .filter((edge) => edge.hidden)
        .map((edge) => edge.id)
    expect(hidden(map)).toEqual([])
    const collapsed = updateLane(map, 'l1', { collapsed: true })
    // e1: t1 → t2 and e2: t2 → t3 both touch t2.
    expect(hidden(collapsed)).toEqual(['e1', 'e2'])
    expect(hidden(updateLane(collapsed, 'l1', { collapsed: false }))).toEqual([])
  })

  it('links cards in one column bottom → top (or top → bottom going up), others side to side', () => {
    const builder = createFlowBuilder()
    const map = sampleMap()
    const input = { selection: none, dragging: noDrag, peers: [] }
    const byId = (m: typeof map) =>
      new Map(builder.edges({ map: m, ...input }).map((edge) => [edge.id, edge]))
    let edges = byId(map)
    // e1: t1 → t2, both in p1, t2 below t1.
    expect(edges.get('e1')?.data?.route).toBe('down')
    // e2: t2 (p1) → t3 (p2): beside each other.
    expect(edges.get('e2')?.data?.route).toBe('side')
    // Moving t2 above t1 turns e1 upwards.
    const moved = updateTouchpoint(map, 't2', { position: { x: 30, y: -120 } })
    edges = byId(moved)
    expect(edges.get('e1')?.data?.route).toBe('up')
  })
})
