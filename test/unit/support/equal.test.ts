import { describe, expect, it } from 'vitest'
import { firstDifference } from '../../support/equal'

describe('firstDifference', () => {
  it('treats records under the key "constructor" like any other', () => {
    const a = Object.fromEntries([['constructor', { id: 'constructor', x: 1 }]])
    const b = Object.fromEntries([['constructor', { id: 'constructor', x: 1 }]])
    expect(firstDifference(a, b)).toBeNull()
  })

  it('finds differences that toEqual would hide', () => {
    expect(firstDifference({ x: -0 }, { x: 0 })).toContain('$["x"]')
    expect(firstDifference({ x: [1, 2] }, { x: [1, 3] })).toContain('$["x"]["1"]')
    expect(firstDifference({ x: 1, y: undefined }, { x: 1 })).toContain('unexpected')
    expect(firstDifference({ x: 1 }, { x: 1, y: 2 })).toContain('missing')
    expect(firstDifference(Object.create(null), {})).toContain('prototype')
    expect(firstDifference([1], { 0: 1 })).toContain('prototype')
  })
})
