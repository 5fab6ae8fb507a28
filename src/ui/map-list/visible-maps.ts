// Which maps the list shows, and in which order: a search over titles that ignores case and
// accents ("cafe" finds "Café"), sorted by last edit or by name.

import type { MapSummary } from '../../api/maps'

export type MapSort = 'recent' | 'name'

/** The sorts in the order the menu offers them; their names are `mapList.sorts[sort]`. */
export const MAP_SORTS: readonly MapSort[] = ['recent', 'name']

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
