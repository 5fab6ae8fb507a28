import { describe, expect, it } from 'vitest'
import { parseMapFile, serializeMap, type Problem } from '../../../src/domain/format'
import { checkInvariants } from '../../../src/domain/invariants'
import { expectSameData } from '../../support/equal'
import {
  badExpectations,
  fixtureNames,
  readFixture,
  type ExpectedProblem,
} from '../../support/fixtures'

/** Each expected problem matches a different actual one, and there are no others. */
function matchProblems(actual: readonly Problem[], expected: readonly ExpectedProblem[]): void {
  const unused = [...actual]
  for (const want of expected) {
    const index = unused.findIndex((p) => p.path === want.path && p.message.includes(want.message))
    expect(
      index,
      `no problem at ${want.path} with "${want.message}" in ${JSON.stringify(actual)}`,
    ).toBeGreaterThanOrEqual(0)
    unused.splice(index, 1)
  }
  expect(unused, 'unexpected problems').toEqual([])
}

describe('valid fixtures', () => {
  const names = fixtureNames('valid')

  it('include a minimal and a full map of version 1', () => {
    expect(names).toEqual(expect.arrayContaining(['v1-minimal.json', 'v1-full.json']))
  })

  it.each(names)('%s loads without problems or repairs, and saves back unchanged', (name) => {
    const result = parseMapFile(readFixture('valid', name))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.repairs).toEqual([])
    expect(result.fromVersion).toBe(Number(name.match(/^v(\d+)-/)?.[1]))
    expect(checkInvariants(result.map)).toEqual([])
    const again = parseMapFile(serializeMap(result.map))
    if (!again.ok) throw new Error(JSON.stringify(again.problems))
    expectSameData(again.map, result.map)
  })

  it('v1-full is a realistic six-phase journey whose unknown fields survive', () => {
    const result = parseMapFile(readFixture('valid', 'v1-full.json'))
    if (!result.ok) throw new Error('v1-full.json does not load')
    const { map } = result
    expect(map.phases.map((p) => p.name)).toEqual([
      'Awareness',
      'Interest',
      'Consideration',
      'Purchase',
      'Usage',
      'Advocacy',
    ])
    const touchpoints = Object.values(map.touchpoints)
    expect(touchpoints.length).toBeGreaterThanOrEqual(12)
    expect(new Set(touchpoints.map((t) => t.channel)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(touchpoints.map((t) => t.emotion))).toEqual(new Set([-2, -1, 0, 1, 2]))
    expect(touchpoints.some((t) => t.phaseId === null)).toBe(true)
    expect(Object.keys(map.edges).length).toBeGreaterThanOrEqual(12)
    expect(Object.keys(map.notes).length).toBeGreaterThanOrEqual(2)
    expect(map.meta).toMatchObject({ 'x-persona': { name: 'Lena' } })
    expect(map.phases[0]).toMatchObject({ 'x-kpi': 'reach' })
    expect(map.touchpoints['tp-reel']).toMatchObject({ 'x-crm': { campaign: 'spring-commute' } })
    expect(map.edges['e-reel-pricing']).toMatchObject({ 'x-share': 0.42 })
    expect(map.notes['note-persona']).toMatchObject({ 'x-author': 'maria' })
    // The saved text keeps the unknown fields too.
    const saved = JSON.parse(serializeMap(map)) as { map: Record<string, unknown> }
    expect(saved.map['x-template']).toBe('b2c-subscription')
  })
})

describe('bad fixtures', () => {
  const expectations = badExpectations()
  const names = fixtureNames('bad')

  it('each have an expectation, and each expectation a file', () => {
    expect(Object.keys(expectations).sort()).toEqual(names)
  })

  it.each(names)('%s gives its expected problems or repairs', (name) => {
    const expected = expectations[name]!
    const result = parseMapFile(readFixture('bad', name), expected.options)
    if (expected.ok) {
      if (!result.ok) throw new Error(`${name} should load: ${JSON.stringify(result.problems)}`)
      expect(result.repairs).toHaveLength(expected.repairs?.length ?? 0)
      expected.repairs?.forEach((repair, i) => expect(result.repairs[i]).toContain(repair))
      expect(checkInvariants(result.map)).toEqual([])
    } else {
      if (result.ok) throw new Error(`${name} should not load`)
      matchProblems(result.problems, expected.problems ?? [])
    }
  })

  it('dangling-edge.json loads with the edge removed and named', () => {
    const result = parseMapFile(readFixture('bad', 'dangling-edge.json'))
    expect(result.ok && Object.keys(result.map.edges)).toEqual(['e1'])
    expect(result.ok && result.repairs[0]).toContain('edge "e9"')
  })
})
