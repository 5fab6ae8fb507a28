// Templates in format version 2: every map a template builds is valid, every card sits inside its
// (phase, lane) cell, the service blueprint has its five rows and three lines in the textbook
// order, and a card dropped where a template put it stays in its cell.

import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { emotionCurves } from '../../../src/domain/curve'
import { parseMapFile, serializeMap } from '../../../src/domain/format'
import {
  absolutePosition,
  laneAtY,
  phaseAtX,
  phaseColumn,
  laneRow,
} from '../../../src/domain/geometry'
import { checkInvariants } from '../../../src/domain/invariants'
import { moveTouchpointToPoint } from '../../../src/domain/operations'
import { TEMPLATES, templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { isBehindTheScenes, isDrawnLane, isLineLane } from '../../../src/domain/vocabulary'
import { expectSameData } from '../../support/equal'

const built = TEMPLATES.map((template) => [template.id, template.build()] as const)
const withCards = built.filter(([, map]) => Object.keys(map.touchpoints).length > 0)

function everyId(map: JourneyMap): string[] {
  return [
    ...map.phases.map((p) => p.id),
    ...map.lanes.map((l) => l.id),
    ...map.personas.map((p) => p.id),
    ...Object.keys(map.touchpoints),
    ...Object.keys(map.edges),
    ...Object.keys(map.notes),
  ]
}

describe('every template', () => {
  it('includes the service blueprint', () => {
    expect(TEMPLATES.map((t) => t.id)).toContain('service-blueprint')
    expect(templateById('service-blueprint')?.name).toBe('Service blueprint')
  })

  it.each(built)('%s builds a valid map that saves and loads unchanged', (_id, map) => {
    expect(checkInvariants(map)).toEqual([])
    const loaded = parseMapFile(serializeMap(map))
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(loaded.repairs).toEqual([])
    expectSameData(loaded.map, map)
  })

  it.each(withCards)('%s has lanes, and every card in a lane that holds cards', (_id, map) => {
    expect(map.lanes.length).toBeGreaterThan(0)
    for (const card of Object.values(map.touchpoints)) {
      const lane = map.lanes.find((l) => l.id === card.laneId)
      expect(lane, `card "${card.title}"`).toBeDefined()
      expect(isLineLane(lane!.type) || isDrawnLane(lane!.type) || lane!.collapsed).toBe(false)
      expect(card.phaseId).not.toBeNull()
    }
  })

  it.each(withCards)('%s puts every card inside its cell', (_id, map) => {
    for (const card of Object.values(map.touchpoints)) {
      const lane = map.lanes.find((l) => l.id === card.laneId)!
      const column = phaseColumn(map, card.phaseId!)!
      const label = `card "${card.title}"`
      expect(card.position.y, label).toBeGreaterThanOrEqual(0)
      expect(card.position.y + CARD_SIZE.height, label).toBeLessThanOrEqual(lane.height)
      expect(card.position.x, label).toBeGreaterThanOrEqual(0)
      expect(card.position.x + CARD_SIZE.width, label).toBeLessThanOrEqual(column.width)
    }
  })

  it.each(withCards)('%s puts no two cards on top of each other', (_id, map) => {
    const rects = Object.values(map.touchpoints).map((card) => ({
      title: card.title,
      ...absolutePosition(map, card),
    }))
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        const apart =
          a.x + CARD_SIZE.width <= b.x ||
          b.x + CARD_SIZE.width <= a.x ||
          a.y + CARD_SIZE.height <= b.y ||
          b.y + CARD_SIZE.height <= a.y
        expect(apart, `"${a.title}" and "${b.title}"`).toBe(true)
      }
    }
  })

  it.each(withCards)('%s: a card dropped where it is stays in its cell, unchanged', (_id, map) => {
    for (const card of Object.values(map.touchpoints)) {
      const at = absolutePosition(map, card)
      const centre = { x: at.x + CARD_SIZE.width / 2, y: at.y + CARD_SIZE.height / 2 }
      expect(phaseAtX(map, centre.x)?.id).toBe(card.phaseId)
      expect(laneAtY(map, centre.y)?.id).toBe(card.laneId)
      expect(moveTouchpointToPoint(map, card.id, at, centre), card.title).toBe(map)
    }
  })

  it.each(withCards)('%s draws a curve with a point for each customer card', (_id, map) => {
    const curves = emotionCurves(map, 'All cards')
    expect(curves).toHaveLength(Math.max(1, map.personas.length))
    for (const curve of curves) expect(curve.points.length).toBeGreaterThan(0)
  })

  it('builds fresh ids every time, lanes and personas included', () => {
    for (const template of TEMPLATES) {
      const first = everyId(template.build())
      const second = new Set(everyId(template.build()))
      expect(new Set(first).size, template.id).toBe(first.length)
      expect(
        first.filter((id) => second.has(id)),
        template.id,
      ).toEqual([])
    }
  })

  it('give some templates a persona, whose cards apply to everyone', () => {
    const withPersonas = built.filter(([, map]) => map.personas.length > 0)
    expect(withPersonas.map(([id]) => id).sort()).toEqual(
      ['classic-5', 'patient-journey', 'six-phase'].sort(),
    )
    for (const [, map] of withPersonas) {
      for (const card of Object.values(map.touchpoints)) {
        expect(card.personaIds).toEqual([])
        expect(card.personaEmotions).toEqual([])
      }
    }
  })
})

describe('the service blueprint', () => {
  const map = templateById('service-blueprint')!.build()

  it('has the five content lanes and the three lines, in the textbook order', () => {
    expect(map.lanes.map((lane) => lane.type)).toEqual([
      'physical-evidence',
      'customer-actions',
      'line-of-interaction',
      'frontstage',
      'line-of-visibility',
      'backstage',
      'line-of-internal-interaction',
      'support-processes',
    ])
    expect(map.lanes.filter((lane) => !isLineLane(lane.type))).toHaveLength(5)
    expect(map.lanes.filter((lane) => isLineLane(lane.type))).toHaveLength(3)
    expect(map.lanes.every((lane) => !lane.collapsed)).toBe(true)
  })

  it('has four phases from booking to departure, a guest action in each, no empty row', () => {
    expect(map.phases.map((p) => p.name)).toEqual(['Booking', 'Arrival', 'Stay', 'Departure'])
    const cards = Object.values(map.touchpoints)
    const guest = map.lanes.find((lane) => lane.type === 'customer-actions')!
    for (const phase of map.phases) {
      const acts = cards.filter((c) => c.phaseId === phase.id && c.laneId === guest.id)
      expect(acts.length, phase.name).toBeGreaterThan(0)
    }
    for (const lane of map.lanes.filter((l) => !isLineLane(l.type))) {
      expect(cards.filter((c) => c.laneId === lane.id).length, lane.name).toBeGreaterThan(0)
    }
    for (const lane of map.lanes.filter((l) => isLineLane(l.type))) {
      expect(
        cards.filter((c) => c.laneId === lane.id),
        lane.name,
      ).toEqual([])
    }
  })

  it("draws the guest's curve from the customer actions only", () => {
    const [curve] = emotionCurves(map, 'All cards')
    const guest = map.lanes.find((lane) => lane.type === 'customer-actions')!
    const customer = Object.values(map.touchpoints).filter((c) => c.laneId === guest.id)
    expect(curve!.points.map((p) => p.cardId).sort()).toEqual(customer.map((c) => c.id).sort())
    expect(map.lanes.filter((lane) => isBehindTheScenes(lane.type))).toHaveLength(4)
  })

  it('stacks the rows top to bottom below the headers', () => {
    const rows = map.lanes.map((lane) => laneRow(map, lane.id)!)
    for (let i = 1; i < rows.length; i += 1) {
      expect(rows[i]!.y).toBe(rows[i - 1]!.y + rows[i - 1]!.height)
    }
  })
})
