// Reading PDFs and SVGs back with the tools a client's machine would use: poppler-utils (pdfinfo,
// pdftotext, pdftoppm) and librsvg (rsvg-convert), Debian packages that .ci/run installs.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface PdfInfo {
  readonly pages: number
  /** Size of the first page in points. */
  readonly width: number
  readonly height: number
  readonly title: string
}

export function pdfInfo(file: string): PdfInfo {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(text)
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(text)?.[1] ?? 0),
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
    title: /Title:\s+(.*)/.exec(text)?.[1]?.trim() ?? '',
  }
}

/** Sizes of every page, in points. */
export function pageSizes(file: string): { width: number; height: number }[] {
  const text = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' })
  return [...text.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }))
}

/** The text layer, one string per page (pdftotext separates pages with form feeds). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1)
}

/** One page rendered to PNG at `dpi`; returns the PNG's bytes. */
export function renderPdfPage(file: string, page: number, dpi = 40): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trailmap-pdf-'))
  const prefix = path.join(dir, 'page')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ])
  const bytes = fs.readFileSync(`${prefix}.png`)
  fs.rmSync(dir, { recursive: true, force: true })
  return bytes
}

/** An SVG file rendered by librsvg at 1 px per unit. */
export function renderSvg(file: string): Buffer {
  return execFileSync('rsvg-convert', ['--format', 'png', file], { maxBuffer: 256 * 1024 * 1024 })
}
