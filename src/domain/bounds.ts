// The smallest rectangle holding every record drawn on the canvas: what "fit view" and image
// export frame. Each kind says where its records are drawn (`bounds`), so a kind added to the
// registry is inside the frame without a change here.

import type { Rect } from './geometry'
import { listOf } from './kinds/collections'
import { defaultRegistry, type KindRegistry } from './kinds/registry'
import type { JourneyMap, Size } from './types'

function union(a: Rect | null, b: Rect): Rect {
  if (a === null) return b
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  const right = Math.max(a.x + a.width, b.x + b.width)
  const bottom = Math.max(a.y + a.height, b.y + b.height)
  return { x, y, width: right - x, height: bottom - y }
}

/**
 * Every column, card (of `cardSize`, as the canvas draws it) and note; an empty map gives a zero
 * rectangle at the origin.
 */
export function mapBounds(
  map: JourneyMap,
  cardSize: Size,
  registry: KindRegistry = defaultRegistry,
): Rect {
  let bounds: Rect | null = null
  for (const kind of registry.kinds) {
    if (!kind.bounds) continue
    for (const record of listOf(map, kind)) {
      const rect = kind.bounds(record, map, cardSize)
      if (rect) bounds = union(bounds, rect)
    }
  }
  return bounds ?? { x: 0, y: 0, width: 0, height: 0 }
}
