// withoutNegativeZeroDeep: every -0 inside a value becomes 0; a value without one comes back as
// the very same object (records keep their identity), and odd keys stay own fields.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withoutNegativeZeroDeep } from '../../../src/domain/records'

const holdsNegativeZero = (value: unknown): boolean =>
  Object.is(value, -0) ||
  (typeof value === 'object' && value !== null && Object.values(value).some(holdsNegativeZero))

describe('withoutNegativeZeroDeep', () => {
  it('leaves no -0 and changes nothing else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, -0), (json, zero) => {
        const value = { json, list: [1, zero, { x: zero }], at: { x: zero, y: 2 } }
        const clean = withoutNegativeZeroDeep(value)
        expect(holdsNegativeZero(clean)).toBe(false)
        // Equal but for the sign of zero (JSON cannot tell them apart).
        expect(JSON.stringify(clean)).toBe(JSON.stringify(value))
        if (!holdsNegativeZero(value)) expect(clean).toBe(value)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps untouched branches and a "__proto__" key as an own field', () => {
    const untouched = { a: [1, 2] }
    const value = JSON.parse('{"__proto__": {"x": 1}, "n": 0}') as Record<string, unknown>
    value['n'] = -0
    value['keep'] = untouched
    const clean = withoutNegativeZeroDeep(value)
    expect(clean).not.toBe(value)
    expect(Object.is(clean['n'], 0)).toBe(true)
    expect(clean['keep']).toBe(untouched)
    expect(Object.hasOwn(clean, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype)
    expect(withoutNegativeZeroDeep(-0)).toBe(0)
    expect(Object.is(withoutNegativeZeroDeep(-0), 0)).toBe(true)
  })
})
