// The card's images as one stylesheet of classes: a rule per channel, evidence status, badge and
// emotion, each painting that image, and a class for whatever a peer wrote into the field. The
// sheet is written with the SVGs first and with bitmaps of them later (the bitmaps themselves are
// drawn by a browser: test/e2e/canvas-renders.test.ts).

import { describe, expect, it } from 'vitest'
import {
  badgeIconClass,
  bitmapScale,
  cardImageCss,
  channelIconClass,
  evidenceIconClass,
  faceClass,
  svgUrl,
} from '../../../src/canvas/card-images'
import { FACE_SVGS } from '../../../src/canvas/emotion-faces'
import { BADGE_SVGS, CHANNEL_SVGS, EVIDENCE_SVGS } from '../../../src/canvas/icon-images'
import { MAX_ZOOM } from '../../../src/canvas/zoom-range'
import {
  CHANNELS,
  EMOTIONS,
  EVIDENCE_STATUSES,
  type Channel,
  type Emotion,
  type EvidenceStatus,
} from '../../../src/domain/vocabulary'

/** The stylesheet's rules as selector → declaration. */
function rules(css = cardImageCss()): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of css.split('\n')) {
    const match = /^([^{]+)\{(.*)\}$/.exec(line)
    if (!match) throw new Error(`not a rule: ${line.slice(0, 60)}`)
    expect(out.has(match[1]!), match[1]).toBe(false)
    out.set(match[1]!, match[2]!)
  }
  return out
}

describe('card images stylesheet', () => {
  it('paints every channel, evidence status and badge icon through a mask of its own image', () => {
    const sheet = rules()
    for (const channel of CHANNELS)
      expect(sheet.get(`.icon-image.${channelIconClass(channel)}`)).toBe(
        `mask-image:${svgUrl(CHANNEL_SVGS[channel])}`,
      )
    for (const status of EVIDENCE_STATUSES)
      expect(sheet.get(`.icon-image.${evidenceIconClass(status)}`)).toBe(
        `mask-image:${svgUrl(EVIDENCE_SVGS[status])}`,
      )
    for (const badge of ['pain', 'opportunity', 'metric'] as const)
      expect(sheet.get(`.icon-image.${badgeIconClass(badge)}`)).toBe(
        `mask-image:${svgUrl(BADGE_SVGS[badge])}`,
      )
  })

  it("draws each emotion's face as the face's background image", () => {
    const sheet = rules()
    for (const emotion of EMOTIONS)
      expect(sheet.get(`.card__emotion.${faceClass(emotion)}`)).toBe(
        `background-image:${svgUrl(FACE_SVGS[emotion])}`,
      )
    expect(new Set(EMOTIONS.map(faceClass)).size).toBe(EMOTIONS.length)
    expect(sheet.size).toBe(CHANNELS.length + EVIDENCE_STATUSES.length + 3 + EMOTIONS.length)
  })

  it('writes the same rules with other images: the bitmaps, each drawn for its own box', () => {
    const svgSheet = rules()
    const boxes = new Map<string, number>()
    const bitmapSheet = rules(
      cardImageCss((image) => {
        boxes.set(image.selector, image.box)
        return `url("bitmap-of-${image.selector}")`
      }),
    )
    expect([...bitmapSheet.keys()]).toEqual([...svgSheet.keys()])
    for (const [selector, declaration] of bitmapSheet)
      expect(declaration).toBe(
        `${svgSheet.get(selector)!.split(':')[0]!}:url("bitmap-of-${selector}")`,
      )
    // Faces are drawn 28 px wide at zoom 1, icons at most 16 px (canvas.css).
    expect(boxes.get(`.card__emotion.${faceClass(0)}`)).toBe(28)
    expect(boxes.get(`.icon-image.${channelIconClass('website')}`)).toBe(16)
  })

  it('draws bitmaps sharp enough for the closest zoom on the screen it is on', () => {
    expect(bitmapScale(1)).toBe(4)
    expect(bitmapScale(2)).toBeGreaterThanOrEqual(2 * MAX_ZOOM)
    expect(bitmapScale(3)).toBeGreaterThanOrEqual(3 * MAX_ZOOM)
    expect(Number.isInteger(bitmapScale(1.25))).toBe(true)
  })

  it('gives a value this version does not know the fallback image, never a class without a rule', () => {
    expect(channelIconClass('hologram' as Channel)).toBe(channelIconClass('other'))
    expect(channelIconClass('toString' as Channel)).toBe(channelIconClass('other'))
    expect(evidenceIconClass('rumoured' as EvidenceStatus)).toBe(evidenceIconClass('assumed'))
    expect(faceClass(7 as Emotion)).toBe(faceClass(0))
    expect(faceClass(-2)).toBe('card__emotion--n2')
    expect(faceClass(2)).toBe('card__emotion--p2')
  })
})
