// The open map's versions, fetched when the panel opens and again whenever a command saved or
// restored one (or the server may have kept an automatic one: on every open).

import { useCallback, useEffect, useState } from 'react'
import { listVersions, type VersionList } from '../../api/versions'
import { onVersionsChanged } from '../../commands/version-commands'
import { useLoaded, type Loaded } from './use-loaded'

export function useVersionList(mapId: string): { state: Loaded<VersionList>; reload(): void } {
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((n) => n + 1), [])
  useEffect(() => onVersionsChanged(reload), [reload])
  const state = useLoaded(`${mapId}:${generation}`, () => listVersions(mapId))
  return { state, reload }
}
