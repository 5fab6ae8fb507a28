import { describe, expect, it } from 'vitest'
import { setDescription, setTitle } from '../../../src/domain/operations'
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
