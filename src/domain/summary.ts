// A journey map in at most a few kilobytes, for the map list: counts (phases, touchpoints, pain
// points, …) and a thumbnail of its layout (phase columns and card boxes in their colours, fitted
// into a small box). The server computes it when a map's document changes and keeps it in the
// catalogue; the list draws the thumbnail as inline SVG, so a list of a hundred maps needs no
// request per map.
//
// Both come from the kind registry: every kind is counted under its collection's name, a kind with
// a `thumbnail` hook is drawn at its `bounds`, and a kind's `tally` adds counts of its own (a
// touchpoint's pain points). A kind added later shows up without a change here.
//
// `parseSummary` checks a summary read back from storage or from the API: anything that is not
// exactly this shape, within these bounds, is refused (null), so a damaged value never reaches
// the page — the map is listed without a thumbnail instead.

import { mapBounds } from './bounds'
import { CARD_SIZE } from './card'
import { listOf } from './kinds/collections'
import { defaultRegistry, type KindRegistry } from './kinds/registry'
import { isHexColor } from './rules'
import type { JourneyMap } from './types'

export const SUMMARY_VERSION = 1
/** The box a thumbnail is fitted into (it keeps the map's proportions, so one side may be less). */
export const THUMBNAIL_BOX = { width: 160, height: 90 } as const
/** At most this many columns and boxes are drawn; the rest are left out (in map order). */
export const MAX_THUMBNAIL_COLUMNS = 32
export const MAX_THUMBNAIL_BOXES = 120
/** Boxes smaller than this in the thumbnail are drawn at this size, so that they stay visible. */
const MIN_SHAPE = 0.8
const MAX_COUNT_KEYS = 32
const FALLBACK_COLOUR = '#94a3b8'

export interface ThumbnailColumn {
  readonly x: number
  readonly w: number
  readonly colour: string
}

export interface ThumbnailBox {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  readonly colour: string
}

/** Coordinates in thumbnail units: 0…width, 0…height; columns span the whole height. */
export interface Thumbnail {
  readonly width: number
  readonly height: number
  readonly phases: readonly ThumbnailColumn[]
  readonly cards: readonly ThumbnailBox[]
}

export interface MapSummary {
  readonly version: typeof SUMMARY_VERSION
  /**
   * Records per kind by collection name (`phases`, `touchpoints`, `edges`, `notes`, …) plus the
   * kinds' tallies (`painPoints`). Non-negative integers.
   */
  readonly counts: Readonly<Record<string, number>>
  readonly thumbnail: Thumbnail
}

const round = (value: number) => Math.round(value * 10) / 10

export function summariseMap(
  map: JourneyMap,
  registry: KindRegistry = defaultRegistry,
): MapSummary {
  return {
    version: SUMMARY_VERSION,
    counts: mapCounts(map, registry),
    thumbnail: thumbnailOf(map, registry),
  }
}

/** Records per kind by collection name, plus the kinds' tallies (a version keeps these too). */
export function mapCounts(
  map: JourneyMap,
  registry: KindRegistry = defaultRegistry,
): Record<string, number> {
  const counts: Record<string, number> = {}
  const add = (key: string, n: number) => {
    if (Number.isSafeInteger(n) && n > 0)
      counts[key] = (Object.hasOwn(counts, key) ? (counts[key] ?? 0) : 0) + n
  }
  for (const kind of registry.kinds) {
    const records = listOf(map, kind)
    counts[kind.collection] = records.length
    if (kind.tally) for (const record of records) addAll(kind.tally(record), add)
  }
  return counts
}

function addAll(tally: Readonly<Record<string, number>>, add: (key: string, n: number) => void) {
  for (const [key, n] of Object.entries(tally)) add(key, n)
}

function thumbnailOf(map: JourneyMap, registry: KindRegistry): Thumbnail {
  const bounds = mapBounds(map, CARD_SIZE, registry)
  if (!(bounds.width > 0 && bounds.height > 0)) {
    return { width: THUMBNAIL_BOX.width, height: THUMBNAIL_BOX.height, phases: [], cards: [] }
  }
  const scale = Math.min(THUMBNAIL_BOX.width / bounds.width, THUMBNAIL_BOX.height / bounds.height)
  const width = Math.max(1, round(bounds.width * scale))
  const height = Math.max(1, round(bounds.height * scale))
  const phases: ThumbnailColumn[] = []
  const cards: ThumbnailBox[] = []
  for (const kind of registry.kinds) {
    const { thumbnail, bounds: boundsOf } = kind
    if (!thumbnail || !boundsOf) continue
    for (const record of listOf(map, kind)) {
      const full = thumbnail.shape === 'column' ? phases : cards
      if (full.length >= (full === phases ? MAX_THUMBNAIL_COLUMNS : MAX_THUMBNAIL_BOXES)) break
      const rect = boundsOf(record, map, CARD_SIZE)
      if (!rect) continue
      const colour = safeColour(thumbnail.colour(record))
      const x = round((rect.x - bounds.x) * scale)
      const w = Math.max(MIN_SHAPE, round(rect.width * scale))
      if (thumbnail.shape === 'column') {
        phases.push({ x, w, colour })
      } else {
        const y = round((rect.y - bounds.y) * scale)
        cards.push({ x, y, w, h: Math.max(MIN_SHAPE, round(rect.height * scale)), colour })
      }
    }
  }
  return { width, height, phases, cards }
}

function safeColour(value: unknown): string {
  return isHexColor(value) ? value.toLowerCase() : FALLBACK_COLOUR
}

// ---- checking a stored or received summary ----

type Fields = Record<string, unknown>

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A finite number within [min, max] (a little slack for rounding). */
const within = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min - 0.5 && value <= max + 0.5

function parseColumn(value: unknown, width: number): ThumbnailColumn | null {
  if (!isObject(value)) return null
  const { x, w, colour } = value
  if (!within(x, 0, width) || !within(w, 0, width) || !isHexColor(colour)) return null
  return { x, w, colour }
}

function parseBox(value: unknown, width: number, height: number): ThumbnailBox | null {
  if (!isObject(value)) return null
  const { x, y, w, h, colour } = value
  if (!within(x, 0, width) || !within(y, 0, height)) return null
  if (!within(w, 0, width) || !within(h, 0, height) || !isHexColor(colour)) return null
  return { x, y, w, h, colour }
}

function parseList<T>(value: unknown, max: number, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value) || value.length > max) return null
  const out: T[] = []
  for (const item of value) {
    const parsed = parse(item)
    if (parsed === null) return null
    out.push(parsed)
  }
  return out
}

function parseThumbnail(value: unknown): Thumbnail | null {
  if (!isObject(value)) return null
  const { width, height } = value
  if (!within(width, 1, THUMBNAIL_BOX.width) || !within(height, 1, THUMBNAIL_BOX.height)) {
    return null
  }
  const phases = parseList(value['phases'], MAX_THUMBNAIL_COLUMNS, (item) =>
    parseColumn(item, width),
  )
  const cards = parseList(value['cards'], MAX_THUMBNAIL_BOXES, (item) =>
    parseBox(item, width, height),
  )
  return phases && cards ? { width, height, phases, cards } : null
}

function parseCounts(value: unknown): Record<string, number> | null {
  if (!isObject(value)) return null
  const entries = Object.entries(value)
  if (entries.length > MAX_COUNT_KEYS) return null
  const counts: Record<string, number> = {}
  for (const [key, n] of entries) {
    if (!/^[A-Za-z][A-Za-z0-9]{0,31}$/.test(key)) return null
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return null
    counts[key] = n
  }
  return counts
}

/** The summary when `value` is a valid one of this version, else null. Never throws. */
export function parseSummary(value: unknown): MapSummary | null {
  if (!isObject(value) || value['version'] !== SUMMARY_VERSION) return null
  const counts = parseCounts(value['counts'])
  const thumbnail = parseThumbnail(value['thumbnail'])
  return counts && thumbnail ? { version: SUMMARY_VERSION, counts, thumbnail } : null
}

/** `parseSummary` of JSON text (as stored); null for text that is not valid JSON. */
export function parseSummaryJson(text: string | null | undefined): MapSummary | null {
  if (typeof text !== 'string' || text.length > 64 * 1024) return null
  try {
    return parseSummary(JSON.parse(text))
  } catch {
    return null
  }
}
