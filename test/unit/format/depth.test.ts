import { describe, expect, it } from 'vitest'
import { depthProblem, findTooDeep } from '../../../src/domain/format/depth'

describe('findTooDeep', () => {
  it('accepts values up to the limit and names the first path past it', () => {
    expect(findTooDeep({ a: [{ b: 1 }] }, 3)).toBeNull()
    expect(findTooDeep({ a: [{ b: {} }] }, 3)).toBe('$.a[0].b')
    expect(findTooDeep({ 'odd key': [[[]]] }, 3)).toBe('$["odd key"][0][0]')
  })

  it('walks 100,000 levels without recursion', () => {
    let value: unknown = 1
    for (let i = 0; i < 100_000; i++) value = [value]
    expect(depthProblem(value)).toMatch(/^\$(\[0\])+ is nested more than 64 levels deep$/)
  })
})
