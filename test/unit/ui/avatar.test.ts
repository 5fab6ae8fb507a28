import { describe, expect, it } from 'vitest'
import type { Peer } from '../../../src/collab/presence'
import { USER_COLORS, randomUser } from '../../../src/ui/presence/user'
import {
  MAX_NAME_LENGTH,
  cleanName,
  initials,
  parseRoster,
  readableTextColor,
  rosterKey,
  safeColor,
  withOverflow,
} from '../../../src/ui/presence/avatar'

describe('avatar helpers', () => {
  it('make initials from the first and last word', () => {
    expect(initials('Guest Otter')).toBe('GO')
    expect(initials('  ana  ')).toBe('A')
    expect(initials('Maria da Silva')).toBe('MS')
    expect(initials('élodie durand')).toBe('ÉD')
    expect(initials('😀 Fox')).toBe('😀F')
    expect(initials('')).toBe('?')
    expect(initials('   ')).toBe('?')
  })

  it('accept only hex colours from colleagues', () => {
    expect(safeColor('#2563eb')).toBe('#2563eb')
    expect(safeColor('#abc')).toBe('#abc')
    expect(safeColor('red; background: url(x)')).toBe('#64748b')
  })

  it('choose white text on dark colours and dark text on light ones', () => {
    expect(readableTextColor('#2563eb')).toBe('#ffffff')
    expect(readableTextColor('#0f172a')).toBe('#ffffff')
    expect(readableTextColor('#fff3a3')).toBe('#0f172a')
    expect(readableTextColor('#fff')).toBe('#0f172a')
    expect(readableTextColor('not a colour')).toBe('#ffffff')
  })

  it('keep a roster key equal while only cursors move', () => {
    const peers: Peer[] = [
      {
        clientId: 7,
        user: { name: 'Ana', color: '#e11d48' },
        cursor: null,
        selection: [],
        dragging: null,
      },
    ]
    const key = rosterKey(peers)
    expect(rosterKey([{ ...peers[0]!, cursor: { x: 3, y: 4 } }])).toBe(key)
    expect(parseRoster(key)).toEqual([{ clientId: 7, name: 'Ana', color: '#e11d48' }])
    expect(rosterKey([{ ...peers[0]!, user: { name: 'Ana B', color: '#e11d48' } }])).not.toBe(key)
  })

  it('show at most max items, the last slot counting the rest', () => {
    expect(withOverflow([1, 2, 3], 6)).toEqual({ shown: [1, 2, 3], hidden: [] })
    expect(withOverflow([1, 2, 3, 4, 5, 6], 6)).toEqual({ shown: [1, 2, 3, 4, 5, 6], hidden: [] })
    expect(withOverflow([1, 2, 3, 4, 5, 6, 7], 6)).toEqual({
      shown: [1, 2, 3, 4, 5],
      hidden: [6, 7],
    })
  })

  it('tidy a typed name', () => {
    expect(cleanName('  Ana   Lopez ')).toBe('Ana Lopez')
    expect(cleanName('   ')).toBe('')
    expect(Array.from(cleanName('x'.repeat(200)))).toHaveLength(MAX_NAME_LENGTH)
  })
})

describe('names for people who have not chosen one', () => {
  it('vary in name, initials and colour', () => {
    let seed = 7
    // A small deterministic generator, so the test is the same on every run.
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const users = Array.from({ length: 200 }, () => randomUser(random))
    expect(new Set(users.map((u) => u.name)).size).toBeGreaterThan(150)
    expect(new Set(users.map((u) => initials(u.name))).size).toBeGreaterThan(100)
    expect(new Set(users.map((u) => u.color)).size).toBe(USER_COLORS.length)
    for (const user of users) expect(user.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)
  })
})
