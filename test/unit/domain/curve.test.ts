// The emotion curve: the customer's cards in journey order, and one curve per visible persona (or
// one of the cards' own emotions on a map without personas).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CARD_CURVE_COLOR, emotionCurves, journeyOrder } from '../../../src/domain/curve'
import { createLane } from '../../../src/domain/kinds/lane'
import { addLane } from '../../../src/domain/kinds/lane'
import {
  appliesTo,
  feltAt,
  setPersonaEmotion,
  updatePersona,
} from '../../../src/domain/kinds/persona'
import { updateTouchpoint } from '../../../src/domain/operations'
import type { JourneyMap, Lane } from '../../../src/domain/types'
import { LANE_TYPES, isBehindTheScenes } from '../../../src/domain/vocabulary'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { laneMap } from '../../support/lane-map'
import { sampleMap } from '../../support/sample-map'

const order = (map: JourneyMap) => journeyOrder(map).map((step) => step.id)

describe('journeyOrder', () => {
  it("takes the customer's cards by phase, spread evenly across their column", () => {
    // p1 (x 0, 320 wide): t1 (20, 76), t2 (20, 240); p2: t3 is frontstage; p3 (x 720): t5.
    expect(journeyOrder(laneMap())).toEqual([
      { id: 't1', x: 80, y: 76 },
      { id: 't2', x: 240, y: 240 },
      { id: 't5', x: 870, y: 816 },
    ])
  })

  it('orders by phase first, even when a card reaches into the next column', () => {
    // t2 belongs to p1 but sits at x 900, over p3; t3 is in p2.
    const map = updateTouchpoint(sampleMap(), 't2', { position: { x: 900, y: 80 } })
    expect(order(map)).toEqual(['t1', 't2', 't3'])
  })

  it('orders within a column by x, then by y', () => {
    let map = sampleMap()
    map = updateTouchpoint(map, 't1', { position: { x: 100, y: 50 } })
    map = updateTouchpoint(map, 't2', { position: { x: 20, y: 300 } })
    expect(order(map)).toEqual(['t2', 't1', 't3'])
    map = updateTouchpoint(map, 't1', { position: { x: 20, y: 500 } })
    expect(order(map)).toEqual(['t2', 't1', 't3'])
    map = updateTouchpoint(map, 't1', { position: { x: 20, y: 100 } })
    expect(order(map)).toEqual(['t1', 't2', 't3'])
  })

  it('reads y on the canvas, so a card in a lower lane comes after one above it', () => {
    // Same x in p1: t1 in lane "act" at y 20 (76 on the canvas), t2 in no lane at y 60.
    const map = updateTouchpoint(laneMap(), 't2', { position: { x: 20, y: 60 } })
    expect(order(map).slice(0, 2)).toEqual(['t2', 't1'])
  })

  it('follows the phases when they are reordered', () => {
    const map = sampleMap()
    const reordered = { ...map, phases: [map.phases[1]!, map.phases[0]!, map.phases[2]!] }
    expect(order(reordered)).toEqual(['t3', 't1', 't2'])
    // p2 now starts at x 0 and is 400 wide: its one card sits in the middle.
    expect(journeyOrder(reordered)[0]!.x).toBe(200)
  })

  it("leaves out unassigned cards and the organisation's lanes", () => {
    const staff = LANE_TYPES.filter(isBehindTheScenes)
    expect([...staff].sort()).toEqual(
      ['backstage', 'frontstage', 'physical-evidence', 'support-processes'].sort(),
    )
    for (const type of LANE_TYPES) {
      const map = addLane(sampleMap(), createLane({ id: 'row', type }))
      const moved = updateTouchpoint(map, 't1', { laneId: 'row' })
      const expected = staff.includes(type) ? ['t2', 't3'] : ['t1', 't2', 't3']
      expect(order(moved), type).toEqual(expected)
    }
    expect(order(sampleMap())).not.toContain('t4')
  })

  it('on any map, lists each customer card in a phase once, in phase order', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        const staff = new Set(
          map.lanes.filter((lane: Lane) => isBehindTheScenes(lane.type)).map((lane) => lane.id),
        )
        const expected = Object.values(map.touchpoints)
          .filter((c) => c.phaseId !== null && !(c.laneId !== null && staff.has(c.laneId)))
          .map((c) => c.id)
        const steps = journeyOrder(map)
        expect(steps.map((s) => s.id).sort()).toEqual(expected.sort())
        const phaseIndex = (id: string) =>
          map.phases.findIndex((p) => p.id === map.touchpoints[id]!.phaseId)
        for (let i = 1; i < steps.length; i += 1) {
          expect(phaseIndex(steps[i]!.id)).toBeGreaterThanOrEqual(phaseIndex(steps[i - 1]!.id))
          expect(steps[i]!.x).toBeGreaterThan(steps[i - 1]!.x)
        }
      }),
      { numRuns: 150 },
    )
  })
})

describe('emotionCurves', () => {
  it("draws one 'All cards' curve of the cards' emotions on a map without personas", () => {
    let map = sampleMap()
    map = updateTouchpoint(map, 't1', { emotion: 2 })
    map = updateTouchpoint(map, 't3', { emotion: -1 })
    expect(emotionCurves(map, 'All cards')).toEqual([
      {
        personaId: null,
        name: 'All cards',
        color: CARD_CURVE_COLOR,
        points: [
          { cardId: 't1', x: 80, emotion: 2 },
          { cardId: 't2', x: 240, emotion: 0 },
          { cardId: 't3', x: 520, emotion: -1 },
        ],
      },
    ])
    const empty = emotionCurves({ ...map, phases: [], touchpoints: {} }, 'All cards')
    expect(empty).toEqual([
      { personaId: null, name: 'All cards', color: CARD_CURVE_COLOR, points: [] },
    ])
  })

  it('draws one curve per persona, in their order, with their name and colour', () => {
    const curves = emotionCurves(laneMap(), 'All cards')
    expect(curves.map((c) => [c.personaId, c.name, c.color])).toEqual([
      ['pa', 'Ana Lopez', '#2563eb'],
      ['pb', 'Ben', '#db2777'],
      ['pc', 'Cy', '#059669'],
    ])
    // With no per-persona feelings, every curve follows the cards' own emotions.
    for (const curve of curves) {
      expect(curve.points).toEqual([
        { cardId: 't1', x: 80, emotion: 0 },
        { cardId: 't2', x: 240, emotion: 0 },
        { cardId: 't5', x: 870, emotion: 0 },
      ])
    }
  })

  it("uses a persona's own feeling and target where set, else the card's emotion", () => {
    let map = updateTouchpoint(laneMap(), 't2', { emotion: -1 })
    map = setPersonaEmotion(map, 't1', 'pa', 'emotion', -2)
    map = setPersonaEmotion(map, 't2', 'pa', 'target', 2)
    const [ana, ben] = emotionCurves(map, 'All cards')
    expect(ana!.points).toEqual([
      { cardId: 't1', x: 80, emotion: -2 },
      { cardId: 't2', x: 240, emotion: -1, target: 2 },
      { cardId: 't5', x: 870, emotion: 0 },
    ])
    expect(ben!.points.map((p) => p.emotion)).toEqual([0, -1, 0])
    expect(ben!.points.some((p) => 'target' in p)).toBe(false)
  })

  it("leaves a card off the curves of personas it does not apply to; x stays the card's", () => {
    const map = updateTouchpoint(laneMap(), 't1', { personaIds: ['pb'] })
    const [ana, ben, cy] = emotionCurves(map, 'All cards')
    expect(ana!.points.map((p) => [p.cardId, p.x])).toEqual([
      ['t2', 240],
      ['t5', 870],
    ])
    expect(ben!.points.map((p) => p.cardId)).toEqual(['t1', 't2', 't5'])
    expect(cy!.points.map((p) => p.cardId)).toEqual(['t2', 't5'])
  })

  it('draws no curve for a hidden persona', () => {
    const map = updatePersona(laneMap(), 'pb', { visible: false })
    expect(emotionCurves(map, 'All cards').map((c) => c.personaId)).toEqual(['pa', 'pc'])
  })

  it('leaves staff-lane cards off every curve', () => {
    const map = updateTouchpoint(laneMap(), 't2', { laneId: 'back', position: { x: 0, y: 12 } })
    for (const curve of emotionCurves(map, 'All cards')) {
      expect(curve.points.map((p) => p.cardId)).toEqual(['t1', 't5'])
    }
  })

  it('on any map, each visible persona gets the steps of their journey and their feelings', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        const steps = journeyOrder(map)
        const curves = emotionCurves(map, 'All cards')
        if (map.personas.length === 0) {
          expect(curves).toHaveLength(1)
          expect(curves[0]!.points).toEqual(
            steps.map((s) => ({ cardId: s.id, x: s.x, emotion: map.touchpoints[s.id]!.emotion })),
          )
          return
        }
        const visible = map.personas.filter((p) => p.visible)
        expect(curves.map((c) => c.personaId)).toEqual(visible.map((p) => p.id))
        for (const curve of curves) {
          const personaId = curve.personaId!
          const expected = steps
            .filter((s) => appliesTo(map.touchpoints[s.id]!, personaId))
            .map((s) => ({ cardId: s.id, x: s.x, ...feltAt(map.touchpoints[s.id]!, personaId) }))
          expect(curve.points).toEqual(expected)
        }
      }),
      { numRuns: 150 },
    )
  })
})
