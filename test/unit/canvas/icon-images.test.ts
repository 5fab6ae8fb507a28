// The card's icons as SVG images: every channel and badge has one, and each is lucide's icon
// drawn as a standalone SVG (the mask needs opaque strokes, attribute values need escaping).

import { describe, expect, it } from 'vitest'
import { Share2 } from 'lucide'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { CHANNEL_ICONS } from '../../../src/canvas/channel-icons'
import { BADGE_SVGS, CHANNEL_SVGS, EVIDENCE_SVGS, iconSvg } from '../../../src/canvas/icon-images'
import { CHANNELS, EVIDENCE_STATUSES } from '../../../src/domain/vocabulary'

describe('card icon images', () => {
  it("draws lucide's shapes with opaque round strokes in a 24-unit box", () => {
    const svg = iconSvg(Share2)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 24 24"/)
    expect(svg).toContain('stroke="black"')
    expect(svg.match(/<circle /g)).toHaveLength(3)
    expect(svg).toContain('<line x1="8.59" x2="15.42" y1="13.51" y2="17.49"/>')
  })

  it('escapes attribute values', () => {
    const svg = iconSvg([['path', { d: 'M0 0"/><script>' }]])
    expect(svg).toContain('d="M0 0&quot;/&gt;&lt;script&gt;"')
  })

  it('has an image for every channel, evidence status and badge, each its own', () => {
    for (const channel of CHANNELS) expect(CHANNEL_SVGS[channel]).toMatch(/^<svg .*<\/svg>$/)
    for (const status of EVIDENCE_STATUSES)
      expect(EVIDENCE_SVGS[status]).toMatch(/^<svg .*<\/svg>$/)
    const all = [
      ...Object.values(CHANNEL_SVGS),
      ...Object.values(EVIDENCE_SVGS),
      ...Object.values(BADGE_SVGS),
    ]
    expect(new Set(all).size).toBe(CHANNELS.length + EVIDENCE_STATUSES.length + 3)
  })
})

describe('card icons and the inspector', () => {
  it("draws each channel with the same shapes as the inspector's icon", () => {
    const shapes = (markup: string) =>
      [...markup.replace(/^<svg[^>]*>/, '').matchAll(/<(\w+)([^>]*?)\/?>/g)]
        .filter(([, tag]) => tag !== 'svg')
        .map(([, tag, attrs]) => `${tag}${attrs!.trim().replace(/\s+/g, ' ')}`)
    for (const channel of CHANNELS) {
      const inspector = renderToStaticMarkup(createElement(CHANNEL_ICONS[channel]))
      const card = CHANNEL_SVGS[channel]
      expect(shapes(card).length, channel).toBeGreaterThan(0)
      expect(shapes(card), channel).toEqual(shapes(inspector))
    }
  })
})
