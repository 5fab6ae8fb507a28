import { useEffect, useState } from 'react'
import { MapListPage } from '../ui/map-list/MapListPage'
import { compareSides } from '../ui/versions/compare-link'
import { ComparePage } from '../ui/versions/ComparePage'
import { MapPage } from './MapPage'
import { mapIdFromPath } from '../ui/navigation'

export function App() {
  const [location, setLocation] = useState(() => ({
    pathname: window.location.pathname,
    search: window.location.search,
  }))
  useEffect(() => {
    const onPop = () =>
      setLocation({ pathname: window.location.pathname, search: window.location.search })
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const sides = compareSides(location.pathname, location.search)
  if (sides) return <ComparePage a={sides[0]} b={sides[1]} />
  const mapId = mapIdFromPath(location.pathname)
  return mapId ? <MapPage key={mapId} mapId={mapId} /> : <MapListPage />
}
