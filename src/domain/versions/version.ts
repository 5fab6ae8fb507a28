// A saved version of a map, as the server lists it and the editor shows it: a label, who saved it
// and when, whether a person named it or the server kept it automatically, and its counts (the
// same counts as the map list's summary). The state itself stays on the server; the editor asks
// for a version's content in the JSON format when it previews, compares or restores it.

export const VERSION_KINDS = ['named', 'auto', 'before-restore'] as const
/**
 * `named`: saved by a person, kept forever. `auto`: kept by the server when the last person left
 * after changes, or hourly while the map is edited. `before-restore`: the state a restore replaced,
 * saved first so that a restore can itself be undone. The last two expire after the retention
 * period (TRAILMAP_VERSION_RETENTION_DAYS).
 */
export type VersionKind = (typeof VERSION_KINDS)[number]

export interface VersionInfo {
  /** Positive integer, unique on the server, growing with time. */
  readonly id: number
  readonly label: string
  readonly kind: VersionKind
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  /** The display name of whoever saved it, when known (there are no accounts). */
  readonly author: string | null
  /** Records per collection plus tallies (`painPoints`), as in the map summary. */
  readonly counts: Readonly<Record<string, number>>
}

export const MAX_VERSION_LABEL = 120
export const MAX_AUTHOR_NAME = 60

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** A label for a named version: trimmed, 1–120 characters, no control characters. */
export function parseVersionLabel(value: unknown): Parsed<string> {
  if (typeof value !== 'string') return { ok: false, error: 'label must be a string' }
  const label = value.trim()
  if (label.length === 0) return { ok: false, error: 'label must not be empty' }
  if ([...label].length > MAX_VERSION_LABEL) {
    return { ok: false, error: `label must be at most ${MAX_VERSION_LABEL} characters` }
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(label)) {
    return { ok: false, error: 'label must not contain control characters' }
  }
  return { ok: true, value: label }
}

/** A display name sent along with a save or a restore: optional, cut to length, never an error. */
export function cleanAuthor(value: unknown): string | null {
  if (typeof value !== 'string') return null
  // eslint-disable-next-line no-control-regex
  const name = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim()
  return name ? [...name].slice(0, MAX_AUTHOR_NAME).join('') : null
}

/** A version id from a URL segment or a body: a positive safe integer written in digits. */
export function parseVersionId(value: unknown): Parsed<number> {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^[1-9][0-9]{0,15}$/.test(text)) {
    return { ok: false, error: 'a version id is a positive whole number' }
  }
  const id = Number(text)
  return Number.isSafeInteger(id)
    ? { ok: true, value: id }
    : { ok: false, error: 'version id too large' }
}

type Fields = Record<string, unknown>
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A version as the API sends it, checked (the editor never renders an unchecked value). */
export function parseVersionInfo(value: unknown): VersionInfo | null {
  if (!isObject(value)) return null
  const { id, label, kind, createdAt, author, counts } = value
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return null
  if (typeof label !== 'string' || typeof kind !== 'string') return null
  if (!(VERSION_KINDS as readonly string[]).includes(kind)) return null
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return null
  if (author !== null && typeof author !== 'string') return null
  if (!isObject(counts)) return null
  const cleanCounts: Record<string, number> = {}
  for (const [key, n] of Object.entries(counts)) {
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) {
      Object.defineProperty(cleanCounts, key, { value: n, enumerable: true })
    }
  }
  return { id, label, kind: kind as VersionKind, createdAt, author, counts: cleanCounts }
}

/** Automatic versions (and the state a restore replaced) expire; named versions never do. */
export const expires = (kind: VersionKind) => kind !== 'named'
