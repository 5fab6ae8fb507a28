import { describe, expect, it } from 'vitest'
import type { MapSummary } from '../../../src/api/maps'
import { visibleMaps } from '../../../src/ui/map-list/visible-maps'

const map = (id: string, title: string, updatedAt: number): MapSummary => ({
  id,
  title,
  createdAt: 0,
  updatedAt,
})
const maps = [
  map('a', 'Café onboarding', 3),
  map('b', 'Patient journey 10', 1),
  map('c', 'Patient journey 2', 5),
  map('d', 'E-bike purchase', 4),
]
const ids = (list: MapSummary[]) => list.map((m) => m.id)

describe('the map list search and sort', () => {
  it('finds titles by words in any order, ignoring case and accents', () => {
    expect(ids(visibleMaps(maps, 'cafe', 'recent'))).toEqual(['a'])
    expect(ids(visibleMaps(maps, 'JOURNEY patient', 'recent'))).toEqual(['c', 'b'])
    expect(ids(visibleMaps(maps, 'nothing like it', 'recent'))).toEqual([])
    expect(ids(visibleMaps(maps, '  ', 'recent'))).toEqual(['c', 'd', 'a', 'b'])
  })

  it('sorts by last edit or by name, numbers in natural order', () => {
    expect(ids(visibleMaps(maps, '', 'name'))).toEqual(['a', 'd', 'c', 'b'])
    expect(ids(visibleMaps(maps, '', 'recent'))).toEqual(['c', 'd', 'a', 'b'])
  })

  it('leaves the list it was given alone', () => {
    const copy = [...maps]
    visibleMaps(maps, '', 'name')
    expect(maps).toEqual(copy)
  })
})
