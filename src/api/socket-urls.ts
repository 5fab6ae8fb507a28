// The websocket endpoints, on the same origin that served the page. Kept apart from maps.ts so
// the page's first script (src/app/boot.ts) can use them without the rest of the API client.

/** The sync endpoint on the same origin that served the page. */
export function syncUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/sync`
}

/** The workshop doc's endpoint (comments, votes): `/workshop/<mapId>`. */
export function workshopUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/workshop`
}
