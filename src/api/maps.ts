// The browser's client for the server's JSON API (server/http/api.ts). Failures throw an Error
// whose message is the server's own sentence, so the page can show it as it is.

export interface MapSummary {
  id: string
  title: string
  createdAt: number
  updatedAt: number
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response
  try {
    res = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...init?.headers },
    })
  } catch {
    throw new Error('The server cannot be reached. Check the connection and try again.')
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    throw new Error(body.error ?? `${res.status} ${res.statusText}`)
  }
  return (res.status === 204 ? undefined : await res.json()) as T
}

const mapPath = (id: string) => `/api/maps/${encodeURIComponent(id)}`

export const listMaps = () => request<{ maps: MapSummary[] }>('/api/maps').then((r) => r.maps)

/** Creates a map; with a template the server seeds its content before answering. */
export const createMap = (body: { title?: string; template?: string }) =>
  request<MapSummary>('/api/maps', { method: 'POST', body: JSON.stringify(body) })

/** Copies the map's current content into a new map ("Copy of …" unless a title is given). */
export const duplicateMap = (id: string, title?: string) =>
  request<MapSummary>(`${mapPath(id)}/duplicate`, {
    method: 'POST',
    body: JSON.stringify(title === undefined ? {} : { title }),
  })

/** Renames the map; editors that have it open see the new title at once. */
export const renameMap = (id: string, title: string) =>
  request<MapSummary>(mapPath(id), { method: 'PATCH', body: JSON.stringify({ title }) })

export const deleteMap = (id: string) => request<void>(mapPath(id), { method: 'DELETE' })

/** The sync endpoint on the same origin that served the page. */
export function syncUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/sync`
}
