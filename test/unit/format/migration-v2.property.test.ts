// Format version 2 (issue #12, "Journey depth"): a version-1 file loads as version 2 with every v1
// field and unknown field as it was, the new card fields at their defaults (no lane, every
// persona, an assumption without a source), and a save and a load after that change nothing.

import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_TYPE,
  MIGRATIONS,
  parseMapFile,
  serializeMap,
} from '../../../src/domain/format'
import { checkInvariants } from '../../../src/domain/invariants'
import { touchpointKind } from '../../../src/domain/kinds/touchpoint'
import type { JourneyMap } from '../../../src/domain/types'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'
import { fixtureNames, readFixture } from '../../support/fixtures'

type Raw = Record<string, unknown>

/** The fields version 2 added to a card, with the value a version-1 card gets. */
const V2_CARD_DEFAULTS = {
  laneId: null,
  personaIds: [],
  personaEmotions: [],
  evidence: 'assumed',
  evidenceSource: '',
} as const
const V2_CARD_FIELDS = Object.keys(V2_CARD_DEFAULTS)

/** A version-1 file of a map: no lanes, no personas, cards without the version-2 fields. */
function v1File(map: JourneyMap): Raw {
  const cards = Object.values(map.touchpoints).map((card) =>
    Object.fromEntries(Object.entries(card).filter(([key]) => !V2_CARD_FIELDS.includes(key))),
  )
  return {
    type: FORMAT_TYPE,
    version: 1,
    source: 'trailmap 0.1 (version 1)',
    exportedAt: '2025-06-01T10:00:00.000Z',
    map: {
      ...map.meta,
      phases: map.phases,
      touchpoints: cards,
      edges: Object.values(map.edges),
      notes: Object.values(map.notes),
    },
  }
}

/** A list of records keyed by id, as the map holds them (defineProperty: "__proto__" is an id). */
function keyed(list: readonly Raw[]): Raw {
  const out: Raw = {}
  for (const record of list) {
    Object.defineProperty(out, record['id'] as string, {
      value: record,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out
}

const readSchema = (version: number) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../docs/schema/journey-map.v${version}.schema.json`, import.meta.url),
      'utf8',
    ),
  ) as object
const ajv = new Ajv2020({ strict: true, allErrors: true })
const schemaV1 = ajv.compile(readSchema(1))
const schemaV2 = ajv.compile(readSchema(2))

describe('the version 1 → 2 migration', () => {
  it('is the one step of this version, and only cards change', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(2)
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[1, 2]])
    expect(touchpointKind.migrations.map((m) => m.to)).toEqual([2])
  })

  it('fills the new card fields but never overwrites one the card has', () => {
    const up = touchpointKind.migrations[0]!.up
    expect(up({ id: 'a', title: 'A', 'x-crm': 1 })).toEqual({
      id: 'a',
      title: 'A',
      'x-crm': 1,
      ...V2_CARD_DEFAULTS,
    })
    expect(up({ id: 'a', evidence: 'validated' })).toMatchObject({ evidence: 'validated' })
  })

  it('keeps every v1 field, adds the v2 defaults, and a second save and load change nothing', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (source) => {
        const text = JSON.stringify(v1File(source), null, 2)
        const file = JSON.parse(text) as { map: Raw }
        expect(schemaV1(file), JSON.stringify(schemaV1.errors)).toBe(true)

        const loaded = parseMapFile(text)
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
        expect(loaded.fromVersion).toBe(1)
        expect(loaded.repairs).toEqual([])
        const { map } = loaded
        const { phases, touchpoints, edges, notes, ...meta } = file.map
        expectSameData(map.meta, meta)
        expectSameData(map.phases, phases)
        expectSameData(map.edges, keyed(edges as Raw[]))
        expectSameData(map.notes, keyed(notes as Raw[]))
        expectSameData(
          map.touchpoints,
          keyed((touchpoints as Raw[]).map((card) => ({ ...card, ...V2_CARD_DEFAULTS }))),
        )
        expect(map.lanes).toEqual([])
        expect(map.personas).toEqual([])
        expect(checkInvariants(map)).toEqual([])

        const saved = serializeMap(map)
        const savedFile = JSON.parse(saved) as Raw
        expect(savedFile['version']).toBe(2)
        expect(schemaV2(savedFile), JSON.stringify(schemaV2.errors)).toBe(true)
        const again = parseMapFile(saved)
        if (!again.ok) throw new Error(JSON.stringify(again.problems))
        expect(again.fromVersion).toBe(2)
        expect(again.repairs).toEqual([])
        expectSameData(again.map, map)
      }),
      { numRuns: 150 },
    )
  })

  it('keeps the position of a v1 card: in no lane, its y still counts from the canvas top', () => {
    const text = JSON.stringify({
      type: FORMAT_TYPE,
      version: 1,
      map: {
        phases: [{ id: 'p', name: 'P', color: '#60a5fa', width: 320 }],
        touchpoints: [{ id: 'a', title: 'A', phaseId: 'p', position: { x: 30, y: 410 } }],
      },
    })
    const loaded = parseMapFile(text)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(loaded.map.touchpoints['a']).toMatchObject({
      phaseId: 'p',
      laneId: null,
      position: { x: 30, y: 410 },
    })
  })

  it('still loads a v1 file whose unknown fields have names version 2 gave a meaning', () => {
    // Version 1 kept any unknown field; another tool may have written these.
    const file = {
      type: FORMAT_TYPE,
      version: 1,
      map: {
        phases: [],
        touchpoints: [{ id: 'a', title: 'A', evidence: 'strong', personaIds: 'Lena' }],
        personas: ['Lena'],
      },
    }
    const loaded = parseMapFile(JSON.stringify(file))
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true)
  })
})

describe('the version 1 fixtures', () => {
  const names = fixtureNames('valid').filter((name) => name.startsWith('v1-'))

  it('are all there', () => {
    expect(names).toEqual(['v1-empty.json', 'v1-full.json', 'v1-minimal.json'])
  })

  it.each(names)('%s loads as version 2 with the new fields at their defaults', (name) => {
    const text = readFixture('valid', name)
    const raw = JSON.parse(text) as { version: number; map: { touchpoints: Raw[] } }
    expect(raw.version).toBe(1)
    const loaded = parseMapFile(text)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
    expect(loaded.fromVersion).toBe(1)
    expect(loaded.repairs).toEqual([])
    expect(loaded.map.lanes).toEqual([])
    expect(loaded.map.personas).toEqual([])
    const cards = Object.values(loaded.map.touchpoints)
    expect(cards).toHaveLength(raw.map.touchpoints.length)
    for (const card of cards) expect(card).toMatchObject(V2_CARD_DEFAULTS)
    // Every field the file gave a card, known or not, is kept as written.
    for (const rawCard of raw.map.touchpoints) {
      const card = loaded.map.touchpoints[rawCard['id'] as string] as unknown as Raw
      for (const [key, value] of Object.entries(rawCard)) expectSameData(card[key], value)
    }
    const saved = JSON.parse(serializeMap(loaded.map)) as { version: number; map: Raw }
    expect(saved.version).toBe(2)
    expect(schemaV2(saved), JSON.stringify(schemaV2.errors)).toBe(true)
    expect(saved.map['lanes']).toEqual([])
    expect(saved.map['personas']).toEqual([])
  })

  it('v1-full keeps its cards where they were drawn', () => {
    const text = readFixture('valid', 'v1-full.json')
    const raw = JSON.parse(text) as { map: { touchpoints: Raw[] } }
    const loaded = parseMapFile(text)
    if (!loaded.ok) throw new Error('v1-full.json does not load')
    expect(raw.map.touchpoints.length).toBeGreaterThanOrEqual(12)
    for (const rawCard of raw.map.touchpoints) {
      const card = loaded.map.touchpoints[rawCard['id'] as string]!
      expect(card.position).toEqual(rawCard['position'])
      expect(card.phaseId).toBe(rawCard['phaseId'] ?? null)
    }
  })
})
