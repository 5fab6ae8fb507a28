import { describe, expect, it } from 'vitest'
import { sampleJourney } from '../../../bin/sample-journey'
import { emptyMap } from '../../../src/domain/defaults'
import { defineKind } from '../../../src/domain/kinds/kind'
import { CORE_KINDS, createKindRegistry } from '../../../src/domain/kinds/registry'
import {
  MAX_THUMBNAIL_BOXES,
  MAX_THUMBNAIL_COLUMNS,
  SUMMARY_VERSION,
  THUMBNAIL_BOX,
  parseSummary,
  parseSummaryJson,
  summariseMap,
  type MapSummary,
} from '../../../src/domain/summary'
import { templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'

function expectInside(summary: MapSummary) {
  const { width, height, phases, cards } = summary.thumbnail
  expect(width).toBeLessThanOrEqual(THUMBNAIL_BOX.width)
  expect(height).toBeLessThanOrEqual(THUMBNAIL_BOX.height)
  for (const column of phases) {
    expect(column.x).toBeGreaterThanOrEqual(0)
    expect(column.x + column.w).toBeLessThanOrEqual(width + 0.2)
  }
  for (const box of cards) {
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.x + box.w).toBeLessThanOrEqual(width + 1)
    expect(box.y + box.h).toBeLessThanOrEqual(height + 1)
  }
  // Coordinates are rounded to a tenth: the summary stays small.
  for (const value of JSON.stringify(summary).match(/\d+\.\d+/g) ?? []) {
    expect(value.split('.')[1]!.length).toBe(1)
  }
}

describe('summariseMap', () => {
  it('counts phases, touchpoints, pain points, edges and notes', () => {
    const map = templateById('classic-5')!.build()
    const summary = summariseMap(map)
    const painPoints = Object.values(map.touchpoints).reduce(
      (sum, card) => sum + card.painPoints.length,
      0,
    )
    expect(summary.counts).toEqual({
      phases: map.phases.length,
      lanes: map.lanes.length,
      personas: map.personas.length,
      touchpoints: Object.keys(map.touchpoints).length,
      edges: Object.keys(map.edges).length,
      notes: Object.keys(map.notes).length,
      ...(painPoints > 0 ? { painPoints } : {}),
    })
    expect(summary.counts['phases']).toBe(5)
    expect(summary.version).toBe(SUMMARY_VERSION)
  })

  it('draws a column per phase in its colour and a box per card and note, inside the box', () => {
    const map = templateById('classic-5')!.build()
    const summary = summariseMap(map)
    expect(summary.thumbnail.phases.map((p) => p.colour)).toEqual(map.phases.map((p) => p.color))
    expect(summary.thumbnail.cards).toHaveLength(
      Object.keys(map.touchpoints).length + Object.keys(map.notes).length,
    )
    // Columns side by side, left to right.
    const xs = summary.thumbnail.phases.map((p) => p.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    expectInside(summary)
    // The map's proportions are kept: one side fills the box.
    expect(
      summary.thumbnail.width === THUMBNAIL_BOX.width ||
        summary.thumbnail.height === THUMBNAIL_BOX.height,
    ).toBe(true)
  })

  it('gives an empty map zero counts and an empty thumbnail', () => {
    const summary = summariseMap(emptyMap('Nothing yet'))
    expect(summary.counts).toEqual({
      phases: 0,
      lanes: 0,
      personas: 0,
      touchpoints: 0,
      edges: 0,
      notes: 0,
    })
    expect(summary.thumbnail.phases).toEqual([])
    expect(summary.thumbnail.cards).toEqual([])
    expect(parseSummary(summary)).toEqual(summary)
  })

  it('caps the shapes of a huge map and stays small', () => {
    const map = sampleJourney({ phases: 40, perPhase: 60, across: 3, notes: 5 })
    const summary = summariseMap(map)
    expect(summary.counts['touchpoints']).toBe(2400)
    expect(summary.thumbnail.phases).toHaveLength(MAX_THUMBNAIL_COLUMNS)
    expect(summary.thumbnail.cards).toHaveLength(MAX_THUMBNAIL_BOXES)
    expectInside(summary)
    expect(JSON.stringify(summary).length).toBeLessThan(12_000)
    expect(parseSummary(JSON.parse(JSON.stringify(summary)))).toEqual(summary)
  })

  it('keeps a tiny card visible and a bad colour out', () => {
    const map = sampleJourney({ phases: 2, perPhase: 2, across: 1, notes: 0 })
    const wide: JourneyMap = {
      ...map,
      phases: map.phases.map((phase, i) => ({
        ...phase,
        width: i === 0 ? 50_000 : phase.width,
        color: i === 0 ? 'url(javascript:alert(1))' : phase.color,
      })),
    }
    const summary = summariseMap(wide)
    expect(summary.thumbnail.phases[0]!.colour).toMatch(/^#[0-9a-f]{6}$/)
    for (const box of summary.thumbnail.cards) expect(box.w).toBeGreaterThanOrEqual(0.8)
    expectInside(summary)
  })

  it('draws and counts a kind added to the registry without a change to the summary', () => {
    interface Swimlane {
      id: string
      y: number
    }
    const swimlaneKind = defineKind<Swimlane>({
      name: 'swimlane',
      nouns: ['swimlane', 'swimlanes'],
      collection: 'swimlanes',
      ordered: true,
      fields: { id: { check: () => null }, y: { check: () => null } } as never,
      file: { listRequired: false, requiredFields: ['id'] },
      create: (partial) => ({ y: 0, ...partial }),
      bounds: (swimlane) => ({ x: 0, y: swimlane.y, width: 400, height: 100 }),
      thumbnail: { shape: 'box', colour: () => '#123456' },
      tally: () => ({ swimmers: 2 }),
      migrations: [],
    })
    const registry = createKindRegistry([...CORE_KINDS, swimlaneKind])
    const map = {
      ...emptyMap('Swimlanes', registry),
      swimlanes: [
        { id: 'l1', y: 0 },
        { id: 'l2', y: 200 },
      ],
    } as unknown as JourneyMap
    const summary = summariseMap(map, registry)
    expect(summary.counts['swimlanes']).toBe(2)
    expect(summary.counts['swimmers']).toBe(4)
    expect(summary.thumbnail.cards.map((c) => c.colour)).toEqual(['#123456', '#123456'])
  })
})

describe('parseSummary', () => {
  const good = summariseMap(templateById('classic-5')!.build())

  it('accepts what summariseMap makes, through JSON', () => {
    expect(parseSummaryJson(JSON.stringify(good))).toEqual(good)
  })

  it.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['another version', JSON.stringify({ ...good, version: 99 })],
    ['a negative count', JSON.stringify({ ...good, counts: { phases: -1 } })],
    ['a count that is text', JSON.stringify({ ...good, counts: { phases: '5' } })],
    ['a strange count key', JSON.stringify({ ...good, counts: { 'a b': 1 } })],
    [
      'a colour that is not #rrggbb',
      JSON.stringify({
        ...good,
        thumbnail: { ...good.thumbnail, phases: [{ x: 0, w: 10, colour: 'red;x' }] },
      }),
    ],
    [
      'a box outside the thumbnail',
      JSON.stringify({
        ...good,
        thumbnail: {
          ...good.thumbnail,
          cards: [{ x: 1e6, y: 0, w: 1, h: 1, colour: '#000000' }],
        },
      }),
    ],
    [
      'too many boxes',
      JSON.stringify({
        ...good,
        thumbnail: {
          ...good.thumbnail,
          cards: Array.from({ length: MAX_THUMBNAIL_BOXES + 1 }, () => ({
            x: 0,
            y: 0,
            w: 1,
            h: 1,
            colour: '#000000',
          })),
        },
      }),
    ],
    [
      'a thumbnail larger than the box',
      JSON.stringify({ ...good, thumbnail: { ...good.thumbnail, width: 5000 } }),
    ],
  ])('refuses %s', (_, text) => {
    expect(parseSummaryJson(text)).toBeNull()
  })
})
