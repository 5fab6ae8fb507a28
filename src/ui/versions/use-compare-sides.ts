// Loads both sides of a comparison: a map as it is now, or one of its versions (with its label).

import { useEffect, useState } from 'react'
import { fetchCurrentMap, fetchVersionMap, listVersions } from '../../api/versions'
import type { JourneyMap } from '../../domain/types'
import type { VersionInfo } from '../../domain/versions/version'
import type { CompareSide } from './compare-link'

export interface LoadedSide {
  side: CompareSide
  map: JourneyMap
  /** The version shown, or null for the map as it is now. */
  version: VersionInfo | null
}

export type CompareLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; a: LoadedSide; b: LoadedSide }

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

export function useCompareSides(a: CompareSide, b: CompareSide): CompareLoad {
  const [state, setState] = useState<CompareLoad>({ status: 'loading' })
  const key = JSON.stringify([a, b])
  useEffect(() => {
    let current = true
    const [left, right] = JSON.parse(key) as [CompareSide, CompareSide]
    Promise.all([loadSide(left), loadSide(right)]).then(
      ([loadedA, loadedB]) => current && setState({ status: 'ready', a: loadedA, b: loadedB }),
      (error: unknown) =>
        current &&
        setState({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
    )
    return () => {
      current = false
    }
  }, [key])
  return state
}
