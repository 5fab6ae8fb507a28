import { describe, expect, it } from 'vitest'
import {
  MAX_TAG_LENGTH,
  addTags,
  insertAt,
  normaliseTag,
  removeAt,
  removeTag,
  replaceAt,
} from '../../../src/ui/inspector/list-edit'

describe('list edits', () => {
  const items = Object.freeze(['a', 'b', 'c'])

  it('replace, insert and remove without touching the original', () => {
    expect(replaceAt(items, 1, 'B')).toEqual(['a', 'B', 'c'])
    expect(insertAt(items, 1, 'x')).toEqual(['a', 'x', 'b', 'c'])
    expect(insertAt(items, 99, 'z')).toEqual(['a', 'b', 'c', 'z'])
    expect(insertAt(items, -5, 'z')).toEqual(['z', 'a', 'b', 'c'])
    expect(removeAt(items, 0)).toEqual(['b', 'c'])
    expect(items).toEqual(['a', 'b', 'c'])
  })

  it('return the same array when nothing changes (a no-op writes nothing)', () => {
    expect(replaceAt(items, 1, 'b')).toBe(items)
    // An index a colleague's concurrent edit removed.
    expect(replaceAt(items, 3, 'x')).toBe(items)
    expect(replaceAt(items, -1, 'x')).toBe(items)
    expect(removeAt(items, 3)).toBe(items)
    expect(removeAt(items, -1)).toBe(items)
  })
})

describe('tags', () => {
  it('normalise what was typed', () => {
    expect(normaliseTag('  #checkout   flow ')).toBe('checkout flow')
    expect(normaliseTag('##')).toBe('')
    expect(normaliseTag('x'.repeat(100))).toHaveLength(MAX_TAG_LENGTH)
    // Code points, not UTF-16 units: an emoji at the cut is not split in half.
    expect(Array.from(normaliseTag('😀'.repeat(50)))).toHaveLength(MAX_TAG_LENGTH)
  })

  it('add comma-separated tags, skipping empty ones and duplicates in any case', () => {
    expect(addTags(['Mobile'], 'web, mobile, ,  App ,web')).toEqual(['Mobile', 'web', 'App'])
  })

  it('keep the same array when nothing new is added', () => {
    const tags = ['a']
    expect(addTags(tags, 'A, ,')).toBe(tags)
  })

  it('remove one tag by value', () => {
    const tags = ['a', 'b']
    expect(removeTag(tags, 'a')).toEqual(['b'])
    expect(removeTag(tags, 'zzz')).toBe(tags)
  })
})
