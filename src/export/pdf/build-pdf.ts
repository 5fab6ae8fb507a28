// The map as a PDF deliverable, in the browser and in the CLI alike (jsPDF runs in both; see
// README "PDF"): an optional cover page, the map as one poster page (A3…A0 landscape, or a page
// the size of the map) or tiled over several sheets (breaks between phases, lane labels and phase
// headers repeated, page numbers), and an optional summary table. Everything is vector: shapes
// and Helvetica text a reader can select and search.

import { jsPDF } from 'jspdf'
import { PHASE_HEADER_HEIGHT, phaseColumns, type Rect } from '../../domain/geometry'
import type { Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { breathe, type ProgressHooks } from '../progress'
import { SHEET, coverScene } from '../vector/cover-scene'
import { mapScene } from '../vector/map-scene'
import type { Scene } from '../vector/scene'
import { deliverableText, type DeliverableText } from '../vector/strings'
import { summaryScenes } from '../vector/summary-scene'
import { drawScene } from './draw-scene'
import { PAPERS, type Paper, type PdfLayout } from './paper'
import { pdfText } from './pdf-text'

export { PAPERS, PAPER_IDS, type Paper, type PdfLayout } from './paper'

export interface PdfOptions {
  readonly paper: Paper
  readonly layout: PdfLayout
  readonly cover: boolean
  readonly summary: boolean
  readonly includeNotes: boolean
  /** The date printed on the cover (default: today). */
  readonly date?: Date
  /** The language of every word on the pages (the cover's date is written for it too). */
  readonly locale: Locale
}

export interface PdfResult {
  readonly bytes: Uint8Array
  readonly pages: number
}

/** A PDF page may be at most 200 inches a side. */
const MAX_PAGE = 14_400
/** Points per canvas pixel at "100 %" (96 px to the inch). */
const NATURAL = 0.75
/** Below this a tiled sheet would be hard to read: the map is split into bands instead. */
const SMALLEST_TILE_SCALE = 0.42

interface Page {
  readonly size: { width: number; height: number }
  draw(doc: jsPDF): void
  /** What the running head says (the phases on a tile), or null for none. */
  readonly head: string | null
}

export async function buildPdf(
  map: JourneyMap,
  options: PdfOptions,
  hooks: ProgressHooks = {},
): Promise<PdfResult> {
  const { locale } = options
  const text = deliverableText(locale)
  const date = options.date ?? new Date()
  const scene = mapScene(map, {
    padding: 32,
    includeNotes: options.includeNotes,
    background: '#ffffff',
    locale,
  })
  const sheet = options.paper === 'fit' ? PAPERS.a3 : PAPERS[options.paper]
  const pages: Page[] = []
  if (options.cover) pages.push(sheetPage(coverScene(map, date, locale), sheet))
  if (options.layout === 'tiled' && options.paper !== 'fit') pages.push(...tiles(map, scene, sheet))
  else pages.push(posterPage(map, scene, options.paper, text))
  if (options.summary)
    for (const table of summaryScenes(map, locale)) pages.push(sheetPage(table, sheet))

  const first = pages[0]!.size
  const doc = new jsPDF({
    unit: 'pt',
    format: [first.width, first.height],
    orientation: first.width >= first.height ? 'landscape' : 'portrait',
    compress: true,
  })
  const title = map.meta.title.trim() || text.untitledMap
  doc.setProperties({
    title: pdfText(title),
    subject: pdfText(map.meta.description),
    creator: 'Trailmap',
  })
  for (const [index, page] of pages.entries()) {
    hooks.onProgress?.({
      fraction: index / pages.length,
      step: text.pageOf(index + 1, pages.length),
    })
    await breathe(hooks.signal)
    if (index > 0)
      doc.addPage(
        [page.size.width, page.size.height],
        page.size.width >= page.size.height ? 'landscape' : 'portrait',
      )
    page.draw(doc)
    furniture(doc, page, text, title, index + 1, pages.length)
  }
  hooks.onProgress?.({ fraction: 1, step: text.pageOf(pages.length, pages.length) })
  await breathe(hooks.signal)
  return { bytes: new Uint8Array(doc.output('arraybuffer')), pages: pages.length }
}

/** Running head and foot: title, the tile's phases, "Page n of N". */
function furniture(
  doc: jsPDF,
  page: Page,
  text: DeliverableText,
  title: string,
  number: number,
  total: number,
) {
  const k = page.size.width / SHEET.width
  const margin = 24 * k
  doc.setFont('helvetica', 'normal')
  doc.setFontSize(8.5 * k)
  doc.setTextColor('#64748b')
  const y = page.size.height - 14 * k
  doc.text(pdfText(text.footer(title)), margin, y)
  doc.text(pdfText(text.pageOf(number, total)), page.size.width - margin, y, { align: 'right' })
  if (page.head) {
    doc.setFont('helvetica', 'bold')
    doc.setFontSize(11 * k)
    doc.setTextColor('#0f172a')
    doc.text(pdfText(page.head), margin, 24 * k)
  }
}

/** A page laid out on the A3 sheet (cover, summary), scaled to the paper. */
function sheetPage(scene: Scene, size: { width: number; height: number }): Page {
  const scale = Math.min(size.width / SHEET.width, size.height / SHEET.height)
  return {
    size,
    head: null,
    draw: (doc) =>
      drawScene(doc, scene, {
        scale,
        originX: 0,
        originY: 0,
        pageX: (size.width - SHEET.width * scale) / 2,
        pageY: 0,
      }),
  }
}

function posterPage(map: JourneyMap, scene: Scene, paper: Paper, text: DeliverableText): Page {
  const { frame } = scene
  let size: { width: number; height: number }
  if (paper === 'fit') {
    // The page grows with the map at its natural size, within the PDF's page limit.
    const natural = Math.min(
      NATURAL,
      (MAX_PAGE - 80) / frame.width,
      (MAX_PAGE - 120) / frame.height,
    )
    size = { width: frame.width * natural + 80, height: frame.height * natural + 120 }
  } else size = PAPERS[paper]
  const k = Math.max(1, size.width / SHEET.width)
  const margin = { side: 28 * k, top: 44 * k, bottom: 30 * k }
  const room = {
    width: size.width - 2 * margin.side,
    height: size.height - margin.top - margin.bottom,
  }
  const scale = Math.min(room.width / frame.width, room.height / frame.height)
  const pageX = margin.side + (room.width - frame.width * scale) / 2
  return {
    size,
    head: map.meta.title.trim() || text.untitledMap,
    draw: (doc) =>
      drawScene(doc, scene, {
        scale,
        originX: frame.x,
        originY: frame.y,
        pageX,
        pageY: margin.top,
      }),
  }
}

/**
 * The map over several sheets of one paper size: columns of whole phases side by side (the lane
 * labels repeated at the left of each), and, when the map is too tall to read on one sheet, bands
 * from top to bottom with the phase headers repeated above each.
 */
function tiles(map: JourneyMap, scene: Scene, size: { width: number; height: number }): Page[] {
  const { frame } = scene
  const k = size.width / SHEET.width
  const margin = { side: 24 * k, top: 40 * k, bottom: 30 * k }
  const room = {
    width: size.width - 2 * margin.side,
    height: size.height - margin.top - margin.bottom,
  }
  const columns = phaseColumns(map)
  const labels = Math.max(0, -frame.x)
  const right = frame.x + frame.width
  const widest = Math.max(1, ...columns.map((c) => c.width))
  const scale = Math.min(
    NATURAL * k,
    room.width / (labels + widest),
    Math.max(SMALLEST_TILE_SCALE * k, room.height / frame.height),
  )

  // Whole phases side by side while they fit; the last group reaches the map's right edge.
  const groups: { from: number; to: number; x: number; width: number }[] = []
  const across = room.width / scale - labels
  for (const [index, column] of columns.entries()) {
    const last = groups[groups.length - 1]
    if (last && column.x + column.width - last.x <= across) {
      last.to = index
      last.width = column.x + column.width - last.x
    } else groups.push({ from: index, to: index, x: column.x, width: column.width })
  }
  if (groups.length === 0) groups.push({ from: 0, to: -1, x: 0, width: Math.max(1, right) })
  const lastGroup = groups[groups.length - 1]!
  lastGroup.width = Math.max(lastGroup.width, right - lastGroup.x)

  // Bands from top to bottom; every band after the first repeats the phase headers.
  const bands: { y: number; height: number }[] = []
  const down = room.height / scale
  let y = frame.y
  const bottom = frame.y + frame.height
  while (y < bottom - 0.5) {
    const height = bands.length === 0 ? down : down - PHASE_HEADER_HEIGHT
    bands.push({ y, height: Math.min(height, bottom - y) })
    y += height
  }

  const pages: Page[] = []
  for (const group of groups) {
    const names = columns.slice(group.from, group.to + 1).map((c) => c.phase.name)
    const head = names.length > 1 ? `${names[0]} – ${names[names.length - 1]}` : (names[0] ?? '')
    for (const [b, band] of bands.entries()) {
      pages.push({
        size,
        head,
        draw: (doc) => {
          const at = (region: Rect, pageX: number, pageY: number) =>
            drawScene(
              doc,
              scene,
              { scale, originX: region.x, originY: region.y, pageX, pageY },
              region,
            )
          const headerHeight = b === 0 ? 0 : PHASE_HEADER_HEIGHT
          const top = margin.top
          const regions = [
            { x: frame.x, width: labels, pageX: margin.side },
            { x: group.x, width: group.width, pageX: margin.side + labels * scale },
          ].filter((r) => r.width > 0)
          for (const r of regions) {
            if (headerHeight > 0)
              at({ x: r.x, y: 0, width: r.width, height: headerHeight }, r.pageX, top)
            at(
              { x: r.x, y: band.y, width: r.width, height: band.height },
              r.pageX,
              top + headerHeight * scale,
            )
          }
        },
      })
    }
  }
  return pages
}
