// The card's images — channel, badge and evidence icons, emotion faces — as one stylesheet of
// classes. A card names its images by class instead of carrying them in inline styles: each
// inline data URL was parsed again for every card (a thousand cards, three or four each), and an
// element with an inline style of its own shares no computed style with its neighbours. Setting
// those styles was ~100 ms of opening a 2,000-card map (CPU profile, `setValueForStyles`).

import { useInsertionEffect } from 'react'
import { EMOTIONS, type Channel, type Emotion, type EvidenceStatus } from '../domain/vocabulary'
import { FACE_SVGS } from './emotion-faces'
import { BADGE_SVGS, CHANNEL_SVGS, EVIDENCE_SVGS } from './icon-images'
import { rasterizeSvg } from './rasterize-svg'
import { MAX_ZOOM } from './zoom-range'

export type Badge = keyof typeof BADGE_SVGS

/** The class painting a channel's icon; a channel this version does not know draws 'other'. */
export function channelIconClass(channel: Channel): string {
  return `icon-image--channel-${Object.hasOwn(CHANNEL_SVGS, channel) ? channel : 'other'}`
}

/** The class painting an evidence status's icon; an unknown status draws 'assumed'. */
export function evidenceIconClass(status: EvidenceStatus): string {
  return `icon-image--evidence-${Object.hasOwn(EVIDENCE_SVGS, status) ? status : 'assumed'}`
}

export function badgeIconClass(badge: Badge): string {
  return `icon-image--${badge}`
}

/** The class drawing an emotion's face ('n2' … 'p2'); an unknown emotion draws the neutral one. */
export function faceClass(emotion: Emotion): string {
  const known = Object.hasOwn(FACE_SVGS, emotion) ? emotion : 0
  return `card__emotion--${known < 0 ? 'n' : 'p'}${Math.abs(known)}`
}

/** One rule of the stylesheet: its selector, the property drawing the image, and the image. */
export interface CardImage {
  readonly selector: string
  readonly property: 'mask-image' | 'background-image'
  readonly svg: string
  /** The largest box a card draws it in at zoom 1, in CSS pixels (canvas.css). */
  readonly box: number
}

const ICON_BOX = 16
const FACE_BOX = 28

let images: readonly CardImage[] | null = null

/** Every image a card draws. Two classes per selector: they win over `.card__emotion`'s
 * `background` shorthand and `.icon-image`'s defaults wherever the sheets are in the page. */
export function cardImages(): readonly CardImage[] {
  if (images) return images
  const icon = (name: string, svg: string): CardImage => ({
    selector: `.icon-image.${name}`,
    property: 'mask-image',
    svg,
    box: ICON_BOX,
  })
  images = [
    ...Object.entries(CHANNEL_SVGS).map(([channel, svg]) =>
      icon(channelIconClass(channel as Channel), svg),
    ),
    ...Object.entries(EVIDENCE_SVGS).map(([status, svg]) =>
      icon(evidenceIconClass(status as EvidenceStatus), svg),
    ),
    ...Object.entries(BADGE_SVGS).map(([badge, svg]) => icon(badgeIconClass(badge as Badge), svg)),
    ...EMOTIONS.map((emotion): CardImage => ({
      selector: `.card__emotion.${faceClass(emotion)}`,
      property: 'background-image',
      svg: FACE_SVGS[emotion],
      box: FACE_BOX,
    })),
  ]
  return images
}

export const svgUrl = (svg: string) => `url("data:image/svg+xml,${encodeURIComponent(svg)}")`

/** The stylesheet: a rule per image, drawn from `urlOf(image)` (its SVG unless said otherwise). */
export function cardImageCss(urlOf: (image: CardImage) => string = (image) => svgUrl(image.svg)) {
  return cardImages()
    .map((image) => `${image.selector}{${image.property}:${urlOf(image)}}`)
    .join('\n')
}

/**
 * How many device pixels a bitmap has per CSS pixel of its box: enough for the closest zoom on
 * this screen, and at least 4 so a window moved to a sharper screen still looks right.
 */
export function bitmapScale(devicePixelRatio: number): number {
  return Math.max(4, Math.ceil(MAX_ZOOM * devicePixelRatio))
}

const STYLE_ID = 'trailmap-card-images'
const installs = new WeakMap<Document, Promise<void>>()

/**
 * Puts the card images' stylesheet into the document, once: with the SVGs at once, then with
 * bitmaps of them as soon as the browser has drawn each. Painting an SVG image records the SVG's
 * own drawing again for every card that shows it: painting a 2,000-card map as it opened took
 * 0.41 s with the SVGs and 0.27 s with bitmaps (traced, 3 opens each), most of the difference the
 * faces; a bitmap is one image draw. The bitmaps usually arrive before the map does. Settles once the bitmaps are in (or, when the
 * browser could not draw them, with the SVGs kept: they look the same).
 */
export function installCardImages(doc: Document): Promise<void> {
  const installed = installs.get(doc)
  if (installed) return installed
  const style = doc.createElement('style')
  style.id = STYLE_ID
  style.textContent = cardImageCss()
  doc.head.append(style)
  const scale = bitmapScale(doc.defaultView?.devicePixelRatio ?? 1)
  const done = Promise.all(
    cardImages().map(async (image) => {
      const url = await rasterizeSvg(doc, image.svg, image.box * scale)
      return [image, url] as const
    }),
  ).then(
    (drawn) => {
      const bitmaps = new Map(drawn)
      style.textContent = cardImageCss((image) => `url("${bitmaps.get(image) ?? ''}")`)
    },
    () => undefined,
  )
  installs.set(doc, done)
  return done
}

/** For the canvas: the stylesheet is in the document before its cards are. */
export function useCardImages(): void {
  useInsertionEffect(() => void installCardImages(document), [])
}
