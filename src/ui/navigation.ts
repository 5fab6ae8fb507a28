// Routing without a router library: `/` is the map list, `/m/<mapId>` one map.

export function mapIdFromPath(pathname: string): string | null {
  const match = /^\/m\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname)
  return match?.[1] ?? null
}

export function navigate(path: string) {
  window.history.pushState(null, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
}
