// Reading a file someone picked or dropped for import. The kind is decided from the content (a PNG
// signature, a Mermaid `journey`) and the name (.csv, .mmd), everything else is treated as the
// JSON format. Nothing here
// touches a map: the result is either a loaded map with its repairs, a CSV sheet to apply later
// (it adds to whichever map it is applied to), or every problem found, each with where it is.

import { cleanTitle } from '../domain/title'
import { DEFAULT_MAX_BYTES, parseMapFile, type Problem } from '../domain/format'
import type { CsvProblem } from '../domain/format/csv-touchpoints'
import type { Messages } from '../domain/i18n'
import type { JourneyMap } from '../domain/types'
import { CURRENT_FORMAT_VERSION } from '../domain/format/envelope'
import { isMermaidJourney, mermaidToMap } from '../domain/format/mermaid-import'
import { isPng, readJsonFromPng } from './png-text'

export type ImportKind = 'json' | 'png' | 'csv' | 'mermaid'

export interface ImportProblem {
  /** A JSON path (`$.map.touchpoints[3].emotion`), a place in a sheet (`row 4, emotion`) or ''. */
  readonly where: string
  readonly message: string
}

export type ImportRead =
  | {
      readonly ok: true
      readonly kind: 'json' | 'png' | 'mermaid'
      readonly fileName: string
      readonly map: JourneyMap
      readonly repairs: readonly string[]
      readonly fromVersion: number
    }
  | { readonly ok: true; readonly kind: 'csv'; readonly fileName: string; readonly text: string }
  | {
      readonly ok: false
      readonly kind: ImportKind
      readonly fileName: string
      readonly problems: readonly ImportProblem[]
    }

export interface ImportOptions {
  /** Largest JSON or CSV file read (20 MB, as the format says). */
  readonly maxBytes?: number
  /** Largest PNG read: pictures are bigger than the JSON they carry. */
  readonly maxPngBytes?: number
}

const MAX_PNG_BYTES = 256 * 1024 * 1024

/** What `accept` of the file input offers. */
export const IMPORT_ACCEPT =
  '.json,.trailmap.json,application/json,.csv,text/csv,.png,image/png,.mmd,.mermaid,.md,.txt'

/** The part of a File this module needs, so tests can hand in plain Blobs. */
export interface ImportFile {
  readonly name: string
  readonly size: number
  readonly type: string
  slice(start?: number, end?: number): Blob
  arrayBuffer(): Promise<ArrayBuffer>
  text(): Promise<string>
}

const fromMapProblems = (problems: readonly Problem[]): ImportProblem[] =>
  problems.map((p) => ({ where: p.path, message: p.message }))

export const fromCsvProblems = (
  problems: readonly CsvProblem[],
  messages: Messages,
): ImportProblem[] => {
  const where = messages.exports.import.where
  return problems.map((p) => ({
    where: p.row === 0 ? '' : p.column ? where.rowColumn(p.row, p.column) : where.row(p.row),
    message: p.message,
  }))
}

function tooLarge(size: number, limit: number, messages: Messages): ImportProblem {
  const { fileSize, exactSize } = messages.exports.result
  // "20.0 MB; the limit is 20.0 MB" would read as a contradiction: then say the exact sizes.
  const same = fileSize(size) === fileSize(limit)
  const [a, b] = same ? [exactSize(size), exactSize(limit)] : [fileSize(size), fileSize(limit)]
  return { where: '$', message: messages.exports.import.tooLarge(a, b) }
}

async function kindOf(file: ImportFile): Promise<ImportKind> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer())
  if (isPng(head)) return 'png'
  if (/\.csv$/i.test(file.name) || file.type === 'text/csv') return 'csv'
  if (/\.(mmd|mermaid)$/i.test(file.name)) return 'mermaid'
  // A journey pasted into a .md or .txt file: the text says what it is.
  const start = await file.slice(0, 4096).text()
  return isMermaidJourney(start) ? 'mermaid' : 'json'
}

/** Reads and checks `file`; what this module says about it is in the messages' language. */
export async function readImportFile(
  file: ImportFile,
  messages: Messages,
  options: ImportOptions = {},
): Promise<ImportRead> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const fileName = file.name
  const kind = await kindOf(file)
  const fail = (problems: ImportProblem[]): ImportRead => ({ ok: false, kind, fileName, problems })
  const limit = kind === 'png' ? (options.maxPngBytes ?? MAX_PNG_BYTES) : maxBytes
  // Refused by its size before a byte of it is read or parsed.
  if (file.size > limit) return fail([tooLarge(file.size, limit, messages)])
  if (kind === 'csv') return { ok: true, kind, fileName, text: await file.text() }
  if (kind === 'mermaid') {
    const read = mermaidToMap(await file.text())
    if (!read.ok)
      return fail(
        read.problems.map((p) => ({
          where: messages.exports.import.where.line(p.line),
          message: p.message,
        })),
      )
    const { map, repairs } = read
    return { ok: true, kind, fileName, map, repairs, fromVersion: CURRENT_FORMAT_VERSION }
  }
  let text: string
  if (kind === 'png') {
    const read = readJsonFromPng(new Uint8Array(await file.arrayBuffer()), messages)
    if (!read.ok) return fail([{ where: '', message: read.message }])
    text = read.text
  } else {
    text = await file.text()
  }
  const loaded = parseMapFile(text, { maxBytes })
  if (!loaded.ok) return fail(fromMapProblems(loaded.problems))
  return {
    ok: true,
    kind,
    fileName,
    map: loaded.map,
    repairs: loaded.repairs,
    fromVersion: loaded.fromVersion,
  }
}

export interface MapCounts {
  readonly phases: number
  readonly touchpoints: number
  readonly edges: number
  readonly notes: number
}

export function countsOf(map: JourneyMap): MapCounts {
  return {
    phases: map.phases.length,
    touchpoints: Object.keys(map.touchpoints).length,
    edges: Object.keys(map.edges).length,
    notes: Object.keys(map.notes).length,
  }
}

/** "4 phases, 31 touchpoints, 30 steps, 2 notes". */
export function describeCounts(counts: MapCounts, messages: Messages): string {
  return messages.exports.import.counts(
    counts.phases,
    counts.touchpoints,
    counts.edges,
    counts.notes,
  )
}

/** What the map API accepts as a title: one line within the domain's limit, or none. */
export function titleForApi(title: string): string | undefined {
  const clean = cleanTitle(title.trim()).trim()
  return clean === '' ? undefined : clean
}
