// The minimap's maths: what part of the map it shows, and how its pixels map back to the map.

import { describe, expect, it } from 'vitest'
import {
  centredOn,
  contains,
  minimapView,
  pannedBy,
  toFlow,
  toMinimap,
  union,
  visibleRect,
} from '../../../src/canvas/minimap/minimap-view'

const MINIMAP = { width: 200, height: 150 }

describe('the minimap view', () => {
  it('fits a wide map by its width and centres it vertically, inside the margin', () => {
    const view = minimapView({ x: 100, y: 50, width: 3_760, height: 1_000 }, MINIMAP, 6)
    expect(view.scale).toBeCloseTo(20)
    const drawn = toMinimap(view, { x: 100, y: 50, width: 3_760, height: 1_000 })
    expect(drawn.x).toBeCloseTo(6)
    expect(drawn.x + drawn.width).toBeCloseTo(194)
    expect(drawn.y + drawn.height / 2).toBeCloseTo(75)
  })

  it('fits a tall map by its height', () => {
    const view = minimapView({ x: 0, y: 0, width: 100, height: 1_380 }, MINIMAP, 6)
    expect(view.scale).toBeCloseTo(10)
    const drawn = toMinimap(view, { x: 0, y: 0, width: 100, height: 1_380 })
    expect(drawn.y).toBeCloseTo(6)
    expect(drawn.x + drawn.width / 2).toBeCloseTo(100)
  })

  it('maps a minimap pixel back to the map point drawn there', () => {
    const view = minimapView({ x: -300, y: 40, width: 2_000, height: 900 }, MINIMAP, 6)
    const rect = toMinimap(view, { x: 420, y: 310, width: 0, height: 0 })
    const back = toFlow(view, { x: rect.x, y: rect.y })
    expect(back.x).toBeCloseTo(420)
    expect(back.y).toBeCloseTo(310)
  })

  it('takes the visible part from the transform and unites it with the content', () => {
    const visible = visibleRect([-200, 100, 2], { width: 1_000, height: 600 })
    expect(visible).toEqual({ x: 100, y: -50, width: 500, height: 300 })
    expect(union({ x: 0, y: 0, width: 400, height: 100 }, visible)).toEqual({
      x: 0,
      y: -50,
      width: 600,
      height: 300,
    })
    expect(union(null, visible)).toBe(visible)
    expect(contains(visible, { x: 100, y: 250 })).toBe(true)
    expect(contains(visible, { x: 99, y: 0 })).toBe(false)
  })

  it('centres the screen on a point at the same zoom', () => {
    const screen = { width: 1_000, height: 600 }
    const transform = centredOn({ x: 700, y: 300 }, 0.5, screen)
    const visible = visibleRect(transform, screen)
    expect(visible.x + visible.width / 2).toBeCloseTo(700)
    expect(visible.y + visible.height / 2).toBeCloseTo(300)
    expect(transform[2]).toBe(0.5)
  })

  it('pans so that the frame follows the pointer on the minimap', () => {
    const view = { x: 0, y: 0, scale: 20 }
    const screen = { width: 1_000, height: 600 }
    const before = visibleRect([-400, -100, 0.5], screen)
    const after = visibleRect(pannedBy([-400, -100, 0.5], { x: 10, y: -5 }, view), screen)
    // 10 minimap pixels right and 5 up are 200 map units right and 100 up.
    expect(after.x - before.x).toBeCloseTo(200)
    expect(after.y - before.y).toBeCloseTo(-100)
  })
})
