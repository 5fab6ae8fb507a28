// When the canvas mounts only the cards in view (culling.ts).

import { describe, expect, it } from 'vitest'
import { CULL_ABOVE_FIT, fitZoom, shouldCull } from '../../../src/canvas/culling'

const margins = { top: 76, bottom: 40, x: 48 }

describe('the zoom that fits the map', () => {
  it('is the tighter of width and height inside the margins', () => {
    // Room: 1,000 × 500. A map 4,000 wide and 1,000 tall fits at 0.25 (width) and 0.5 (height).
    const bounds = { x: -50, y: 20, width: 4000, height: 1000 }
    expect(fitZoom(bounds, 1096, 616, margins)).toBe(0.25)
    expect(fitZoom({ ...bounds, height: 4000 }, 1096, 616, margins)).toBe(0.125)
  })

  it('is 0 for a pane not measured yet and unbounded for an empty map', () => {
    expect(fitZoom({ x: 0, y: 0, width: 100, height: 100 }, 0, 0, margins)).toBe(0)
    expect(fitZoom({ x: 0, y: 0, width: 0, height: 0 }, 1096, 616, margins)).toBe(Infinity)
  })
})

describe('culling', () => {
  it('is off at the fitted view and zoomed in a little, on well past it', () => {
    expect(shouldCull(0.25, 0.25)).toBe(false)
    expect(shouldCull(0.25 * CULL_ABOVE_FIT, 0.25)).toBe(false)
    expect(shouldCull(0.25 * CULL_ABOVE_FIT + 0.01, 0.25)).toBe(true)
    expect(shouldCull(1, 0.25)).toBe(true)
  })

  it('is on before the pane is measured (a big map first mounts what is in view) and never for an empty map', () => {
    expect(shouldCull(1, 0)).toBe(true)
    expect(shouldCull(4, Infinity)).toBe(false)
  })

  it('keeps a map that nearly fits at the smallest zoom and culls one much bigger than the view', () => {
    // The smallest zoom is 0.1: a map that fits at 0.09 is ~80 % in view there, one at 0.047 ~22 %.
    expect(shouldCull(0.1, 0.09)).toBe(false)
    expect(shouldCull(0.1, 0.047)).toBe(true)
  })
})
