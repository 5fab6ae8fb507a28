import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import {
  freeSpotForNote,
  phaseRect,
  revealCenter,
  touchpointRect,
  unionRect,
} from '../../../src/domain/placement'
import { sampleMap } from '../../support/sample-map'

const NOTE = { width: 200, height: 140 }

function intersects(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('freeSpotForNote', () => {
  it('centres the note on the point when that space is free', () => {
    expect(freeSpotForNote(sampleMap(), { x: 2000, y: 2000 }, NOTE)).toEqual({ x: 1900, y: 1930 })
  })

  it('never covers a card or another note, and stays near the point', () => {
    const map = sampleMap()
    const rects = [
      ...['t1', 't2', 't3', 't4'].map((id) => touchpointRect(map, id)!),
      ...Object.values(map.notes).map((n) => ({ ...n.position, ...n.size })),
    ]
    for (const center of [
      { x: 140, y: 146 },
      { x: 440, y: 150 },
      { x: 1300, y: 560 },
      { x: 100, y: 870 },
    ]) {
      const spot = freeSpotForNote(map, center, NOTE)
      const note = { ...spot, ...NOTE }
      for (const rect of rects) expect(intersects(note, rect)).toBe(false)
      expect(Math.hypot(spot.x + 100 - center.x, spot.y + 70 - center.y)).toBeLessThan(400)
    }
  })
})

describe('rectangles to reveal', () => {
  it('gives a phase header band and an absolute card rectangle', () => {
    const map = sampleMap()
    expect(phaseRect(map, 'p2')).toEqual({ x: 320, y: 0, width: 400, height: 56 + 132 })
    expect(touchpointRect(map, 't3')).toEqual({ x: 360, y: 80, ...CARD_SIZE })
    expect(touchpointRect(map, 'nope')).toBeNull()
    expect(phaseRect(map, 'nope')).toBeNull()
  })

  it('unites rectangles, skipping missing ones', () => {
    expect(
      unionRect([
        { x: 0, y: 0, width: 10, height: 10 },
        null,
        { x: 20, y: -5, width: 5, height: 5 },
      ]),
    ).toEqual({ x: 0, y: -5, width: 25, height: 15 })
    expect(unionRect([])).toBeNull()
  })
})

describe('revealCenter', () => {
  const view = { x: 0, y: 0, width: 1000, height: 600 }
  it('does nothing when the target is in view', () => {
    expect(revealCenter(view, { x: 100, y: 100, width: 200, height: 100 })).toBeNull()
  })
  it('centres on a target outside the view', () => {
    expect(revealCenter(view, { x: 1200, y: 100, width: 200, height: 100 })).toEqual({
      x: 1300,
      y: 150,
    })
  })
  it('aligns a target larger than the view on its top-left corner', () => {
    expect(revealCenter(view, { x: 1200, y: 0, width: 2000, height: 100 })).toEqual({
      x: 1200 - 24 + 500,
      y: 50,
    })
  })
})
