// The browser's client for a map's versions (server/http/versions-api.ts). What the server sends
// is checked before the page shows it: versions through `parseVersionInfo`, a version's content
// through the JSON format's loader (the same one an imported file goes through). Its own failures
// are codes (`VersionsApiError`) the page words in its language.

import { parseMapFile } from '../domain/format'
import { messagesFor, type Messages } from '../domain/i18n'
import type { JourneyMap } from '../domain/types'
import { parseVersionInfo, type VersionInfo } from '../domain/versions/version'
import { bestToken } from './tokens'
import { keepTokens, mapPath, request, type CreatedMap, type MapSummary } from './maps'

export interface MapOrigin {
  mapId: string
  versionId: number
  label: string
}

export interface VersionList {
  versions: VersionInfo[]
  /** The map and version this map was made from, when it is a fork. */
  origin: MapOrigin | null
}

/** What went wrong on this page's side, by code: the caller words it (`versionsErrorText`). */
export type VersionsProblem = keyof Messages['versions']['errors']

export class VersionsApiError extends Error {
  constructor(readonly problem: VersionsProblem) {
    super(messagesFor('en').versions.errors[problem])
  }
}

/** An error of this client in the messages' words; the server's own sentences pass as they are. */
export function versionsErrorText(error: unknown, m: Messages): string {
  if (error instanceof VersionsApiError) return m.versions.errors[error.problem]
  return error instanceof Error ? error.message : String(error)
}

const versionsPath = (mapId: string) => `${mapPath(mapId)}/versions`

export async function listVersions(mapId: string): Promise<VersionList> {
  const body = await request<{ versions?: unknown; origin?: unknown }>(
    versionsPath(mapId),
    undefined,
    bestToken(mapId),
  )
  const versions = Array.isArray(body.versions) ? body.versions : []
  return {
    versions: versions.map(parseVersionInfo).filter((v): v is VersionInfo => v !== null),
    origin: parseOrigin(body.origin),
  }
}

function parseOrigin(value: unknown): MapOrigin | null {
  if (typeof value !== 'object' || value === null) return null
  const { mapId, versionId, label } = value as Record<string, unknown>
  if (typeof mapId !== 'string' || typeof versionId !== 'number' || typeof label !== 'string') {
    return null
  }
  return { mapId, versionId, label }
}

async function checkedVersion(promise: Promise<unknown>): Promise<VersionInfo> {
  const version = parseVersionInfo(await promise)
  if (!version) throw new VersionsApiError('unreadableVersion')
  return version
}

export const saveVersion = (mapId: string, label: string, author: string) =>
  checkedVersion(
    request(
      versionsPath(mapId),
      { method: 'POST', body: JSON.stringify({ label, author }) },
      bestToken(mapId),
    ),
  )

/** The map as it was at the version, loaded like an imported file (repairs included). */
export const fetchVersionMap = (mapId: string, versionId: number) =>
  fetchMapFile(`${versionsPath(mapId)}/${versionId}.json`, mapId)

/** The map as it is now (live edits included). */
export const fetchCurrentMap = (mapId: string) => fetchMapFile(`${mapPath(mapId)}.json`, mapId)

async function fetchMapFile(path: string, mapId: string): Promise<JourneyMap> {
  const token = bestToken(mapId)
  let res: Response
  try {
    res = await fetch(path, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  } catch {
    throw new VersionsApiError('unreachable')
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string }
    throw new Error(body.error ?? `${res.status} ${res.statusText}`)
  }
  const loaded = parseMapFile(await res.text())
  if (!loaded.ok) throw new VersionsApiError('unreadableMap')
  return loaded.map
}

export async function restoreVersion(
  mapId: string,
  versionId: number,
  author: string,
): Promise<{ restored: VersionInfo; before: VersionInfo }> {
  const body = await request<{ restored?: unknown; before?: unknown }>(
    `${versionsPath(mapId)}/${versionId}/restore`,
    { method: 'POST', body: JSON.stringify({ author }) },
    bestToken(mapId),
  )
  return {
    restored: await checkedVersion(Promise.resolve(body.restored)),
    before: await checkedVersion(Promise.resolve(body.before)),
  }
}

/** A new map holding the version, linked to it; this browser keeps the new map's tokens. */
export const forkVersion = (mapId: string, versionId: number, title?: string) =>
  request<CreatedMap>(
    `${versionsPath(mapId)}/${versionId}/fork`,
    { method: 'POST', body: JSON.stringify(title === undefined ? {} : { title }) },
    bestToken(mapId),
  ).then(keepTokens) as Promise<MapSummary>

/** Who last changed each record since the version, as far as the server knows: id → name. */
export async function fetchEditorsSince(
  mapId: string,
  versionId: number,
): Promise<ReadonlyMap<string, string>> {
  const body = await request<{ changes?: unknown }>(
    `${versionsPath(mapId)}/${versionId}/changes`,
    undefined,
    bestToken(mapId),
  )
  const editors = new Map<string, string>()
  for (const entry of Array.isArray(body.changes) ? body.changes : []) {
    const { id, by } = (entry ?? {}) as { id?: unknown; by?: unknown }
    if (typeof id === 'string' && typeof by === 'string') editors.set(id, by)
  }
  return editors
}
