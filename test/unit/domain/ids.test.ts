import { describe, expect, it } from 'vitest'
import { JourneyError, isJourneyError } from '../../../src/domain/errors'
import { ID_LENGTH, MAX_ID_LENGTH, idProblem, isValidId, newId } from '../../../src/domain/ids'

describe('newId', () => {
  it('makes 21 URL-safe characters', () => {
    for (let i = 0; i < 200; i += 1) {
      const id = newId()
      expect(id).toHaveLength(ID_LENGTH)
      expect(id).toMatch(/^[A-Za-z0-9_-]{21}$/)
      expect(encodeURIComponent(id)).toBe(id)
    }
  })

  it('does not repeat and uses the whole alphabet', () => {
    const ids = Array.from({ length: 10_000 }, newId)
    expect(new Set(ids).size).toBe(ids.length)
    const characters = new Set(ids.join(''))
    expect(characters.size).toBe(64)
  })

  it('makes ids that are valid', () => {
    expect(isValidId(newId())).toBe(true)
  })
})

describe('isValidId', () => {
  it('accepts ids from other tools', () => {
    for (const id of [
      'tp-1',
      'a',
      '3f2b9c1e-7d4a-4e8b-9a0c-1d2e3f4a5b6c',
      'Übersicht',
      '😀',
      '__proto__',
    ]) {
      expect(isValidId(id), id).toBe(true)
    }
  })

  it('refuses non-strings, empty strings and control characters', () => {
    for (const value of [undefined, null, 1, {}, [], '', 'a\nb', 'tab\there', '\u007f']) {
      expect(isValidId(value), JSON.stringify(value)).toBe(false)
    }
  })

  it('counts the length in code points, as JSON Schema does', () => {
    expect(isValidId('x'.repeat(MAX_ID_LENGTH))).toBe(true)
    expect(isValidId('x'.repeat(MAX_ID_LENGTH + 1))).toBe(false)
    // 256 emoji are 512 UTF-16 units but 256 code points.
    expect(isValidId('😀'.repeat(MAX_ID_LENGTH))).toBe(true)
  })

  it('explains what is wrong', () => {
    expect(idProblem(5)).toBe('must be a string')
    expect(idProblem('')).toBe('must not be empty')
    expect(idProblem('a\u0000')).toBe('must not contain control characters')
    expect(idProblem('y'.repeat(300))).toBe('must be at most 256 characters')
    expect(idProblem('ok')).toBeNull()
  })
})

describe('JourneyError', () => {
  it('carries a code and a name', () => {
    const error = new JourneyError('self-loop', 'edge "e1" would connect "t1" to itself')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('JourneyError')
    expect(error.code).toBe('self-loop')
    expect(isJourneyError(error)).toBe(true)
    expect(isJourneyError(error, 'self-loop')).toBe(true)
    expect(isJourneyError(error, 'last-phase')).toBe(false)
    expect(isJourneyError(new Error('x'))).toBe(false)
  })
})
