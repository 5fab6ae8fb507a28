import { describe, expect, it } from 'vitest'
import { ACCESS_ROLES, isAccessRole } from '../../../src/domain/access-role'

describe('access roles', () => {
  it('are the three the server names, and nothing else from the wire passes', () => {
    expect([...ACCESS_ROLES]).toEqual(['edit', 'comment', 'view'])
    for (const role of ACCESS_ROLES) expect(isAccessRole(role)).toBe(true)
    for (const other of ['admin', '', 'Edit', 'pending', 2, null, undefined, {}])
      expect(isAccessRole(other)).toBe(false)
  })
})
