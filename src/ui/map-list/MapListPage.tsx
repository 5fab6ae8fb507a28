import { useEffect, useState } from 'react'
import { createMap, listMaps, type MapSummary } from '../../api/maps'
import { navigate } from '../../app/navigation'

export function MapListPage() {
  const [maps, setMaps] = useState<MapSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    listMaps().then(setMaps, (e: Error) => setError(e.message))
  }, [])

  async function create() {
    try {
      const map = await createMap({ title: 'Untitled journey' })
      navigate(`/m/${map.id}`)
    } catch (e) {
      setError((e as Error).message)
    }
  }

  return (
    <main className="map-list">
      <header className="map-list__header">
        <h1>Trailmap</h1>
        <button type="button" className="button button--primary" onClick={() => void create()}>
          New map
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      {maps === null ? (
        <p>Loading…</p>
      ) : maps.length === 0 ? (
        <p className="map-list__empty">No maps yet. Create the first one.</p>
      ) : (
        <ul className="map-list__items">
          {maps.map((map) => (
            <li key={map.id}>
              <a
                href={`/m/${map.id}`}
                onClick={(e) => (e.preventDefault(), navigate(`/m/${map.id}`))}
              >
                {map.title || 'Untitled journey'}
              </a>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
