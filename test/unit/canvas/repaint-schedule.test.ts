// The minimap's repaint schedule, on a clock this test turns by hand: a view change paints in the
// next frame, nodes changing every frame (a drag) repaint at most every 100 ms, and the last
// change always gets its paint.

import { describe, expect, it } from 'vitest'
import {
  createRepaintSchedule,
  type RepaintClock,
} from '../../../src/canvas/minimap/repaint-schedule'

/** Frames every 16 ms and timers, run in time order as `advance` moves the clock. */
function manualClock() {
  let now = 0
  let nextId = 1
  const frames = new Map<number, () => void>()
  const timers = new Map<number, { at: number; callback: () => void }>()
  const clock: RepaintClock = {
    now: () => now,
    requestFrame(callback) {
      frames.set(nextId, callback)
      return nextId++
    },
    cancelFrame: (id) => void frames.delete(id),
    setTimer(callback, ms) {
      timers.set(nextId, { at: now + ms, callback })
      return nextId++ as unknown as ReturnType<typeof setTimeout>
    },
    clearTimer: (id) => void timers.delete(id as unknown as number),
  }
  /** One frame: timers due by its end run, then its frame callbacks. */
  function frame() {
    now += 16
    for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > now) continue
      timers.delete(id)
      timer.callback()
    }
    const due = [...frames.values()]
    frames.clear()
    for (const callback of due) callback()
  }
  return { clock, frame, pending: () => frames.size + timers.size }
}

function scheduleWithLog() {
  const { clock, frame, pending } = manualClock()
  const paints: { at: number; nodes: boolean }[] = []
  const schedule = createRepaintSchedule((nodes) => paints.push({ at: clock.now(), nodes }), clock)
  return { schedule, frame, pending, paints }
}

describe('the minimap repaint schedule', () => {
  it('paints a quiet change of the nodes or of the view in the next frame', () => {
    const { schedule, frame, paints } = scheduleWithLog()
    schedule.paintNow()
    for (let i = 0; i < 10; i++) frame()
    schedule.changed(true)
    frame()
    expect(paints.slice(1)).toEqual([{ at: 176, nodes: true }])
    schedule.changed(false)
    frame()
    expect(paints.slice(2)).toEqual([{ at: 192, nodes: false }])
  })

  it('repaints nodes that change every frame at most every 100 ms, and once after the last change', () => {
    const { schedule, frame, pending, paints } = scheduleWithLog()
    schedule.paintNow()
    for (let i = 0; i < 10; i++) frame()
    // A drag: the nodes change in each of 60 frames (~1 s).
    for (let i = 0; i < 60; i++) {
      schedule.changed(true)
      frame()
    }
    const during = paints.slice(1)
    expect(during.length).toBeGreaterThanOrEqual(8)
    expect(during.length).toBeLessThanOrEqual(11)
    for (let i = 1; i < during.length; i++) {
      expect(during[i]!.at - during[i - 1]!.at).toBeGreaterThanOrEqual(100)
    }
    const lastChangeAt = 160 + 60 * 16 - 16
    while (pending() > 0) frame()
    const last = paints.at(-1)!
    expect(last.nodes).toBe(true)
    expect(last.at).toBeGreaterThan(lastChangeAt)
    expect(last.at).toBeLessThanOrEqual(lastChangeAt + 100 + 16)
  })

  it('follows the view in every frame while nodes wait for their turn', () => {
    const { schedule, frame, paints } = scheduleWithLog()
    schedule.paintNow()
    for (let i = 0; i < 10; i++) frame()
    for (let i = 0; i < 12; i++) {
      schedule.changed(true)
      schedule.changed(false)
      frame()
    }
    // One paint per frame (the view), with the nodes among them only every 100 ms.
    expect(paints.slice(1)).toHaveLength(12)
    expect(paints.slice(1).filter((p) => p.nodes).length).toBeLessThanOrEqual(2)
  })

  it('paints nothing after it is cancelled', () => {
    const { schedule, frame, paints } = scheduleWithLog()
    schedule.paintNow()
    schedule.changed(true)
    schedule.changed(false)
    schedule.cancel()
    for (let i = 0; i < 20; i++) frame()
    expect(paints).toHaveLength(1)
  })
})
