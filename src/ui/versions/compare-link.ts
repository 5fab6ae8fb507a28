// Links to the compare view: `/compare?a=<mapId>[~<versionId>]&b=<mapId>[~<versionId>]`, each
// side a map as it is now or one of its versions.

import { parseMapIdSegment } from '../../domain/map-id'
import { parseVersionId } from '../../domain/versions/version'

export interface CompareSide {
  mapId: string
  /** Absent: the map as it is now. */
  versionId?: number
}

const sideParam = (side: CompareSide) =>
  side.versionId === undefined ? side.mapId : `${side.mapId}~${side.versionId}`

export function compareHref(a: CompareSide, b: CompareSide): string {
  return `/compare?a=${encodeURIComponent(sideParam(a))}&b=${encodeURIComponent(sideParam(b))}`
}

function parseSide(value: string | null): CompareSide | null {
  if (!value) return null
  const [mapPart = '', versionPart] = value.split('~')
  const map = parseMapIdSegment(mapPart)
  if (!map.ok) return null
  if (versionPart === undefined) return { mapId: map.id }
  const version = parseVersionId(versionPart)
  return version.ok ? { mapId: map.id, versionId: version.value } : null
}

/** Both sides of a compare URL, or null when it is not one. */
export function compareSides(pathname: string, search: string): [CompareSide, CompareSide] | null {
  if (!/^\/compare\/?$/.test(pathname)) return null
  const params = new URLSearchParams(search)
  const a = parseSide(params.get('a'))
  const b = parseSide(params.get('b'))
  return a && b ? [a, b] : null
}
