// "Export → Interactive HTML": one self-contained file a client opens from an e-mail. It holds
// the map drawn as inline SVG (the same drawing as the SVG export), the emotion curve, the data
// the details panel shows, the map's own JSON (to download and import again) and a small
// read-only viewer script (viewer-runtime.js) — no request ever leaves the file, and its
// Content-Security-Policy forbids any.

import { serializeMap } from '../../domain/format'
import type { Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { curveChart } from '../vector/curve-chart'
import { mapScene } from '../vector/map-scene'
import { deliverableText } from '../vector/strings'
import { escapeXml, fragmentSvg, sceneToSvg } from '../vector/svg-writer'
import { VIEWER_STYLES } from './viewer-styles'
import { viewerData } from './viewer-data'

export interface ViewerOptions {
  /** The viewer's script (viewer-runtime.js as text: the browser bundles it, the CLI reads it). */
  readonly script: string
  readonly includeNotes: boolean
  readonly date?: Date
  /** The language of the viewer: its buttons, panels and the words in the picture. */
  readonly locale: Locale
}

/** JSON that can sit inside a <script> element: no "</script>", no "<!--". */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export function buildViewerHtml(map: JourneyMap, options: ViewerOptions): string {
  const { locale } = options
  const data = viewerData(map, options.date ?? new Date(), locale)
  const scene = mapScene(map, {
    padding: 48,
    includeNotes: options.includeNotes,
    background: '#ffffff',
    locale,
  })
  const svg = sceneToSvg(scene, { title: data.title, description: map.meta.description }).replace(
    /^<\?xml[^>]*>\n/,
    '',
  )
  const curve = fragmentSvg(
    curveChart(map, { x: 0, y: 0, width: 520, height: 200 }, locale),
    520,
    200,
    deliverableText(locale).emotionCurve,
  )
  const title = escapeXml(data.title)
  const csp =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:"
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Trailmap">
<title>${title}</title>
<style>${VIEWER_STYLES}</style>
</head>
<body>
<header class="bar">
  <div class="bar__titles">
    <h1>${title}</h1>
    <p>${[map.meta.description.trim(), ...data.counts, data.exported].filter(Boolean).map(escapeXml).join(' · ')}</p>
  </div>
  <div class="bar__tools" role="toolbar">
    <button type="button" data-action="zoom-out" aria-label="${data.labels.zoomOut}" title="${data.labels.zoomOut}">−</button>
    <output id="tm-zoom" aria-live="polite">100%</output>
    <button type="button" data-action="zoom-in" aria-label="${data.labels.zoomIn}" title="${data.labels.zoomIn}">+</button>
    <button type="button" data-action="fit">${data.labels.fit}</button>
    <button type="button" data-action="personas" aria-expanded="false">${data.labels.personas}</button>
    <button type="button" data-action="download">${data.labels.downloadMap}</button>
    <button type="button" data-action="print">${data.labels.print}</button>
  </div>
</header>
<main class="stage" id="tm-stage" tabindex="0" aria-label="${title}">
  <div class="canvas" id="tm-canvas">${svg}</div>
</main>
<aside class="panel" id="tm-panel" hidden aria-live="polite"></aside>
<p class="hint">${data.labels.hint}</p>
<template id="tm-curve">${curve}</template>
<script type="application/json" id="tm-data">${inlineJson(data)}</script>
<script type="application/json" id="tm-map">${inlineJson(JSON.parse(serializeMap(map)))}</script>
<script>${options.script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`
}
