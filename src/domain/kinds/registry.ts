// The list of record kinds a map holds, in dependency order (a kind's `resolve` reads only kinds
// listed before it). The file format, the Y.Doc codec, undo, the store and the inspector iterate
// this list; adding a kind is adding it here (see docs/adding-a-kind.md).

import type { Id, JourneyMap } from '../types'
import { hasRecord } from './collections'
import { edgeKind } from './edge'
import type { AnyKind } from './kind'
import { laneKind } from './lane'
import { noteKind } from './note'
import { personaKind } from './persona'
import { phaseKind } from './phase'
import { touchpointKind } from './touchpoint'

/** The format version this build writes: files, and `meta.schemaVersion` of live documents. */
export const CURRENT_SCHEMA_VERSION = 2

export interface KindRegistry {
  readonly kinds: readonly AnyKind[]
  /** The version whose records these kinds describe; their migrations end here. */
  readonly version: number
  byName(name: string): AnyKind | undefined
  byCollection(collection: string): AnyKind | undefined
  /** The kind of the record with this id in `map`, or undefined when there is none. */
  kindOfId(map: JourneyMap, id: Id): AnyKind | undefined
}

/** Throws for a list that would break the codec or the format: a bug, caught at start-up. */
export function createKindRegistry(
  kinds: readonly AnyKind[],
  version: number = CURRENT_SCHEMA_VERSION,
): KindRegistry {
  const byName = new Map<string, AnyKind>()
  const byCollection = new Map<string, AnyKind>()
  for (const kind of kinds) {
    if (byName.has(kind.name)) throw new Error(`two kinds are named "${kind.name}"`)
    if (kind.collection === 'meta' || byCollection.has(kind.collection)) {
      throw new Error(`kind "${kind.name}" cannot use the collection "${kind.collection}"`)
    }
    for (const dependency of kind.dependsOn ?? []) {
      if (!byCollection.has(dependency)) {
        throw new Error(
          `kind "${kind.name}" depends on "${dependency}", which is not listed before it`,
        )
      }
    }
    checkMigrations(kind, version)
    byName.set(kind.name, kind)
    byCollection.set(kind.collection, kind)
  }
  return {
    kinds,
    version,
    byName: (name) => byName.get(name),
    byCollection: (collection) => byCollection.get(collection),
    kindOfId: (map, id) => kinds.find((kind) => hasRecord(map, kind, id)),
  }
}

/** A kind's steps go up one version at a time, after version 1 and up to the registry's. */
function checkMigrations(kind: AnyKind, version: number) {
  let previous = 1
  for (const step of kind.migrations) {
    const name = `migration of ${kind.name} to version ${step.to}`
    if (!Number.isInteger(step.to) || step.to <= previous) {
      throw new Error(`${name} must come after version ${previous}, in ascending order`)
    }
    if (step.to > version) throw new Error(`${name} is newer than the registry (${version})`)
    previous = step.to
  }
}

/** Every kind of the current format, in dependency order. */
export const CORE_KINDS: readonly AnyKind[] = [
  phaseKind,
  laneKind,
  personaKind,
  touchpointKind,
  edgeKind,
  noteKind,
]

export const defaultRegistry: KindRegistry = createKindRegistry(CORE_KINDS)
