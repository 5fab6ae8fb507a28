// The smallest rectangle holding every record drawn on the canvas: what "fit view" and image
// export frame. Each kind says where its records are drawn (`bounds`), so a kind added to the
// registry is inside the frame without a change here.

import type { Rect } from './geometry'
import { listOf } from './kinds/collections'
import { defaultRegistry, type KindRegistry } from './kinds/registry'
import type { JourneyMap, Size } from './types'

/**
 * Every column, card (of `cardSize`, as the canvas draws it) and note; an empty map gives a zero
 * rectangle at the origin. The canvas asks on each edit of the map (culling), so the extent is
 * kept in four numbers rather than a rectangle per record.
 */
export function mapBounds(
  map: JourneyMap,
  cardSize: Size,
  registry: KindRegistry = defaultRegistry,
): Rect {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const kind of registry.kinds) {
    if (!kind.bounds) continue
    for (const record of listOf(map, kind)) {
      const rect = kind.bounds(record, map, cardSize)
      if (!rect) continue
      left = Math.min(left, rect.x)
      top = Math.min(top, rect.y)
      right = Math.max(right, rect.x + rect.width)
      bottom = Math.max(bottom, rect.y + rect.height)
    }
  }
  if (left === Infinity) return { x: 0, y: 0, width: 0, height: 0 }
  return { x: left, y: top, width: right - left, height: bottom - top }
}
