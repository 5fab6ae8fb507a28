// The map's record (with the role this browser's token grants), asked for by the page's first
// script (src/app/boot.ts) while the editor's JavaScript is still loading. Asked for by the map
// page once it had mounted, the answer was read only after a big map had been drawn (the socket's
// message came first and took the main thread for a second at 2,000 cards), and the role then
// redrew every card's React Flow wrapper to make it draggable: another 0.3–0.5 s before the map
// answered the pointer (CPU profile of an open). Kept apart from maps.ts, which carries the error
// messages of every language, so the first script stays small.

/** An early answer nobody takes within this long is not used: the page asks again. */
const FRESH_MS = 10_000

/** The map's record on the server's API. */
export const mapPath = (id: string) => `/api/maps/${encodeURIComponent(id)}`

/** The headers of every API request: JSON, and the token when there is one. */
export function requestHeaders(token: string | undefined): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  }
}

interface EarlyAccess {
  path: string
  token: string | undefined
  at: number
  response: Promise<Response>
  /** The answer's body once it has arrived and said yes (2xx with JSON); undefined until then. */
  body: unknown
}

let early: EarlyAccess | null = null

/** Asks for the map's record now, for the map page to take (`takeEarlyAccess`) when it opens. */
export function requestAccessEarly(
  mapId: string,
  token: string | undefined,
  send: typeof fetch = fetch,
): void {
  const path = mapPath(mapId)
  const response = send(path, { headers: requestHeaders(token) })
  const entry: EarlyAccess = { path, token, at: performance.now(), response, body: undefined }
  early = entry
  // A copy is read, so whoever takes the answer still reads its body; a failure here is theirs to
  // report (and is not an unhandled rejection when nobody takes it).
  response
    .then((res) => (res.ok ? res.clone().json() : undefined))
    .then(
      (body: unknown) => {
        entry.body = body
      },
      () => undefined,
    )
}

function fresh(path: string, token: string | undefined): EarlyAccess | null {
  if (!early || early.path !== path || early.token !== token) return null
  if (performance.now() - early.at > FRESH_MS) {
    early = null
    return null
  }
  return early
}

/** The early answer's body when it has already arrived for this map and token; does not take it. */
export function earlyAccessBody(mapId: string, token: string | undefined): unknown {
  return fresh(mapPath(mapId), token)?.body
}

/** The early answer for `path` and `token`, handed over once; null when there is none. */
export function takeEarlyAccess(path: string, token: string | undefined): Promise<Response> | null {
  const entry = fresh(path, token)
  if (!entry) return null
  early = null
  return entry.response
}
