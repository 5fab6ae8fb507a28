// The field rules version 2 added (a reference, a boolean, a list of ids, per-persona emotions)
// and the helpers of the ordered kinds (phases, lanes, personas).

import { describe, expect, it } from 'vitest'
import { isJourneyError } from '../../../src/domain/errors'
import { clampIndex, insertAt, moveTo, replaceIn } from '../../../src/domain/kinds/ordered'
import {
  booleanRule,
  idArrayRule,
  personaEmotionsRule,
  refRule,
  type Problem,
  type Rule,
} from '../../../src/domain/rules'

function problems(rule: Rule, value: unknown): Problem[] {
  const found: Problem[] = []
  rule(value, '$.x', found)
  return found
}

describe('refRule', () => {
  it('accepts an id or null', () => {
    expect(problems(refRule, null)).toEqual([])
    expect(problems(refRule, 'lane-1')).toEqual([])
    expect(problems(refRule, '__proto__')).toEqual([])
  })

  it('refuses other values, and strings that are not ids', () => {
    expect(problems(refRule, 3)).toEqual([{ path: '$.x', message: 'must be a string or null' }])
    expect(problems(refRule, undefined)).toHaveLength(1)
    expect(problems(refRule, {})).toHaveLength(1)
    expect(problems(refRule, '')).toEqual([{ path: '$.x', message: 'must not be empty' }])
    expect(problems(refRule, 'a\nb')).toHaveLength(1)
    expect(problems(refRule, 'x'.repeat(257))).toHaveLength(1)
  })
})

describe('booleanRule', () => {
  it('accepts true and false only', () => {
    expect(problems(booleanRule, true)).toEqual([])
    expect(problems(booleanRule, false)).toEqual([])
    for (const value of [0, 1, 'true', null, undefined, []]) {
      expect(problems(booleanRule, value), String(value)).toEqual([
        { path: '$.x', message: 'must be true or false' },
      ])
    }
  })
})

describe('idArrayRule', () => {
  it('accepts a list of distinct ids, empty included', () => {
    expect(problems(idArrayRule, [])).toEqual([])
    expect(problems(idArrayRule, ['a', 'b', 'constructor'])).toEqual([])
  })

  it('names each bad or repeated entry by its index', () => {
    expect(problems(idArrayRule, 'a')).toEqual([
      { path: '$.x', message: 'must be an array of ids' },
    ])
    expect(problems(idArrayRule, ['a', 2, '', 'a'])).toEqual([
      { path: '$.x[1]', message: 'must be a string' },
      { path: '$.x[2]', message: 'must not be empty' },
      { path: '$.x[3]', message: 'is listed twice' },
    ])
    // A hole in a sparse array is not an id either.
    const sparse: unknown[] = []
    sparse[1] = 'a'
    expect(problems(idArrayRule, sparse)).toEqual([{ path: '$.x[0]', message: 'must be a string' }])
  })
})

describe('personaEmotionsRule', () => {
  it('accepts entries with an emotion, a target, both or neither, once per persona', () => {
    expect(problems(personaEmotionsRule, [])).toEqual([])
    expect(
      problems(personaEmotionsRule, [
        { personaId: 'a', emotion: -2 },
        { personaId: 'b', target: 2 },
        { personaId: 'c', emotion: 0, target: 1, 'x-note': 'kept' },
        { personaId: 'd' },
      ]),
    ).toEqual([])
  })

  it('names every problem by its path', () => {
    expect(problems(personaEmotionsRule, {})).toEqual([
      { path: '$.x', message: 'must be an array of { personaId, emotion, target }' },
    ])
    expect(
      problems(personaEmotionsRule, [
        'a',
        { emotion: 1 },
        { personaId: 'b', emotion: 3 },
        { personaId: 'c', target: 1.5 },
        { personaId: 'b', target: null },
      ]),
    ).toEqual([
      { path: '$.x[0]', message: 'must be an object with personaId' },
      { path: '$.x[1].personaId', message: 'must be a string' },
      { path: '$.x[2].emotion', message: 'must be an integer from -2 to 2' },
      { path: '$.x[3].target', message: 'must be an integer from -2 to 2' },
      { path: '$.x[4].personaId', message: 'is listed twice' },
      { path: '$.x[4].target', message: 'must be an integer from -2 to 2' },
    ])
  })
})

describe('ordered lists', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as const
  const refused = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      return isJourneyError(error, 'invalid-value')
    }
    return false
  }

  it('clampIndex clamps to 0…length and refuses fractions', () => {
    expect(clampIndex('lane', -4, 3)).toBe(0)
    expect(clampIndex('lane', 2, 3)).toBe(2)
    expect(clampIndex('lane', 9, 3)).toBe(3)
    expect(refused(() => clampIndex('lane', 1.5, 3))).toBe(true)
    expect(refused(() => clampIndex('lane', Number.NaN, 3))).toBe(true)
  })

  it('insertAt inserts at a clamped index, last by default, without touching the list', () => {
    const d = { id: 'd' }
    expect(insertAt(list, d, undefined, 'lane').map((x) => x.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(insertAt(list, d, 0, 'lane').map((x) => x.id)).toEqual(['d', 'a', 'b', 'c'])
    expect(insertAt(list, d, 99, 'lane').map((x) => x.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(list.map((x) => x.id)).toEqual(['a', 'b', 'c'])
  })

  it('moveTo moves an item to a clamped index, or returns the same list', () => {
    expect(moveTo(list, 0, 2, 'lane').map((x) => x.id)).toEqual(['b', 'c', 'a'])
    expect(moveTo(list, 2, 0, 'lane').map((x) => x.id)).toEqual(['c', 'a', 'b'])
    expect(moveTo(list, 0, 50, 'lane').map((x) => x.id)).toEqual(['b', 'c', 'a'])
    expect(moveTo(list, 1, 1, 'lane')).toBe(list)
    expect(moveTo(list, 2, 7, 'lane')).toBe(list)
    expect(refused(() => moveTo(list, 0, 0.5, 'lane'))).toBe(true)
  })

  it('replaceIn swaps one item, or returns the same list when it did not change', () => {
    const b2 = { id: 'b' }
    const next = replaceIn(list, list[1], b2)
    expect(next[1]).toBe(b2)
    expect(next[0]).toBe(list[0])
    expect(replaceIn(list, list[1], list[1])).toBe(list)
  })
})
