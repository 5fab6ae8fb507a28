// The browser's client for the server's JSON API (server/http/api.ts). Failures throw an Error
// whose message is the server's own sentence, so the page can show it as it is.

import { matchLocale, messagesFor, type Locale, type Messages } from '../domain/i18n'
import { isAccessRole, type AccessRole } from '../domain/access-role'
import { parseSummary, type MapSummary as ContentSummary } from '../domain/summary'
import { mapPath, requestHeaders, takeEarlyAccess, earlyAccessBody } from './early-access'
import { allTokens, bestToken, forgetTokens, rememberTokens } from './tokens'

export { mapPath }

export type { ContentSummary }

export interface MapSummary {
  id: string
  title: string
  createdAt: number
  updatedAt: number
  role?: AccessRole
  /** Counts and a layout thumbnail; null while the server has none (or it is not valid). */
  summary?: ContentSummary | null
}

export interface CreatedMap extends MapSummary {
  editToken?: string
  viewToken?: string
  commentToken?: string
}

export interface MapAccess extends MapSummary {
  role: AccessRole
  viewToken?: string
  commentToken?: string
}

/**
 * The messages of the page's language: the locale store keeps `<html lang>` up to date, and the
 * api layer reads nothing of the state layer.
 */
function pageMessages(): Messages {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang
  return messagesFor(matchLocale([lang]))
}

export function request<T>(path: string, init?: RequestInit, token?: string): Promise<T> {
  return answerOf<T>(
    fetch(path, { ...init, headers: { ...requestHeaders(token), ...init?.headers } }),
  )
}

/** The answer's JSON; an Error with the server's own sentence when it says no. */
async function answerOf<T>(sent: Promise<Response>): Promise<T> {
  let res: Response
  try {
    res = await sent
  } catch {
    throw new Error(pageMessages().errors.api.unreachable)
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    throw new Error(body.error ?? `${res.status} ${res.statusText}`)
  }
  return (res.status === 204 ? undefined : await res.json()) as T
}

/** The maps this browser holds tokens for (all maps when the server runs in open mode). */
export function listMaps(): Promise<MapSummary[]> {
  const query = allTokens()
    .slice(0, 100)
    .map((token) => `token=${encodeURIComponent(token)}`)
    .join('&')
  return request<{ maps: MapSummary[] }>(`/api/maps${query ? `?${query}` : ''}`).then((r) =>
    // Checked here: a summary the page cannot draw lists the map without a thumbnail.
    r.maps.map((map) => ({ ...map, summary: parseSummary(map.summary) })),
  )
}

/**
 * The map's record and what this browser's token allows (`role`, and `viewToken` for editors):
 * the answer to the page's first request when it asked for this map (src/app/boot.ts).
 */
export function getMapAccess(id: string): Promise<MapAccess> {
  const token = bestToken(id)
  const early = takeEarlyAccess(mapPath(id), token)
  return early ? answerOf<MapAccess>(early) : request<MapAccess>(mapPath(id), undefined, token)
}

/** The role the page's first request has already brought back for this map; undefined if none. */
export function earlyRole(id: string): MapAccess['role'] | undefined {
  const body: unknown = earlyAccessBody(id, bestToken(id))
  const role = typeof body === 'object' && body !== null ? (body as { role?: unknown }).role : null
  return isAccessRole(role) ? role : undefined
}

export function keepTokens(map: CreatedMap): MapSummary {
  rememberTokens(map.id, {
    ...(map.editToken ? { edit: map.editToken } : {}),
    ...(map.viewToken ? { view: map.viewToken } : {}),
    ...(map.commentToken ? { comment: map.commentToken } : {}),
  })
  return map
}

/**
 * Creates a map; with a template the server seeds its content before answering, in `locale` (the
 * interface language, so a German team starts from a German example).
 */
export const createMap = (body: { title?: string; template?: string; locale?: Locale }) =>
  request<CreatedMap>('/api/maps', { method: 'POST', body: JSON.stringify(body) }).then(keepTokens)

/** Copies the map's current content into a new map ("Copy of …" unless a title is given). */
export const duplicateMap = (id: string, title?: string) =>
  request<CreatedMap>(
    `${mapPath(id)}/duplicate`,
    { method: 'POST', body: JSON.stringify(title === undefined ? {} : { title }) },
    bestToken(id),
  ).then(keepTokens)

/** Renames the map; editors that have it open see the new title at once. */
export const renameMap = (id: string, title: string) =>
  request<MapSummary>(
    mapPath(id),
    { method: 'PATCH', body: JSON.stringify({ title }) },
    bestToken(id),
  )

export const deleteMap = (id: string) =>
  request<void>(mapPath(id), { method: 'DELETE' }, bestToken(id)).then(() => forgetTokens(id))
