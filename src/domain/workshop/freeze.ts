// Freezing the layout for a presentation: the facilitator can lock positions (cards can still be
// edited but not moved) or the whole map. Kept in the map's meta (`freeze`), so everyone sees it
// and it survives a reload; the editor's commands enforce it. It is a facilitation aid among
// people who hold the edit link, not a permission: the server does not check it.

import type { Messages } from '../i18n'
import type { JourneyMap } from '../types'

export type Freeze = 'none' | 'positions' | 'all'

export function freezeOf(map: JourneyMap): Freeze {
  const value = (map.meta as unknown as Record<string, unknown>)['freeze']
  return value === 'positions' || value === 'all' ? value : 'none'
}

export function setFreeze(map: JourneyMap, freeze: Freeze): JourneyMap {
  if (freezeOf(map) === freeze) return map
  const meta = { ...(map.meta as unknown as Record<string, unknown>) }
  if (freeze === 'none') delete meta['freeze']
  else meta['freeze'] = freeze
  return { ...map, meta: meta as unknown as JourneyMap['meta'] }
}

/** Why a command cannot run under the freeze (in the messages' language), or null. */
export function freezeBlocker(map: JourneyMap, moves: boolean, m: Messages): string | null {
  const freeze = freezeOf(map)
  if (freeze === 'all') return m.workshop.freeze.blockedAll
  if (freeze === 'positions' && moves) {
    return m.workshop.freeze.blockedPositions
  }
  return null
}
