// The map list's data: the maps from the server and the actions on them. Each action reloads the
// list afterwards, because the server orders maps by last edit and fills in titles and times.

import { useCallback, useEffect, useState } from 'react'
import {
  createMap,
  deleteMap,
  duplicateMap,
  listMaps,
  renameMap,
  type MapSummary,
} from '../../api/maps'

export interface MapList {
  /** null while the first load is running. */
  maps: MapSummary[] | null
  /**
   * Why the list could not be loaded, as the server or the browser said it (the page words it;
   * actions report their own errors to their dialogs).
   */
  loadError: string | null
  reload(): Promise<void>
  create(template: string, title: string): Promise<MapSummary>
  rename(id: string, title: string): Promise<void>
  duplicate(id: string): Promise<MapSummary>
  remove(id: string): Promise<void>
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export function useMapList(): MapList {
  const [maps, setMaps] = useState<MapSummary[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  // Takes the request rather than making it, so that the first load can start in the effect
  // and every later one after an action, with the same handling of the answer.
  const show = useCallback(
    (request: Promise<MapSummary[]>) =>
      request.then(
        (next) => {
          setMaps(next)
          setLoadError(null)
        },
        (error: unknown) => {
          setLoadError(messageOf(error))
          setMaps((current) => current ?? [])
        },
      ),
    [],
  )
  const reload = useCallback(() => show(listMaps()), [show])

  useEffect(() => {
    void show(listMaps())
  }, [show])

  const create = useCallback(async (template: string, title: string) => {
    // An empty title lets the server pick the template's own name.
    const trimmed = title.trim()
    return createMap(trimmed ? { template, title: trimmed } : { template })
  }, [])

  const rename = useCallback(
    async (id: string, title: string) => {
      await renameMap(id, title)
      await reload()
    },
    [reload],
  )

  const duplicate = useCallback(
    async (id: string) => {
      const copy = await duplicateMap(id)
      await reload()
      return copy
    },
    [reload],
  )

  const remove = useCallback(
    async (id: string) => {
      await deleteMap(id)
      // Drop it at once so the card does not linger while the list reloads.
      setMaps((current) => current?.filter((map) => map.id !== id) ?? null)
      await reload()
    },
    [reload],
  )

  return { maps, loadError, reload, create, rename, duplicate, remove }
}

/** Re-renders every `intervalMs` so relative times ("2 minutes ago") stay true. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
