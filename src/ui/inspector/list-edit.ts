// Pure edits of the string lists a touchpoint holds (pain points, opportunities, tags). Each one
// returns the same array when nothing changes, so an edit that changes nothing writes nothing.

/** Replaces the item at `index`; an index a colleague's edit removed leaves the list as it is. */
export function replaceAt(
  items: readonly string[],
  index: number,
  value: string,
): readonly string[] {
  if (index < 0 || index >= items.length || items[index] === value) return items
  return items.with(index, value)
}

/** Inserts `value` before `index` (clamped to the list, so a large index appends). */
export function insertAt(
  items: readonly string[],
  index: number,
  value: string,
): readonly string[] {
  const at = Math.min(Math.max(index, 0), items.length)
  return items.toSpliced(at, 0, value)
}

export function removeAt(items: readonly string[], index: number): readonly string[] {
  if (index < 0 || index >= items.length) return items
  return items.toSpliced(index, 1)
}

export const MAX_TAG_LENGTH = 40

/** A tag as typed, tidied: no leading '#', single spaces, trimmed, at most MAX_TAG_LENGTH long. */
export function normaliseTag(raw: string): string {
  const tidy = raw.replace(/\s+/g, ' ').trim().replace(/^#+/, '').trim()
  return Array.from(tidy).slice(0, MAX_TAG_LENGTH).join('').trim()
}

/**
 * Adds the tags in `raw` (comma-separated), skipping empty ones and ones already there in any
 * letter case.
 */
export function addTags(tags: readonly string[], raw: string): readonly string[] {
  const seen = new Set(tags.map((tag) => tag.toLocaleLowerCase()))
  const added: string[] = []
  for (const part of raw.split(',')) {
    const tag = normaliseTag(part)
    const key = tag.toLocaleLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    added.push(tag)
  }
  return added.length === 0 ? tags : [...tags, ...added]
}

export function removeTag(tags: readonly string[], tag: string): readonly string[] {
  const index = tags.indexOf(tag)
  return index === -1 ? tags : tags.toSpliced(index, 1)
}
