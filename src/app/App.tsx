import { useEffect, useState } from 'react'
import { MapListPage } from '../ui/map-list/MapListPage'
import { MapPage } from './MapPage'
import { mapIdFromPath } from '../ui/navigation'

export function App() {
  const [pathname, setPathname] = useState(window.location.pathname)
  useEffect(() => {
    const onPop = () => setPathname(window.location.pathname)
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const mapId = mapIdFromPath(pathname)
  return mapId ? <MapPage key={mapId} mapId={mapId} /> : <MapListPage />
}
