// The SVG export draws with native SVG only, so librsvg (Inkscape's and many converters' renderer)
// shows it: rendered by rsvg-convert it is not blank, and every card's emotion band and body are
// where the map's geometry (and so the PNG export, which frames the map the same way) puts them.

import fs from 'node:fs'
import path from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { CARD_SIZE } from '../../../src/domain/card'
import { absolutePosition } from '../../../src/domain/geometry'
import { templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { EMOTION_COLORS } from '../../../src/domain/vocabulary'
import { exportFrame } from '../../../src/export/export-frame'
import { mapToSvg } from '../../../src/export/vector'
import { pixelStats } from '../../support/pixels'
import { renderSvg } from '../../support/poppler'
import { tempDir } from '../../support/temp-dirs'

const dir = tempDir('trailmap-svg-')

function rendered(map: JourneyMap, name: string) {
  const svg = mapToSvg(map, { padding: 48, includeNotes: true, background: 'white', locale: 'en' })
  const file = path.join(dir, `${name}.svg`)
  fs.writeFileSync(file, svg.text)
  return { svg, png: renderSvg(file) }
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

describe('SVG export', () => {
  const map = templateById('classic-5')!.build()

  it('is native SVG with a named group per phase, lane and card', () => {
    const { svg } = rendered(map, 'groups')
    expect(svg.text).not.toContain('foreignObject')
    expect(svg.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    )
    for (const phase of map.phases)
      expect(svg.text).toContain(
        `<g id="phase-${phase.id}" class="tm-phase" data-id="${phase.id}">`,
      )
    for (const lane of map.lanes)
      expect(svg.text).toContain(`<g id="lane-${lane.id}" class="tm-lane">`)
    for (const card of Object.values(map.touchpoints)) {
      const group = new RegExp(
        `<g id="card-${card.id}" class="tm-card" data-id="${card.id}">\\s*<title>${card.title}`,
      )
      expect(svg.text).toMatch(group)
    }
    expect(svg.text).toContain(
      `font-family="&#39;Liberation Sans&#39;, Arial, Helvetica, sans-serif"`.replace(
        /&#39;/g,
        "'",
      ),
    )
  })

  it('renders in rsvg, not blank, each card where the PNG export frames it', () => {
    const { svg, png } = rendered(map, 'classic')
    const image = PNG.sync.read(png)
    const frame = exportFrame(map, { padding: 48, scale: 1, includeNotes: true })
    expect([image.width, image.height]).toEqual([frame.width, frame.height])
    expect([svg.width, svg.height]).toEqual([frame.width, frame.height])
    const stats = pixelStats(png)
    expect(stats.inkRatio).toBeGreaterThan(0.3)
    expect(stats.distinctColors).toBeGreaterThan(50)
    const pixel = (x: number, y: number) => {
      const i = (Math.round(y) * image.width + Math.round(x)) * 4
      return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]
    }
    const near = (a: number[], b: number[], tolerance = 24) =>
      a.every((v, i) => Math.abs(v - b[i]!) <= tolerance)
    for (const card of Object.values(map.touchpoints)) {
      const at = absolutePosition(map, card)
      const x = at.x - frame.x
      const y = at.y - frame.y
      // The emotion band along the card's top edge, the white body at its lower right corner,
      // and not white just outside its right edge (the column's tint).
      expect(
        near(pixel(x + CARD_SIZE.width / 2, y + 2), rgb(EMOTION_COLORS[card.emotion])),
        card.title,
      ).toBe(true)
      expect(
        near(pixel(x + CARD_SIZE.width - 8, y + CARD_SIZE.height - 8), [255, 255, 255]),
        card.title,
      ).toBe(true)
      expect(near(pixel(x + 8, y + CARD_SIZE.height + 6), [255, 255, 255], 2), card.title).toBe(
        false,
      )
    }
  })

  it('keeps any text safe: markup characters, emoji, control characters, no notes when asked', () => {
    const card = Object.values(map.touchpoints)[0]!
    const tricky: JourneyMap = {
      ...map,
      meta: { title: 'Q3 <draft> & "final"', description: 'a\u0001b' },
      touchpoints: {
        ...map.touchpoints,
        [card.id]: { ...card, title: 'Pays 5 € <fast> 🚀\u0007' },
      },
      notes: {
        n1: {
          id: 'n1',
          text: 'A sticky note',
          color: '#fff3a3',
          position: { x: 0, y: 1400 },
          size: { width: 200, height: 140 },
        },
      },
    }
    const { svg, png } = rendered(tricky, 'tricky')
    expect(svg.text).toContain('<title>Q3 &lt;draft&gt; &amp; &quot;final&quot;</title>')
    expect(svg.text).toContain('Pays 5 € &lt;fast&gt; 🚀')
    expect(svg.text).not.toContain('\u0007')
    expect(svg.text).toContain('A sticky note')
    expect(pixelStats(png).inkRatio).toBeGreaterThan(0.2)
    const noNotes = mapToSvg(tricky, {
      padding: 0,
      includeNotes: false,
      background: 'transparent',
      locale: 'en',
    })
    expect(noNotes.text).not.toContain('A sticky note')
    expect(noNotes.text).not.toContain('id="background"')
  })
})
