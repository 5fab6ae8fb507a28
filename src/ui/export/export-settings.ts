// The Export dialog remembers its choices in this browser, so a consultant exporting the same
// deliverable after every workshop does not set 2×, white and no notes each time.

import { DEFAULT_PADDING, EXPORT_SCALES } from '../../export/export-frame'
import type { ExportFormat } from '../../domain/format/file-names'
import type { ExportBackground } from '../../export/image-export'
import type { Paper, PdfLayout } from '../../export/pdf/paper'

export interface ExportSettings {
  format: ExportFormat
  scale: (typeof EXPORT_SCALES)[number]
  background: ExportBackground
  includeNotes: boolean
  padding: number
  embed: boolean
  /** What a CSV export holds: one row per touchpoint, or per metric value. */
  sheet: 'touchpoints' | 'metrics'
  /** PDF: the paper (landscape) or a page the size of the map, poster or tiles, which extras. */
  paper: Paper
  layout: PdfLayout
  cover: boolean
  summary: boolean
}

export const DEFAULT_SETTINGS: ExportSettings = {
  format: 'png',
  scale: 2,
  background: 'white',
  includeNotes: true,
  padding: DEFAULT_PADDING,
  embed: true,
  sheet: 'touchpoints',
  paper: 'a3',
  layout: 'poster',
  cover: true,
  summary: true,
}

export const MAX_PADDING = 400
const KEY = 'trailmap:export-settings'

const FORMATS: readonly string[] = ['png', 'svg', 'pdf', 'html', 'json', 'csv', 'mermaid']
const PAPERS: readonly string[] = ['a3', 'a2', 'a1', 'a0', 'fit']
const BACKGROUNDS: readonly string[] = ['white', 'transparent', 'theme']

export function clampPadding(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_PADDING
  return Math.min(MAX_PADDING, Math.max(0, Math.round(value)))
}

/** Whatever was stored, checked field by field: a bad value falls back to the default. */
export function readSettings(raw: string | null): ExportSettings {
  let value: Record<string, unknown> = {}
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      value = parsed as Record<string, unknown>
    }
  } catch {
    // A damaged entry is ignored.
  }
  const pick = <T>(ok: boolean, v: unknown, fallback: T): T => (ok ? (v as T) : fallback)
  const d = DEFAULT_SETTINGS
  return {
    format: pick(FORMATS.includes(value.format as string), value.format, d.format),
    scale: pick((EXPORT_SCALES as readonly unknown[]).includes(value.scale), value.scale, d.scale),
    background: pick(
      BACKGROUNDS.includes(value.background as string),
      value.background,
      d.background,
    ),
    includeNotes: pick(typeof value.includeNotes === 'boolean', value.includeNotes, d.includeNotes),
    padding: typeof value.padding === 'number' ? clampPadding(value.padding) : d.padding,
    embed: pick(typeof value.embed === 'boolean', value.embed, d.embed),
    sheet: value.sheet === 'metrics' ? 'metrics' : d.sheet,
    paper: pick(PAPERS.includes(value.paper as string), value.paper, d.paper),
    // Tiles need a sheet size: "fit" is a single page.
    layout: value.layout === 'tiled' && value.paper !== 'fit' ? 'tiled' : d.layout,
    cover: pick(typeof value.cover === 'boolean', value.cover, d.cover),
    summary: pick(typeof value.summary === 'boolean', value.summary, d.summary),
  }
}

export function loadSettings(): ExportSettings {
  try {
    return readSettings(localStorage.getItem(KEY))
  } catch {
    return DEFAULT_SETTINGS
  }
}

export function saveSettings(settings: ExportSettings) {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings))
  } catch {
    // Private windows may refuse storage; the dialog still works.
  }
}
