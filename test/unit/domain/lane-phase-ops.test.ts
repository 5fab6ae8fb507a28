// Phase operations on cards that sit in lanes: a card changing or losing its column keeps its row,
// stays where it was drawn when it is unassigned, and never ends up hanging out of its lane.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { createTouchpoint } from '../../../src/domain/defaults'
import { absolutePosition } from '../../../src/domain/geometry'
import { checkInvariants } from '../../../src/domain/invariants'
import { setTouchpointPhase } from '../../../src/domain/kinds/touchpoint'
import { addTouchpoint, deletePhase, deleteRecords } from '../../../src/domain/operations'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { cardOf, laneMap, laneOf } from '../../support/lane-map'

describe('deleting a phase whose cards sit in lanes', () => {
  it("with 'unassign', deletePhase keeps each card where it was drawn", () => {
    const map = laneMap()
    const next = deletePhase(map, 'p2', { touchpoints: 'unassign' })
    expect(cardOf(next, 't3').phaseId).toBeNull()
    expect(absolutePosition(next, cardOf(next, 't3'))).toEqual(
      absolutePosition(map, cardOf(map, 't3')),
    )
  })

  it("with 'unassign', deleteRecords keeps each card where it was drawn", () => {
    const map = laneMap()
    const next = deleteRecords(map, { phases: ['p1'] }, { phaseTouchpoints: 'unassign' })
    for (const id of ['t1', 't2']) {
      expect(cardOf(next, id).phaseId, id).toBeNull()
      expect(absolutePosition(next, cardOf(next, id)), id).toEqual(
        absolutePosition(map, cardOf(map, id)),
      )
    }
  })

  it('on any map, unassigned cards do not jump', () => {
    fc.assert(
      fc.property(
        arbitraryJourneyMap({ extraFields: false }).filter((m) => m.phases.length > 0),
        fc.nat(),
        (map, pick) => {
          const doomed = map.phases[pick % map.phases.length]!.id
          const next = deletePhase(map, doomed, { touchpoints: 'unassign' })
          for (const card of Object.values(map.touchpoints)) {
            if (card.phaseId !== doomed) continue
            const was = absolutePosition(map, card)
            const is = absolutePosition(next, next.touchpoints[card.id]!)
            expect(is.x).toBeCloseTo(was.x, 6)
            expect(is.y).toBeCloseTo(was.y, 6)
          }
        },
      ),
      { numRuns: 100 },
    )
  })

  it("with 'move', the cards keep their lane and their place in it", () => {
    const map = laneMap()
    const next = deletePhase(map, 'p2', { touchpoints: 'move', toPhaseId: 'p1' })
    expect(cardOf(next, 't3')).toEqual({ ...cardOf(map, 't3'), phaseId: 'p1' })
    expect(absolutePosition(next, cardOf(next, 't3'))).toEqual({ x: 40, y: 322 })
  })
})

describe('setTouchpointPhase with lanes', () => {
  it('keeps the lane and puts the card below the cards of its new cell', () => {
    const map = laneMap()
    const next = setTouchpointPhase(map, 't1', 'p3')
    expect(cardOf(next, 't1')).toMatchObject({ phaseId: 'p3', laneId: 'act' })
    expect(checkInvariants(next)).toEqual([])
  })

  it('never leaves the card hanging out of its lane', () => {
    // p2's cell in lane "act" already holds a card at y 20; t1 goes below it.
    const map = addTouchpoint(
      laneMap(),
      createTouchpoint({ id: 'n', phaseId: 'p2', laneId: 'act', position: { x: 80, y: 20 } }),
    )
    const next = setTouchpointPhase(map, 't1', 'p2')
    const card = cardOf(next, 't1')
    expect(card).toMatchObject({ phaseId: 'p2', laneId: 'act' })
    expect(card.position.y).toBeGreaterThan(20)
    expect(card.position.y + CARD_SIZE.height).toBeLessThanOrEqual(laneOf(next, 'act').height)
  })

  it('taking a card out of every phase keeps it in its lane, where it is drawn', () => {
    const map = laneMap()
    const next = setTouchpointPhase(map, 't3', null)
    expect(cardOf(next, 't3')).toMatchObject({ phaseId: null, laneId: cardOf(map, 't3').laneId })
    expect(cardOf(map, 't3').laneId).not.toBeNull()
    expect(absolutePosition(next, cardOf(next, 't3'))).toEqual(
      absolutePosition(map, cardOf(map, 't3')),
    )
  })
})
