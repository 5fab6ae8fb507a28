// Whole-map pictures from the live canvas, with html-to-image (pinned at 1.11.11: React Flow's own
// download example pins it, later versions draw React Flow badly). While a picture is taken the
// React Flow viewport holds every node and edge at full detail (the caller runs the export inside
// whole-canvas.ts's `withWholeCanvas`), so we clone it with a transform that frames the map's
// bounds instead of what is on screen. PNGs go through a canvas and `toBlob`: `toPng` builds
// a base64 string that fails with "Invalid string length" on big maps.
//
// While capturing, the canvas root carries `trailmap-exporting` (exporting.css hides colleagues'
// selection outlines), the filter drops peer cursors, handles and, if asked, notes, arrowhead
// markers defined outside the viewport are copied in so the clone can resolve `url(#…)`, and
// html-to-image gets compact computed styles (compact-styles.ts): 25 s → 2.3 s for 300 cards at 2×.
// The caller hides its own selection first (ExportDialog does).

import { getFontEmbedCSS, toCanvas } from 'html-to-image'
import type { JourneyMap } from '../domain/types'
import { captureCompactStyles } from './compact-styles'
import { exportFrame, type ExportFrame } from './export-frame'
import { embedJsonInPng } from './png-text'
import { breathe, cancellable, throwIfCancelled, type ProgressHooks } from './progress'
import './exporting.css'
import { currentMessages } from '../state/locale'

export type ExportBackground = 'white' | 'transparent' | 'theme'

const BACKGROUND_COLORS: Readonly<Record<ExportBackground, string | undefined>> = {
  white: '#ffffff',
  transparent: undefined,
  theme: '#f8fafc',
}

export interface ImageOptions {
  readonly scale: number
  readonly background: ExportBackground
  readonly includeNotes: boolean
  readonly padding: number
  /**
   * Hand html-to-image compact styles (compact-styles.ts; default). Off: its own slow path, for
   * the benchmark's comparison.
   */
  readonly compactStyles?: boolean
}

export interface PngOptions extends ImageOptions {
  /** The map's JSON, stored in an iTXt chunk so the picture can be imported again. */
  readonly embedJson?: string | undefined
}

export interface ImageResult {
  readonly blob: Blob
  readonly frame: ExportFrame
  readonly ms: number
}

export const EXPORTING_CLASS = 'trailmap-exporting'

/** Never in a picture: other people's cursors and name tags, editing handles, selection boxes. */
const ALWAYS_HIDDEN = [
  '.peer-cursor',
  '.peer-tag',
  '.react-flow__handle',
  '.react-flow__resize-control',
  '.react-flow__nodesselection',
  '.react-flow__selection',
  '.react-flow__edge-interaction',
  '.edge-label--empty',
].join(',')
const NOTES = '.react-flow__node-note'

/** What the picture leaves out (html-to-image's `filter`). */
export function filterFor(includeNotes: boolean) {
  const hidden = includeNotes ? ALWAYS_HIDDEN : `${ALWAYS_HIDDEN},${NOTES}`
  return (node: Node) => !(node instanceof Element && node.matches(hidden))
}

/** The React Flow viewport of the editor on this page. */
export function findViewport(root: ParentNode = document): HTMLElement {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport')
  if (!viewport) throw new Error(currentMessages().exports.result.noCanvas)
  return viewport
}

let fontCss: Promise<string> | null = null

/**
 * The @font-face rules the page uses, embedded once per page load: html-to-image's (web fonts,
 * fetched once, not per export) and the rules whose sources are only `local()` fonts, which
 * html-to-image leaves out. The picture is drawn as an SVG image, which sees no rule of the page:
 * without them the emoji alias ('Trailmap Emoji', global.css) is unknown there and emoji draw in
 * the first text font that has an outline for them.
 */
function fontEmbedCss(viewport: HTMLElement): Promise<string> {
  fontCss ??= getFontEmbedCSS(viewport, { cacheBust: false })
    .catch(() => '')
    .then((web) => [web, ...localFontFaces()].filter(Boolean).join('\n'))
  return fontCss
}

function localFontFaces(): string[] {
  const found: string[] = []
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList
    try {
      rules = sheet.cssRules
    } catch {
      continue // a cross-origin sheet
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue
      const src = rule.style.getPropertyValue('src')
      if (src.includes('local(') && !src.includes('url(')) found.push(rule.cssText)
    }
  }
  return found
}

/** Puts the page into the state the picture should show; returns the function that undoes it. */
function prepare(
  viewport: HTMLElement,
  keep: (node: Node) => boolean,
  compact: boolean,
): () => void {
  const root = viewport.closest('.react-flow') ?? viewport
  root.classList.add(EXPORTING_CLASS)
  const copies: Element[] = []
  const referenced = new Set(
    [...viewport.querySelectorAll('[marker-end],[marker-start]')].flatMap((el) =>
      [el.getAttribute('marker-end'), el.getAttribute('marker-start')].flatMap((value) => {
        const id = /url\(['"]?#([^'")]+)['"]?\)/.exec(value ?? '')?.[1]
        return id ? [id] : []
      }),
    ),
  )
  for (const id of referenced) {
    const marker = document.getElementById(id)
    if (!marker || viewport.contains(marker)) continue
    const holder = marker.closest('svg')
    if (!holder || copies.some((copy) => copy.isEqualNode(holder))) continue
    const copy = holder.cloneNode(true) as Element
    viewport.prepend(copy)
    copies.push(copy)
  }
  let styles: { restore(): void } | null = null
  try {
    styles = compact ? captureCompactStyles(viewport, keep) : { restore() {} }
  } finally {
    // Undo everything if computing the styles failed.
    if (!styles) undo()
  }
  function undo() {
    styles?.restore()
    root.classList.remove(EXPORTING_CLASS)
    for (const copy of copies) copy.remove()
  }
  return undo
}

function captureOptions(
  frame: ExportFrame,
  options: ImageOptions,
  fontEmbedCSS: string,
  signal?: AbortSignal,
) {
  const backgroundColor = BACKGROUND_COLORS[options.background]
  const keep = filterFor(options.includeNotes)
  return {
    // Once cancelled, the library's unfinished clone takes no further node: the page is restored
    // at once, and without the compact styles each further node would cost a full style read.
    filter: (node: Node) => !signal?.aborted && keep(node),
    // The clone is laid out at the frame's size and drawn onto a canvas of exactly the pixel size
    // we computed (pixelRatio 1): Chromium rasterises the SVG at the size it is drawn, so text stays
    // sharp, and no float like 2.01 × 100 can make the canvas one pixel smaller than announced.
    width: frame.width,
    height: frame.height,
    canvasWidth: frame.pixelWidth,
    canvasHeight: frame.pixelHeight,
    pixelRatio: 1,
    // We clamp ourselves (and report it); the library would silently squash the picture.
    skipAutoScale: true,
    cacheBust: false,
    fontEmbedCSS,
    ...(backgroundColor ? { backgroundColor } : {}),
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: `translate(${-frame.x}px, ${-frame.y}px) scale(1)`,
    },
  }
}

/** Two frames, so that React has committed what changed before the picture is taken. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  )
}

/**
 * The whole map as PNG. With `hooks`, each step is announced and a cancel is honoured between
 * steps and at once during the long drawing step (the page is restored immediately; the
 * library's unfinished drawing is dropped).
 */
export async function exportPng(
  viewport: HTMLElement,
  map: JourneyMap,
  options: PngOptions,
  hooks: ProgressHooks = {},
): Promise<ImageResult> {
  const { signal, onProgress } = hooks
  // The steps and failures are shown in the Export dialog, in the interface's language.
  const words = currentMessages().exports.result
  const steps = currentMessages().exports.progress.png
  const started = performance.now()
  const frame = exportFrame(map, options)
  onProgress?.({ fraction: 0.02, step: steps.fonts })
  const fonts = await cancellable(fontEmbedCss(viewport), signal)
  onProgress?.({ fraction: 0.1, step: steps.styles })
  await breathe(signal)
  const capture = captureOptions(frame, options, fonts, signal)
  const restore = prepare(viewport, capture.filter, options.compactStyles ?? true)
  let canvas: HTMLCanvasElement
  try {
    onProgress?.({ fraction: null, step: steps.draw })
    await breathe(signal)
    canvas = await cancellable(toCanvas(viewport, capture), signal)
  } finally {
    restore()
  }
  try {
    if (canvas.width === 0 || canvas.height === 0) {
      throw new Error(words.canvasTooLarge)
    }
    onProgress?.({ fraction: 0.85, step: steps.encode })
    await breathe(signal)
    let blob = await cancellable(
      new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')),
      signal,
    )
    if (!blob) throw new Error(words.cannotEncode)
    if (options.embedJson !== undefined) {
      onProgress?.({ fraction: 0.95, step: steps.embed })
      await breathe(signal)
      const bytes = embedJsonInPng(new Uint8Array(await blob.arrayBuffer()), options.embedJson)
      blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' })
    }
    throwIfCancelled(signal)
    onProgress?.({ fraction: 1, step: steps.encode })
    return {
      blob,
      frame: { ...frame, pixelWidth: canvas.width, pixelHeight: canvas.height },
      ms: performance.now() - started,
    }
  } finally {
    // Give the (possibly hundreds of MB) backing store back now rather than at the next GC.
    canvas.width = 0
    canvas.height = 0
  }
}
