// The map title has one length limit everywhere (New-map dialog, inline rename, inspector, API,
// imports, peers' writes), so the map list never has to show a novel.

/** Longest map title, in characters (code points). */
export const MAX_TITLE_LENGTH = 200

// Line breaks and other control characters would break the list layout and log lines.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g

/**
 * A title as it may be stored: control characters (line breaks included) become spaces and it
 * is cut to MAX_TITLE_LENGTH. Not trimmed: people type spaces between words one key at a time.
 */
export function cleanTitle(title: string): string {
  const flat = title.replace(CONTROL_CHARACTERS, ' ')
  const points = Array.from(flat)
  return points.length <= MAX_TITLE_LENGTH ? flat : points.slice(0, MAX_TITLE_LENGTH).join('')
}

/**
 * `title` when no map in `taken` has it (ignoring case), else "title (imported)", then
 * "title (imported 2)", …, shortened so the result stays within the limit.
 */
export function distinctTitle(title: string, taken: Iterable<string>, note = 'imported'): string {
  const used = new Set([...taken].map((t) => t.trim().toLocaleLowerCase()))
  const base = cleanTitle(title).trim()
  if (!used.has(base.toLocaleLowerCase())) return base
  for (let n = 1; ; n += 1) {
    const suffix = ` (${note}${n === 1 ? '' : ` ${n}`})`
    const room = MAX_TITLE_LENGTH - Array.from(suffix).length
    const candidate = `${Array.from(base).slice(0, room).join('').trim()}${suffix}`
    if (!used.has(candidate.toLocaleLowerCase())) return candidate
  }
}
