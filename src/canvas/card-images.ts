// The card's images — channel, badge and evidence icons, emotion faces — as one stylesheet of
// classes. A card names its images by class instead of carrying them in inline styles: each
// inline data URL was parsed again for every card (a thousand cards, three or four each), and an
// element with an inline style of its own shares no computed style with its neighbours. Setting
// those styles was ~100 ms of opening a 2,000-card map (CPU profile, `setValueForStyles`).
//
// The sheet paints bitmaps, not the SVGs: painting an SVG image records the SVG's own drawing
// again for every card that shows it (painting a 2,000-card map as it opened took 0.41 s with the
// SVGs and 0.27 s with bitmaps, traced, 3 opens each; most of the difference the faces), where a
// bitmap is one image draw. The bitmaps are drawn ahead of time (`npm run card-bitmaps`) and
// shipped in card-bitmaps.generated.css, sharp up to the closest zoom on screens of up to 1.6
// device pixels per CSS pixel; on a sharper screen the page draws sharper ones as it opens.

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

/**
 * The device pixels per CSS pixel of the shipped bitmaps (card-bitmaps.generated.css): sharp at
 * the closest zoom on screens of up to 1.6 device pixels per CSS pixel. One bitmap per image, not
 * an `image-set()` of several: a PNG export copies each element's computed style, image included,
 * into its clone (src/export/compact-styles.ts), and would carry every candidate for every card.
 */
export const SHIPPED_BITMAP_SCALE = bitmapScale(1)

/** The id of the sheet with sharper bitmaps, drawn on a screen the shipped ones are too soft for. */
export const SHARPER_IMAGES_ID = 'trailmap-card-images'
const installs = new WeakMap<Document, Promise<void>>()

/**
 * On a screen the shipped bitmaps are too soft for, draws sharper ones (once per document) into a
 * stylesheet of their own, which comes after the shipped one and so wins. Until they are in, and
 * if the browser cannot draw them, the shipped bitmaps show. Settles when there is nothing more to
 * draw.
 */
export function installCardImages(doc: Document): Promise<void> {
  const installed = installs.get(doc)
  if (installed) return installed
  const scale = bitmapScale(doc.defaultView?.devicePixelRatio ?? 1)
  if (scale <= SHIPPED_BITMAP_SCALE) {
    const shipped = Promise.resolve()
    installs.set(doc, shipped)
    return shipped
  }
  const done = Promise.all(
    cardImages().map(async (image) => {
      const url = await rasterizeSvg(doc, image.svg, image.box * scale)
      return [image, url] as const
    }),
  ).then(
    (drawn) => {
      const bitmaps = new Map(drawn)
      const style = doc.createElement('style')
      style.id = SHARPER_IMAGES_ID
      style.textContent = cardImageCss((image) => `url("${bitmaps.get(image) ?? ''}")`)
      doc.head.append(style)
    },
    () => undefined,
  )
  installs.set(doc, done)
  return done
}

/** For the canvas: sharper bitmaps, where the screen needs them, are drawn once it is mounted. */
export function useCardImages(): void {
  useInsertionEffect(() => void installCardImages(document), [])
}
