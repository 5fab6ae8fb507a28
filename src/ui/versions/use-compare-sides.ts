// Loads both sides of a comparison: a map as it is now, or one of its versions (with its label).

import { fetchCurrentMap, fetchVersionMap, listVersions } from '../../api/versions'
import type { JourneyMap } from '../../domain/types'
import type { VersionInfo } from '../../domain/versions/version'
import type { CompareSide } from './compare-link'
import { useLoaded, type Loaded } from './use-loaded'

export interface LoadedSide {
  side: CompareSide
  map: JourneyMap
  /** The version shown, or null for the map as it is now. */
  version: VersionInfo | null
}

async function loadSide(side: CompareSide): Promise<LoadedSide> {
  if (side.versionId === undefined) {
    return { side, map: await fetchCurrentMap(side.mapId), version: null }
  }
  const [map, list] = await Promise.all([
    fetchVersionMap(side.mapId, side.versionId),
    listVersions(side.mapId),
  ])
  return { side, map, version: list.versions.find((v) => v.id === side.versionId) ?? null }
}

export function useCompareSides(a: CompareSide, b: CompareSide): Loaded<[LoadedSide, LoadedSide]> {
  return useLoaded(JSON.stringify([a, b]), () => Promise.all([loadSide(a), loadSide(b)]))
}
