// Turns the `map` of a validated file into a JourneyMap, leniently (as Excalidraw's restore
// does): missing optional fields get their defaults, unknown fields are kept on every record and
// on the meta, and broken references are repaired rather than refused. Each kind says how (see
// src/domain/kinds); each repair is described in a sentence so the editor can tell the person.

import { DEFAULT_MAP_TITLE, emptyMapWith } from '../defaults'
import { MAX_TITLE_LENGTH, cleanTitle } from '../title'
import type { AnyKind, BaseRecord } from '../kinds/kind'
import { defaultRegistry, type KindRegistry } from '../kinds/registry'
import { resolveAll, restoreList } from '../kinds/restore'
import { withoutNegativeZeroDeep } from '../records'
import type { JourneyMap, MapMeta } from '../types'

export interface RestoreResult {
  readonly map: JourneyMap
  readonly repairs: readonly string[]
}

type Raw = Readonly<Record<string, unknown>>

function restoreMeta(body: Raw, registry: KindRegistry, repairs: string[]): MapMeta {
  const unknown = Object.fromEntries(
    Object.entries(body).filter(([key]) => registry.byCollection(key) === undefined),
  )
  const raw = Object.hasOwn(body, 'title') ? (body['title'] as string) : DEFAULT_MAP_TITLE
  const title = cleanTitle(raw)
  if (title.length < raw.length) {
    repairs.push(
      `the map title was ${Array.from(raw).length} characters; it was shortened to ${MAX_TITLE_LENGTH}`,
    )
  }
  return {
    ...unknown,
    title,
    description: Object.hasOwn(body, 'description') ? (body['description'] as string) : '',
  }
}

/** Restores the `map` object of a file that passed validateMapFile (ids unique, types right). */
export function restoreMap(fileMap: Raw, registry: KindRegistry = defaultRegistry): RestoreResult {
  // JSON.parse keeps a -0 written in a file (in a position, or in a field this version does not
  // know); a map never holds one (JSON would not give it back), so it is 0 from here on, as
  // records read from a document are (repairRecord).
  const body = withoutNegativeZeroDeep(fileMap)
  const repairs: string[] = []
  const lists = new Map<AnyKind, readonly BaseRecord[]>()
  for (const kind of registry.kinds) {
    const list = Object.hasOwn(body, kind.collection) ? (body[kind.collection] as unknown[]) : []
    const restored = restoreList(kind, list)
    repairs.push(...restored.repairs)
    lists.set(kind, restored.records)
  }
  const empty = emptyMapWith(restoreMeta(body, registry, repairs), registry)
  const resolved = resolveAll(registry.kinds, empty, lists)
  return { map: resolved.map, repairs: [...repairs, ...resolved.repairs] }
}
