import { describe, expect, it } from 'vitest'
import { lastCall, sameItems } from '../../../src/canvas/last-call'

describe('lastCall', () => {
  it('returns the last value while every argument is the same, and computes again otherwise', () => {
    let runs = 0
    const size = lastCall((items: readonly number[], extra: number) => {
      runs++
      return { total: items.length + extra }
    })
    const items = [1, 2, 3]
    const first = size(items, 1)
    expect(size(items, 1)).toBe(first)
    expect(runs).toBe(1)
    // An equal but different array is another argument: identity, not contents, decides.
    const other = size([1, 2, 3], 1)
    expect(other).not.toBe(first)
    expect(other).toEqual(first)
    expect(size([1, 2, 3], 2)).toEqual({ total: 5 })
    expect(runs).toBe(3)
  })
})

describe('sameItems', () => {
  it('compares lists item by item, by identity', () => {
    const a = { id: 'a' }
    expect(sameItems([a, 1], [a, 1])).toBe(true)
    expect(sameItems([a], [{ id: 'a' }])).toBe(false)
    expect(sameItems([a], [a, a])).toBe(false)
  })
})
