import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { toEnvelope, serializeMap, parseMapFile, validateMapFile } from '../../../src/domain/format'
import {
  PHASE_HEADER_HEIGHT,
  absolutePosition,
  phaseColumns,
  type Rect,
} from '../../../src/domain/geometry'
import { checkInvariants } from '../../../src/domain/invariants'
import { TEMPLATES, TEMPLATE_IDS, templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { isBehindTheScenes } from '../../../src/domain/vocabulary'

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

function allIds(map: JourneyMap): string[] {
  return [
    ...map.phases.map((p) => p.id),
    ...map.lanes.map((lane) => lane.id),
    ...map.personas.map((persona) => persona.id),
    ...Object.keys(map.touchpoints),
    ...Object.keys(map.edges),
    ...Object.keys(map.notes),
  ]
}

describe('template registry', () => {
  it('lists the six templates with distinct ids, names and descriptions', () => {
    expect([...TEMPLATE_IDS].sort()).toEqual(
      [
        'blank',
        'classic-5',
        'ecommerce-omnichannel',
        'patient-journey',
        'service-blueprint',
        'six-phase',
      ].sort(),
    )
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length)
    for (const template of TEMPLATES) expect(template.description.length).toBeGreaterThan(10)
  })

  it('finds templates by id and nothing else', () => {
    expect(templateById('classic-5')?.name).toBe('Classic 5 phases')
    expect(templateById('nope')).toBeUndefined()
    expect(templateById('__proto__')).toBeUndefined()
  })

  it('builds the phases each model prescribes', () => {
    const names = (id: string) =>
      templateById(id)
        ?.build()
        .phases.map((p) => p.name)
    expect(names('classic-5')).toEqual([
      'Awareness',
      'Consideration',
      'Decision',
      'Retention',
      'Advocacy',
    ])
    expect(names('six-phase')).toEqual([
      'Awareness',
      'Interest',
      'Consideration',
      'Purchase',
      'Usage',
      'Advocacy',
    ])
    expect(names('patient-journey')).toEqual([
      'Symptom',
      'Research',
      'Appointment',
      'Treatment',
      'Aftercare',
    ])
    expect(names('ecommerce-omnichannel')).toHaveLength(6)
    expect(names('blank')).toEqual([])
  })
})

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  const map = template.build()

  it('is a valid file with zero problems and a consistent map', () => {
    expect(validateMapFile(toEnvelope(map))).toEqual([])
    expect(checkInvariants(map)).toEqual([])
    const loaded = parseMapFile(serializeMap(map))
    expect(loaded.ok && loaded.repairs).toEqual([])
  })

  it('previews the phase names and the title it builds', () => {
    expect(template.phaseNames).toEqual(map.phases.map((p) => p.name))
    expect(template.defaultTitle).toBe(map.meta.title)
  })

  it('uses fresh, unique ids on every build', () => {
    const ids = allIds(map)
    expect(new Set(ids).size).toBe(ids.length)
    const again = new Set(allIds(template.build()))
    for (const id of ids) expect(again.has(id)).toBe(false)
  })

  it('places every card inside its column, below the header, without overlap', () => {
    for (const phase of map.phases) {
      const cards = Object.values(map.touchpoints).filter((t) => t.phaseId === phase.id)
      // Compared on the canvas: cards in different lanes store y from different lane tops.
      const rects = cards.map((t) => ({ ...absolutePosition(map, t), ...CARD_SIZE }))
      const left = phaseColumns(map).find((c) => c.phase.id === phase.id)!.x
      for (const rect of rects) {
        expect(rect.x).toBeGreaterThanOrEqual(left)
        expect(rect.x + rect.width).toBeLessThanOrEqual(left + phase.width)
        expect(rect.y).toBeGreaterThanOrEqual(PHASE_HEADER_HEIGHT)
      }
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)))
    }
  })

  it('connects only existing cards, without self-loops or duplicate edges', () => {
    const pairs = new Set<string>()
    for (const edge of Object.values(map.edges)) {
      expect(map.touchpoints[edge.source]).toBeDefined()
      expect(map.touchpoints[edge.target]).toBeDefined()
      expect(edge.source).not.toBe(edge.target)
      pairs.add(`${edge.source}→${edge.target}`)
    }
    expect(pairs.size).toBe(Object.keys(map.edges).length)
  })

  if (template.id === 'blank') return

  it('has 2–3 customer cards per phase, a main path and some pain points and opportunities', () => {
    // The blueprint's staff and evidence rows are not the customer's steps.
    const staff = new Set(
      map.lanes.filter((lane) => isBehindTheScenes(lane.type)).map((lane) => lane.id),
    )
    const customer = Object.values(map.touchpoints).filter(
      (t) => t.laneId === null || !staff.has(t.laneId),
    )
    for (const phase of map.phases) {
      const count = customer.filter((t) => t.phaseId === phase.id).length
      expect(count).toBeGreaterThanOrEqual(template.id === 'service-blueprint' ? 1 : 2)
      expect(count).toBeLessThanOrEqual(3)
    }
    const cards = Object.values(map.touchpoints)
    const flows = Object.values(map.edges).filter((e) => e.kind === 'flow')
    expect(flows.length).toBeGreaterThanOrEqual(map.phases.length)
    expect(cards.some((t) => t.painPoints.length > 0)).toBe(true)
    expect(cards.some((t) => t.opportunities.length > 0)).toBe(true)
    expect(new Set(cards.map((t) => t.emotion)).size).toBeGreaterThanOrEqual(3)
    expect(map.meta.title).toBe(template.name)
  })

  it('every customer card lies on the path: it has at least one edge', () => {
    const linked = new Set(Object.values(map.edges).flatMap((e) => [e.source, e.target]))
    const staff = new Set(
      map.lanes.filter((lane) => isBehindTheScenes(lane.type)).map((lane) => lane.id),
    )
    for (const card of Object.values(map.touchpoints)) {
      if (card.laneId !== null && staff.has(card.laneId)) continue
      expect(linked.has(card.id), card.title).toBe(true)
    }
  })
})
