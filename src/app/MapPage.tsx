import { useEffect, useSyncExternalStore } from 'react'
import type { MapSession } from '../collab/session'
import { holdSession, sessionFor } from './session-cache'

export function MapPage({ mapId }: { mapId: string }) {
  const session = sessionFor(mapId)
  useEffect(() => holdSession(mapId), [mapId])
  return <MapSummaryView session={session} />
}

function MapSummaryView({ session }: { session: MapSession }) {
  const map = useSyncExternalStore(session.subscribe, session.getMap)
  const connection = useSyncExternalStore(session.onConnection, session.connection)
  return (
    <main className="map-list">
      <h1 data-testid="map-title">{map.meta.title || 'Untitled journey'}</h1>
      <p data-testid="connection">{connection.state}</p>
      <p>
        {map.phases.length} phases, {Object.keys(map.touchpoints).length} touchpoints
      </p>
    </main>
  )
}
