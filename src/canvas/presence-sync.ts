// Throttled awareness updates from the canvas: my cursor, the live position of what I drag and
// where I look, at most every 50 ms, so peers see movement without flooding the room.

import type { Presence, ViewportState } from '../collab/presence'
import type { Point } from '../domain/types'

export function createPresenceThrottle(presence: Presence, intervalMs = 50) {
  let pending: {
    cursor?: Point | null
    dragging?: Record<string, Point> | null
    viewport?: ViewportState | null
  } = {}
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    timer = null
    presence.update(pending)
    pending = {}
  }
  return {
    cursor(point: Point | null) {
      pending.cursor = point
      timer ??= setTimeout(flush, intervalMs)
    },
    dragging(positions: Record<string, Point> | null) {
      pending.dragging = positions
      if (positions === null) {
        // The drop must not arrive after the doc update that commits it: send it right away.
        if (timer) clearTimeout(timer)
        flush()
        return
      }
      timer ??= setTimeout(flush, intervalMs)
    },
    /** The middle of what I see and my zoom (followers centre on it whatever their screen). */
    viewport(view: ViewportState) {
      pending.viewport = view
      timer ??= setTimeout(flush, intervalMs)
    },
    cancel() {
      if (timer) clearTimeout(timer)
    },
  }
}
