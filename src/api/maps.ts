// The browser's client for the server's JSON API.

export interface MapSummary {
  id: string
  title: string
  createdAt: number
  updatedAt: number
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
  })
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    throw new Error(body.error ?? `${res.status} ${res.statusText}`)
  }
  return (res.status === 204 ? undefined : await res.json()) as T
}

export const listMaps = () => request<{ maps: MapSummary[] }>('/api/maps').then((r) => r.maps)

export const createMap = (body: { title: string; template?: string }) =>
  request<MapSummary>('/api/maps', { method: 'POST', body: JSON.stringify(body) })

export const deleteMap = (id: string) =>
  request<void>(`/api/maps/${encodeURIComponent(id)}`, { method: 'DELETE' })

/** The sync endpoint on the same origin that served the page. */
export function syncUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/sync`
}
