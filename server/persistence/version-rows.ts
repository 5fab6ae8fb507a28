// Rows of the versions table and the maps' origin column, read back the same way by every
// backend: through the domain's parsers, so a damaged value lists nothing wrong (a version with
// unreadable counts shows none; an unreadable origin is no origin).

import { parseVersionInfo, type VersionInfo } from '../../src/domain/versions/version'
import type { MapOrigin } from './storage'

export interface VersionRow {
  id: number | string
  label: string
  kind: string
  author: string | null
  counts: string
  created_at: number | string
}

export function versionFromRow(row: VersionRow): VersionInfo {
  const info = parseVersionInfo({
    id: Number(row.id),
    label: row.label,
    kind: row.kind,
    createdAt: Number(row.created_at),
    author: row.author,
    counts: parseJson(row.counts) ?? {},
  })
  if (!info) throw new Error(`version ${String(row.id)} is stored damaged`)
  return info
}

export function originToJson(origin: MapOrigin): string {
  return JSON.stringify({ mapId: origin.mapId, versionId: origin.versionId, label: origin.label })
}

export function originFromJson(text: string | null): MapOrigin | null {
  const value = parseJson(text)
  if (typeof value !== 'object' || value === null) return null
  const { mapId, versionId, label } = value as Record<string, unknown>
  if (typeof mapId !== 'string' || typeof label !== 'string') return null
  if (typeof versionId !== 'number' || !Number.isSafeInteger(versionId)) return null
  return { mapId, versionId, label }
}

function parseJson(text: string | null): unknown {
  if (text === null) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}
