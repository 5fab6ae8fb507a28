// Map access tokens known to this browser, per map id, in localStorage. A share link carries its
// token in the URL fragment (`/m/<id>#token=…`), which never reaches the server, proxies or the
// Referer header; the page stores it and removes it from the address bar.

import type { AccessRole } from '../domain/access-role'

export interface MapTokens {
  edit?: string
  /** Comment and vote, never change the map. */
  comment?: string
  view?: string
  /** From a share link, before the server has said which role it grants. */
  link?: string
}

const KEY = 'trailmap:tokens'

function readAll(): Record<string, MapTokens> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown
    return typeof value === 'object' && value !== null ? (value as Record<string, MapTokens>) : {}
  } catch {
    return {}
  }
}

function writeAll(all: Record<string, MapTokens>) {
  try {
    localStorage.setItem(KEY, JSON.stringify(all))
  } catch {
    // Private mode or a full quota: tokens last for this page only.
  }
}

export function tokensFor(mapId: string): MapTokens {
  return Object.hasOwn(readAll(), mapId) ? (readAll()[mapId] ?? {}) : {}
}

/** The strongest token this browser holds for the map. */
export function bestToken(mapId: string): string | undefined {
  const tokens = tokensFor(mapId)
  return tokens.edit ?? tokens.link ?? tokens.comment ?? tokens.view
}

export function rememberTokens(mapId: string, tokens: MapTokens) {
  const all = readAll()
  const merged: MapTokens = { ...all[mapId] }
  for (const [key, value] of Object.entries(tokens) as [keyof MapTokens, string | undefined][]) {
    if (value) merged[key] = value
  }
  Object.defineProperty(all, mapId, {
    value: merged,
    enumerable: true,
    configurable: true,
    writable: true,
  })
  writeAll(all)
}

export function forgetTokens(mapId: string) {
  const all = readAll()
  delete all[mapId]
  writeAll(all)
}

export function allTokens(): string[] {
  const tokens = new Set<string>()
  for (const entry of Object.values(readAll())) {
    for (const token of [entry.edit, entry.link, entry.comment, entry.view]) {
      if (token) tokens.add(token)
    }
  }
  return [...tokens]
}

/** Moves a `#token=` from the address bar into storage. */
export function captureTokenFromLocation(mapId: string | null) {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)
  if (!match?.[1] || !mapId) return
  rememberTokens(mapId, { link: match[1] })
  window.history.replaceState(null, '', window.location.pathname + window.location.search)
}

/** Once the server has named the role of a link token, file it under that role. */
export function settleLinkToken(
  mapId: string,
  role: AccessRole,
  viewToken?: string,
  commentToken?: string,
) {
  const tokens = tokensFor(mapId)
  const all = readAll()
  const settled: MapTokens = { ...tokens }
  if (tokens.link) {
    settled[role] = tokens.link
    delete settled.link
  }
  if (viewToken) settled.view = viewToken
  if (commentToken) settled.comment = commentToken
  Object.defineProperty(all, mapId, {
    value: settled,
    enumerable: true,
    configurable: true,
    writable: true,
  })
  writeAll(all)
}

export function shareLink(mapId: string, token: string | undefined): string {
  const base = `${window.location.origin}/m/${encodeURIComponent(mapId)}`
  return token ? `${base}#token=${token}` : base
}
