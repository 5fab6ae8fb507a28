// Map ids appear in URLs (/m/<id>, /sync/<id>, /api/maps/<id>) and in log lines, so they are held
// to a stricter alphabet than record ids inside a map. The one definition for client and server.

export const MAP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export function isValidMapId(value: string): boolean {
  return MAP_ID_PATTERN.test(value)
}

/**
 * A map id from one URL path segment (still percent-encoded): the decoded id, or why it is not
 * one. Never throws, so every caller answers a bad segment the same way.
 */
export function parseMapIdSegment(
  segment: string,
): { ok: true; id: string } | { ok: false; error: string } {
  let id: string
  try {
    id = decodeURIComponent(segment)
  } catch {
    return { ok: false, error: 'the map id is not valid URL encoding' }
  }
  if (!isValidMapId(id)) return { ok: false, error: `"${id.slice(0, 80)}" is not a valid map id` }
  return { ok: true, id }
}
