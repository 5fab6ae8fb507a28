import { describe, expect, it } from 'vitest'
import { setDescription, setTitle } from '../../../src/domain/operations'
import * as Y from 'yjs'
import { fromY, metaOf } from '../../../src/collab/codec'
import { restoreMap } from '../../../src/domain/format'
import { MAX_TITLE_LENGTH, distinctTitle } from '../../../src/domain/title'
import { expectJourneyError, sampleMap } from '../../support/sample-map'

describe('meta operations', () => {
  it('set the title and description, keeping unknown meta fields and other records', () => {
    const map = sampleMap()
    const titled = setTitle(map, 'Renewal journey')
    expect(titled.meta).toEqual({
      title: 'Renewal journey',
      description: 'A sample journey',
      'x-meta': 1,
    })
    expect(titled.touchpoints).toBe(map.touchpoints)
    expect(titled.phases).toBe(map.phases)
    const described = setDescription(titled, '')
    expect(described.meta.description).toBe('')
    expect(described.meta.title).toBe('Renewal journey')
  })

  it('return the same map when nothing changes', () => {
    const map = sampleMap()
    expect(setTitle(map, 'Sample')).toBe(map)
    expect(setDescription(map, 'A sample journey')).toBe(map)
  })

  it('refuse non-strings', () => {
    const map = sampleMap()
    expectJourneyError(() => setTitle(map, 42 as unknown as string), 'invalid-value', 'title')
    expectJourneyError(
      () => setDescription(map, null as unknown as string),
      'invalid-value',
      'description',
    )
  })
})

describe('the map title limit, the same everywhere', () => {
  const long = 'Journey '.repeat(700)

  it('setTitle cuts a title to the limit and flattens line breaks, without trimming', () => {
    const map = setTitle(sampleMap(), long)
    expect(Array.from(map.meta.title)).toHaveLength(MAX_TITLE_LENGTH)
    expect(setTitle(sampleMap(), 'Two\nlines\t').meta.title).toBe('Two lines ')
    expect(setTitle(sampleMap(), 'Typing ').meta.title).toBe('Typing ')
    // Emoji are one character each, never cut in half.
    const emoji = setTitle(sampleMap(), '🛒'.repeat(300)).meta.title
    expect(Array.from(emoji)).toHaveLength(MAX_TITLE_LENGTH)
    expect(emoji).toBe('🛒'.repeat(MAX_TITLE_LENGTH))
  })

  it('an imported file with a longer title is shortened, and says so', () => {
    const { map, repairs } = restoreMap({ title: long, phases: [], touchpoints: [] })
    expect(Array.from(map.meta.title)).toHaveLength(MAX_TITLE_LENGTH)
    expect(repairs).toEqual([
      `the map title was ${long.length} characters; it was shortened to ${MAX_TITLE_LENGTH}`,
    ])
  })

  it('a longer title a peer wrote into the doc is shown cut to the limit', () => {
    const doc = new Y.Doc()
    metaOf(doc).set('title', long)
    expect(Array.from(fromY(doc).meta.title)).toHaveLength(MAX_TITLE_LENGTH)
  })
})

describe('a distinct title for an imported map', () => {
  it('keeps a new title, and numbers the ones already taken', () => {
    expect(distinctTitle('Onboarding', ['Renewal'])).toBe('Onboarding')
    expect(distinctTitle('Onboarding', ['onboarding'])).toBe('Onboarding (imported)')
    expect(distinctTitle('Onboarding', ['Onboarding', 'Onboarding (imported)'])).toBe(
      'Onboarding (imported 2)',
    )
  })

  it('stays within the limit when the title is already long', () => {
    const long = 'x'.repeat(MAX_TITLE_LENGTH)
    const title = distinctTitle(long, [long])
    expect(Array.from(title)).toHaveLength(MAX_TITLE_LENGTH)
    expect(title.endsWith(' (imported)')).toBe(true)
  })
})
