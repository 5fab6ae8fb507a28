// Routing without a router library: `/` is the map list, `/m/<mapId>` one map.

import { parseMapIdSegment } from '../domain/map-id'

/** The map id of an editor path (`/m/<id>`, with or without a trailing slash), or null. */
export function mapIdFromPath(pathname: string): string | null {
  const match = /^\/m\/([^/]+)\/?$/.exec(pathname)
  if (!match) return null
  const parsed = parseMapIdSegment(match[1] ?? '')
  return parsed.ok ? parsed.id : null
}

export function navigate(path: string) {
  window.history.pushState(null, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
}
