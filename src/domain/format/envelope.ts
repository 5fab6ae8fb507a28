// The saved-file envelope. A file says what it is (`type`), which format it is written in
// (`version`), which program wrote it and when; the map inside uses arrays so that files diff
// well and keep their order. Unknown fields of every record and of the map's meta are written out.

import { listOf } from '../kinds/collections'
import { CURRENT_SCHEMA_VERSION, defaultRegistry, type KindRegistry } from '../kinds/registry'
import type { Edge, JourneyMap, Note, Phase, Touchpoint } from '../types'

export const FORMAT_TYPE = 'trailmap/journey-map'
export const CURRENT_FORMAT_VERSION = CURRENT_SCHEMA_VERSION
export const DEFAULT_SOURCE = 'trailmap'

/**
 * The `map` object of a version 1 file; meta fields (known and unknown) sit beside the lists, one
 * list per kind of record (a registry with more kinds writes more lists).
 */
export interface MapFileBodyV1 {
  readonly title: string
  readonly description: string
  readonly phases: readonly Phase[]
  readonly touchpoints: readonly Touchpoint[]
  readonly edges: readonly Edge[]
  readonly notes: readonly Note[]
  readonly [unknownField: string]: unknown
}

export interface MapFileV1 {
  readonly type: typeof FORMAT_TYPE
  readonly version: typeof CURRENT_FORMAT_VERSION
  /** The program (and version or URL) that wrote the file; informative only. */
  readonly source: string
  /** ISO 8601 date-time of the export; informative only. */
  readonly exportedAt: string
  readonly map: MapFileBodyV1
}

export interface EnvelopeOptions {
  readonly source?: string
  readonly exportedAt?: string | Date
  /** The kinds to write (tests register more); the current ones by default. */
  readonly registry?: KindRegistry
}

/** Wraps a map for saving. Records are listed in their collection's own order. */
export function toEnvelope(map: JourneyMap, options: EnvelopeOptions = {}): MapFileV1 {
  const exportedAt = options.exportedAt ?? new Date()
  const registry = options.registry ?? defaultRegistry
  const lists = Object.fromEntries(
    registry.kinds.map((kind) => [kind.collection, listOf(map, kind)]),
  )
  return {
    type: FORMAT_TYPE,
    version: registry.version as typeof CURRENT_FORMAT_VERSION,
    source: options.source ?? DEFAULT_SOURCE,
    exportedAt: typeof exportedAt === 'string' ? exportedAt : exportedAt.toISOString(),
    map: {
      // Unknown meta fields first, so that they can never shadow the known ones.
      ...map.meta,
      title: map.meta.title,
      description: map.meta.description,
      ...(lists as Pick<MapFileBodyV1, 'phases' | 'touchpoints' | 'edges' | 'notes'>),
    },
  }
}

/** The envelope as pretty-printed JSON text, ending with a newline (as editors save files). */
export function serializeMap(map: JourneyMap, options: EnvelopeOptions = {}): string {
  return `${JSON.stringify(toEnvelope(map, options), null, 2)}\n`
}
