// Map ids appear in URLs (/m/<id>, /sync/<id>, /api/maps/<id>) and log lines, so they are held to
// a stricter alphabet than record ids inside a map.
export const MAP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export function isValidMapId(value: string): boolean {
  return MAP_ID_PATTERN.test(value)
}
