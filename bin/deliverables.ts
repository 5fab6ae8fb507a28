// The exports `trailmap export` writes without a browser: SVG, PDF, the one-file HTML viewer and
// Mermaid are drawn from the map itself (src/export/vector, src/export/pdf, src/export/viewer,
// src/domain/format/mermaid.ts), exactly as the editor's Export dialog draws them.

import fs from 'node:fs'
import path from 'node:path'
import { mapToMermaid } from '../src/domain/format/mermaid'
import { mermaidToMap } from '../src/domain/format/mermaid-import'
import { LOCALES, isLocale, type Locale } from '../src/domain/i18n'
import type { JourneyMap } from '../src/domain/types'
import { PAPER_IDS, buildPdf, type Paper, type PdfLayout } from '../src/export/pdf/build-pdf'
import { mapToSvg, type VectorBackground } from '../src/export/vector'
import { buildViewerHtml } from '../src/export/viewer/viewer-html'
import { HeadlessError, PACKAGE_ROOT } from './headless'

export interface DeliverableOptions {
  readonly svg?: string | undefined
  readonly pdf?: string | undefined
  readonly html?: string | undefined
  readonly mermaid?: string | undefined
  readonly paper: Paper
  readonly layout: PdfLayout
  readonly cover: boolean
  readonly summary: boolean
  readonly background: VectorBackground
  readonly padding: number
  readonly includeNotes: boolean
  /** The language of the deliverables' words (`--lang`). */
  readonly locale: Locale
}

export function parsePaper(value: string | undefined): Paper {
  const paper = (value ?? 'a3').toLowerCase()
  if (!(PAPER_IDS as readonly string[]).includes(paper))
    throw new Error(`--paper must be one of ${PAPER_IDS.join(', ')}`)
  return paper as Paper
}

export function parseLang(value: string | undefined): Locale {
  const lang = (value ?? 'en').toLowerCase()
  if (!isLocale(lang)) throw new Error(`--lang must be one of ${LOCALES.join(', ')}`)
  return lang
}

export function parseLayout(value: string | undefined, paper: Paper): PdfLayout {
  const layout = value ?? 'poster'
  if (layout !== 'poster' && layout !== 'tiled') throw new Error('--layout must be poster or tiled')
  if (layout === 'tiled' && paper === 'fit')
    throw new Error('--layout tiled needs a paper size (a3, a2, a1 or a0), not fit')
  return layout
}

/** A Mermaid journey file read like an import in the editor: every problem with its line. */
export function readMermaidFile(file: string): JourneyMap {
  const result = mermaidToMap(fs.readFileSync(file, 'utf8'))
  if (!result.ok) {
    const lines = result.problems.map((p) => `  line ${p.line}: ${p.message}`)
    throw new HeadlessError(`${file} cannot be imported:\n${lines.join('\n')}`)
  }
  return result.map
}

function write(file: string, data: string | Uint8Array) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  fs.writeFileSync(file, data)
}

export async function writeDeliverables(
  map: JourneyMap,
  options: DeliverableOptions,
  log: (line: string) => void,
) {
  if (options.svg) {
    const svg = mapToSvg(map, options)
    write(options.svg, svg.text)
    log(`wrote ${options.svg}: ${svg.width} × ${svg.height}`)
  }
  if (options.pdf) {
    const started = Date.now()
    const pdf = await buildPdf(map, options)
    write(options.pdf, pdf.bytes)
    const paper = options.paper === 'fit' ? 'fit to the map' : options.paper.toUpperCase()
    log(
      `wrote ${options.pdf}: ${pdf.pages} ${pdf.pages === 1 ? 'page' : 'pages'}, ${options.layout}, ${paper}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  }
  if (options.html) {
    const script = fs.readFileSync(
      path.join(PACKAGE_ROOT, 'src/export/viewer/viewer-runtime.js'),
      'utf8',
    )
    write(
      options.html,
      buildViewerHtml(map, { script, includeNotes: options.includeNotes, locale: options.locale }),
    )
    log(`wrote ${options.html}`)
  }
  if (options.mermaid) {
    write(options.mermaid, mapToMermaid(map))
    log(`wrote ${options.mermaid}`)
  }
}
