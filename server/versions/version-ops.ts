// Shapes and small pure steps of the version worker (replicas.ts does the reading and writing).
// States are V1: the server never decodes V2 (PITFALLS, yjs issue 687), not even states it wrote.

import { serializeMap } from '../../src/domain/format'
import { setTitle } from '../../src/domain/operations'
import { parseSummary, summariseMap, type MapSummary } from '../../src/domain/summary'
import type { JourneyMap } from '../../src/domain/types'
import { mapState } from '../maps/seed'

export interface Captured {
  state: Uint8Array
  counts: Record<string, number>
}

export interface RestorePlan {
  /** The map as it was: kept as the "before restore" version. */
  before: Captured
  /** The update that turns the map into the version; null when they are the same. */
  update: Uint8Array | null
}

/** A version's content in the JSON format (docs/format.md). */
export const serializeVersion = (map: JourneyMap): string => serializeMap(map)

/** A new map's snapshot holding the version (titled "… (to-be)" unless named), and its summary. */
export function forkState(
  content: JourneyMap,
  title: string | undefined,
  fallbackTitle: string,
): { title: string; state: Uint8Array; summary: MapSummary | null } {
  const newTitle = title ?? `${content.meta.title || fallbackTitle} (to-be)`
  const fork = setTitle(content, newTitle)
  let summary: MapSummary | null = null
  try {
    summary = parseSummary(summariseMap(fork))
  } catch {
    summary = null
  }
  return { title: newTitle, state: mapState(fork), summary }
}
