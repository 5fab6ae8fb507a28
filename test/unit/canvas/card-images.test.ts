// The card's images as one stylesheet of classes: a rule per channel, evidence status, badge and
// emotion, each painting that image, and a class for whatever a peer wrote into the field.

import { describe, expect, it } from 'vitest'
import {
  badgeIconClass,
  cardImageCss,
  channelIconClass,
  evidenceIconClass,
  faceClass,
} from '../../../src/canvas/card-images'
import { FACE_IMAGES } from '../../../src/canvas/emotion-faces'
import { BADGE_IMAGES, CHANNEL_IMAGES, EVIDENCE_IMAGES } from '../../../src/canvas/icon-images'
import {
  CHANNELS,
  EMOTIONS,
  EVIDENCE_STATUSES,
  type Channel,
  type Emotion,
  type EvidenceStatus,
} from '../../../src/domain/vocabulary'

/** The stylesheet's rules as selector → declaration. */
function rules(): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of cardImageCss().split('\n')) {
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
        `mask-image:${CHANNEL_IMAGES[channel]}`,
      )
    for (const status of EVIDENCE_STATUSES)
      expect(sheet.get(`.icon-image.${evidenceIconClass(status)}`)).toBe(
        `mask-image:${EVIDENCE_IMAGES[status]}`,
      )
    for (const badge of ['pain', 'opportunity', 'metric'] as const)
      expect(sheet.get(`.icon-image.${badgeIconClass(badge)}`)).toBe(
        `mask-image:${BADGE_IMAGES[badge]}`,
      )
  })

  it("draws each emotion's face as the face's background image", () => {
    const sheet = rules()
    for (const emotion of EMOTIONS)
      expect(sheet.get(`.card__emotion.${faceClass(emotion)}`)).toBe(
        `background-image:${FACE_IMAGES[emotion]}`,
      )
    expect(new Set(EMOTIONS.map(faceClass)).size).toBe(EMOTIONS.length)
    expect(sheet.size).toBe(CHANNELS.length + EVIDENCE_STATUSES.length + 3 + EMOTIONS.length)
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
