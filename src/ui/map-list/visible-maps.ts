// Which maps the list shows, and in which order: a search over titles that ignores case and
// accents ("cafe" finds "Café"), sorted by last edit or by name.

import type { MapSummary } from '../../api/maps'

export type MapSort = 'recent' | 'name'

export const MAP_SORTS: readonly { value: MapSort; label: string }[] = [
  { value: 'recent', label: 'Recently edited' },
  { value: 'name', label: 'Name (A–Z)' },
]

/** Lower case without accents, for matching what people type. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
}

export function visibleMaps(
  maps: readonly MapSummary[],
  query: string,
  sort: MapSort,
): MapSummary[] {
  const words = folded(query).split(/\s+/).filter(Boolean)
  const shown = maps.filter((map) => {
    const title = folded(map.title)
    return words.every((word) => title.includes(word))
  })
  return sort === 'name'
    ? shown.sort(
        (a, b) =>
          a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true }) ||
          b.updatedAt - a.updatedAt,
      )
    : shown.sort((a, b) => b.updatedAt - a.updatedAt)
}
