// The card's images — channel, badge and evidence icons, emotion faces — as one stylesheet of
// classes. A card names its images by class instead of carrying them in inline styles: each
// inline data URL was parsed again for every card (a thousand cards, three or four each), and an
// element with an inline style of its own shares no computed style with its neighbours. Setting
// those styles was ~100 ms of opening a 2,000-card map (CPU profile, `setValueForStyles`).

import { useInsertionEffect } from 'react'
import { EMOTIONS, type Channel, type Emotion, type EvidenceStatus } from '../domain/vocabulary'
import { FACE_IMAGES } from './emotion-faces'
import { BADGE_IMAGES, CHANNEL_IMAGES, EVIDENCE_IMAGES } from './icon-images'

export type Badge = keyof typeof BADGE_IMAGES

/** The class painting a channel's icon; a channel this version does not know draws 'other'. */
export function channelIconClass(channel: Channel): string {
  return `icon-image--channel-${Object.hasOwn(CHANNEL_IMAGES, channel) ? channel : 'other'}`
}

/** The class painting an evidence status's icon; an unknown status draws 'assumed'. */
export function evidenceIconClass(status: EvidenceStatus): string {
  return `icon-image--evidence-${Object.hasOwn(EVIDENCE_IMAGES, status) ? status : 'assumed'}`
}

export function badgeIconClass(badge: Badge): string {
  return `icon-image--${badge}`
}

/** The class drawing an emotion's face ('n2' … 'p2'); an unknown emotion draws the neutral one. */
export function faceClass(emotion: Emotion): string {
  const known = Object.hasOwn(FACE_IMAGES, emotion) ? emotion : 0
  return `card__emotion--${known < 0 ? 'n' : 'p'}${Math.abs(known)}`
}

/** Every class above with its image. Two classes per selector: they win over `.card__emotion`'s
 * `background` shorthand and `.icon-image`'s defaults wherever the sheets are in the page. */
export function cardImageCss(): string {
  const rules: string[] = []
  const icon = (name: string, image: string) =>
    rules.push(`.icon-image.${name}{mask-image:${image}}`)
  for (const [channel, image] of Object.entries(CHANNEL_IMAGES))
    icon(channelIconClass(channel as Channel), image)
  for (const [status, image] of Object.entries(EVIDENCE_IMAGES))
    icon(evidenceIconClass(status as EvidenceStatus), image)
  for (const [badge, image] of Object.entries(BADGE_IMAGES))
    icon(badgeIconClass(badge as Badge), image)
  for (const emotion of EMOTIONS)
    rules.push(`.card__emotion.${faceClass(emotion)}{background-image:${FACE_IMAGES[emotion]}}`)
  return rules.join('\n')
}

const STYLE_ID = 'trailmap-card-images'

/** Puts the card images' stylesheet into the document, once. */
export function installCardImages(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return
  const style = doc.createElement('style')
  style.id = STYLE_ID
  style.textContent = cardImageCss()
  doc.head.append(style)
}

/** For the canvas: the stylesheet is in the document before its cards are. */
export function useCardImages(): void {
  useInsertionEffect(() => installCardImages(document), [])
}
