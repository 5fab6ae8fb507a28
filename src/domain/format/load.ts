// Loading a saved map: size limit, JSON parse, "is this ours", version and migrations, validation,
// then lenient restore. Files come from anywhere, so these functions never throw: every failure is
// a list of problems with JSON paths that the editor can show as they are.

import { defaultRegistry, type KindRegistry } from '../kinds/registry'
import { isPlainObject, type Problem } from '../rules'
import type { JourneyMap } from '../types'
import { findTooDeep, MAX_JSON_DEPTH } from './depth'
import { FORMAT_TYPE } from './envelope'
import { MIGRATIONS, fileMigrations, migrate } from './migrations'
import { restoreMap } from './restore'
import { NOT_A_MAP_MESSAGE, validateMapFile } from './validate'

/** Larger files are refused before parsing: 20 MB is far beyond any hand-made journey map. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

export interface LoadOptions {
  readonly maxBytes?: number
  /** The kinds a file may hold (tests register more); the current ones by default. */
  readonly registry?: KindRegistry
}

export type LoadResult =
  | {
      readonly ok: true
      readonly map: JourneyMap
      /** What restore changed to make the map consistent, one sentence each. */
      readonly repairs: readonly string[]
      /** The format version the file was written in, before migrations. */
      readonly fromVersion: number
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }

function fail(path: string, message: string): LoadResult {
  return { ok: false, problems: [{ path, message }] }
}

/** UTF-8 length without allocating a copy of a possibly huge string. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      // A surrogate pair is one 4-byte character; a lone surrogate is written as U+FFFD (3 bytes).
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i += 1
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function sizeProblem(text: string, maxBytes: number): LoadResult | null {
  // Each UTF-16 unit takes 1 to 3 bytes: most texts need no exact count.
  if (text.length * 3 <= maxBytes) return null
  const bytes = utf8Length(text)
  if (bytes <= maxBytes) return null
  let [size, limit] = [formatBytes(bytes), formatBytes(maxBytes)]
  // "20.0 MB; the limit is 20.0 MB" would read as a contradiction: show the exact counts.
  if (size === limit) [size, limit] = [`${bytes} bytes`, `${maxBytes} bytes`]
  return fail('$', `the file is ${size}; the limit is ${limit}`)
}

function loadUnchecked(value: unknown, registry: KindRegistry): LoadResult {
  const tooDeep = findTooDeep(value)
  if (tooDeep !== null) {
    return fail(tooDeep, `nested more than ${MAX_JSON_DEPTH} levels deep; a journey map is not`)
  }
  if (!isPlainObject(value)) {
    return fail(
      '$',
      `not a Trailmap journey map: expected a JSON object with type "${FORMAT_TYPE}"`,
    )
  }
  // Another program's JSON gets one clear sentence, not a page of missing fields.
  if (value['type'] !== FORMAT_TYPE) return fail('$.type', NOT_A_MAP_MESSAGE)
  const migrations = registry === defaultRegistry ? MIGRATIONS : fileMigrations(registry)
  const migrated = migrate(value, migrations, registry.version)
  if (!migrated.ok) return { ok: false, problems: migrated.problems }
  const problems = validateMapFile(migrated.file, registry)
  if (problems.length > 0) return { ok: false, problems }
  const body = (migrated.file as { map: Readonly<Record<string, unknown>> }).map
  const { map, repairs } = restoreMap(body, registry)
  return { ok: true, map, repairs, fromVersion: migrated.fromVersion }
}

/** Loads an already-parsed JSON value. */
export function loadMapFile(value: unknown, registry: KindRegistry = defaultRegistry): LoadResult {
  try {
    return loadUnchecked(value, registry)
  } catch (error) {
    // Only a bug gets here; still, a bad file must not take the editor or the server down.
    const reason = error instanceof Error ? error.message : String(error)
    return fail('$', `could not load the file: ${reason}`)
  }
}

/** Loads a map from the text of a file. */
export function parseMapFile(text: string, options: LoadOptions = {}): LoadResult {
  if (typeof text !== 'string') return fail('$', 'the file must be text')
  const tooLarge = sizeProblem(text, options.maxBytes ?? DEFAULT_MAX_BYTES)
  if (tooLarge) return tooLarge
  let value: unknown
  try {
    // Editors on Windows may start the file with a byte-order mark, which JSON.parse refuses.
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail('$', `not valid JSON: ${reason}`)
  }
  return loadMapFile(value, options.registry)
}
