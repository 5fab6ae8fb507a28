// The open map's versions, fetched when the panel opens and again whenever a command saved or
// restored one (or the server may have kept an automatic one: on every open).

import { useCallback, useEffect, useState } from 'react'
import { listVersions, type VersionList } from '../../api/versions'
import { onVersionsChanged } from '../../commands/version-commands'

export type VersionListState =
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; list: VersionList }

export function useVersionList(mapId: string): { state: VersionListState; reload(): void } {
  const [state, setState] = useState<VersionListState>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((n) => n + 1), [])
  useEffect(() => onVersionsChanged(reload), [reload])
  useEffect(() => {
    let current = true
    listVersions(mapId).then(
      (list) => current && setState({ status: 'ready', list }),
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
  }, [mapId, generation])
  return { state, reload }
}
