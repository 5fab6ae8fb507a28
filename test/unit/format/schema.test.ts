// The published JSON Schemas (docs/schema/journey-map.v<n>.schema.json) must agree with the
// hand-written validator: on every fixture, on generated maps, and on the vocabulary lists.

import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_ID_LENGTH } from '../../../src/domain/ids'
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_TYPE,
  parseMapFile,
  serializeMap,
} from '../../../src/domain/format'
import {
  CHANNELS,
  EDGE_KINDS,
  EMOTIONS,
  EVIDENCE_STATUSES,
  LANE_TYPES,
  TOUCHPOINT_KINDS,
} from '../../../src/domain/vocabulary'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { FIXTURES_DIR, badExpectations, fixtureNames, readFixture } from '../../support/fixtures'

interface SchemaShape {
  $schema: string
  properties: Record<string, { const?: unknown }>
  $defs: Record<string, { properties: Record<string, { enum?: unknown[] }>; maxLength?: number }>
}
function readSchema(version: number): SchemaShape {
  const url = new URL(`../../../docs/schema/journey-map.v${version}.schema.json`, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as SchemaShape
}
const schema = readSchema(CURRENT_FORMAT_VERSION)
// strict: an unknown keyword or a typo in the schema fails compilation instead of being ignored.
const ajv = new Ajv2020({ strict: true, allErrors: true })
const validators = new Map(
  [1, CURRENT_FORMAT_VERSION].map((version) => [version, ajv.compile(readSchema(version))]),
)
let lastErrors: unknown = null

/** Each file is checked against the schema of the version it says it is (older ones migrate). */
function schemaAccepts(value: unknown): boolean {
  const version = (value as { version?: unknown } | null)?.version
  const validate = validators.get(version === 1 ? 1 : CURRENT_FORMAT_VERSION)!
  const ok = validate(value) === true
  lastErrors = validate.errors
  return ok
}

describe('the published JSON Schema', () => {
  it('is a draft 2020-12 schema for this format version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const { properties } = schema
    expect(properties.type?.const).toBe(FORMAT_TYPE)
    expect(properties.version?.const).toBe(CURRENT_FORMAT_VERSION)
  })

  it('lists the same vocabulary as the code', () => {
    const defs = schema.$defs
    expect(defs.touchpoint?.properties.channel?.enum).toEqual([...CHANNELS])
    expect(defs.touchpoint?.properties.kind?.enum).toEqual([...TOUCHPOINT_KINDS])
    expect(defs.touchpoint?.properties.emotion?.enum).toEqual([...EMOTIONS])
    expect(defs.edge?.properties.kind?.enum).toEqual([...EDGE_KINDS])
    expect(defs.lane?.properties.type?.enum).toEqual([...LANE_TYPES])
    expect(defs.touchpoint?.properties.evidence?.enum).toEqual([...EVIDENCE_STATUSES])
    expect(defs.id?.maxLength).toBe(MAX_ID_LENGTH)
  })

  it.each(fixtureNames('valid'))('accepts the valid fixture %s', (name) => {
    const value = JSON.parse(readFixture('valid', name)) as unknown
    expect(schemaAccepts(value), JSON.stringify(lastErrors)).toBe(true)
    expect(parseMapFile(readFixture('valid', name)).ok).toBe(true)
  })

  const expectations = badExpectations()
  const parseable = fixtureNames('bad').filter((name) => expectations[name]?.schema !== 'not-json')

  it.each(parseable)('agrees with the loader on the bad fixture %s', (name) => {
    const expected = expectations[name]!
    const value = JSON.parse(readFixture('bad', name)) as unknown
    const loaded = parseMapFile(readFixture('bad', name), expected.options)
    expect(loaded.ok).toBe(expected.ok)
    if (expected.schema === 'reject') {
      expect(loaded.ok).toBe(false)
      expect(schemaAccepts(value), `the schema accepts ${name}`).toBe(false)
    } else {
      // Only documented disagreements: uniqueness, repairable references, the loader's size limit.
      expect(expected.why, `${name} needs a reason for the schema to accept it`).toBeTruthy()
      expect(schemaAccepts(value), JSON.stringify(lastErrors)).toBe(true)
    }
  })

  it('has a reason for every bad fixture it accepts, and there are few', () => {
    const accepted = Object.entries(expectations).filter(([, e]) => e.schema === 'accept')
    expect(accepted.map(([name]) => name).sort()).toEqual([
      'dangling-edge.json',
      'dangling-phase.json',
      'duplicate-ids-across-lists.json',
      'duplicate-ids.json',
      'self-loop-and-duplicate-edges.json',
      'too-large.json',
      'too-small.json',
    ])
    expect(FIXTURES_DIR).toContain('fixtures')
  })

  it('accepts every file Trailmap writes', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        const file = JSON.parse(serializeMap(map)) as unknown
        expect(schemaAccepts(file), JSON.stringify(lastErrors)).toBe(true)
      }),
    )
  })
})

describe('docs/format.md', () => {
  const doc = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8')

  it('lists the whole vocabulary', () => {
    for (const word of [
      ...CHANNELS,
      ...TOUCHPOINT_KINDS,
      ...EDGE_KINDS,
      ...LANE_TYPES,
      ...EVIDENCE_STATUSES,
    ])
      expect(doc).toContain(`\`${word}\``)
    expect(doc).toContain(FORMAT_TYPE)
  })

  it('has an example that loads', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc.slice(doc.indexOf('## Example')))?.[1]
    expect(example).toBeDefined()
    const result = parseMapFile(example!)
    expect(result.ok && result.repairs).toEqual([])
    expect(schemaAccepts(JSON.parse(example!))).toBe(true)
  })
})
