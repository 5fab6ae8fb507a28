// "What changed since" in words: the records diff (diff.ts) as a list a person reads, grouped by
// what happened (added, removed, changed), each entry with its kind's noun, the record's name
// and the changed fields in plain words ("title", "phase", "pain points") in the language of the
// messages given, plus the marks the canvas draws on changed and added records.

import type { Messages } from '../i18n'
import type { AnyKind, BaseRecord } from '../kinds/kind'
import { defaultRegistry, type KindRegistry } from '../kinds/registry'
import type { Id } from '../types'
import type { MapDiff } from './diff'

export type ChangeStatus = 'added' | 'removed' | 'changed'

export interface ChangeEntry {
  readonly status: ChangeStatus
  /** The kind's name (`touchpoint`, `phase`…) and its noun for people, in the messages' language. */
  readonly kind: string
  readonly noun: string
  /** Null for a change that is not about one record (the map's title, the order of phases). */
  readonly id: Id | null
  readonly name: string
  /** Changed fields in words; empty for added and removed records. */
  readonly fields: readonly string[]
  /** What went with it: "and 2 connections" for a removed card whose steps went too. */
  readonly also?: string
  /** Who last changed it, when the server knows (the display name they edited under). */
  readonly by?: string
}

const NAME_FIELDS = ['title', 'name', 'label', 'text'] as const
const MAX_NAME = 60

type KindWords = Messages['versions']['kinds'][keyof Messages['versions']['kinds']]

/** The kind's words in the messages' language; a kind the catalogue does not know brings its own nouns. */
function wordsOf(kind: AnyKind, m: Messages): KindWords {
  const known = m.versions.kinds as Readonly<Record<string, KindWords>>
  if (Object.hasOwn(known, kind.name)) return known[kind.name]!
  const [one, many] = kind.nouns
  return {
    noun: one,
    untitled: m.versions.otherKind.untitled(one),
    order: m.versions.otherKind.order(many),
    also: (n: number) => m.versions.otherKind.also(n, one, many),
  }
}

/** A record's name for the list: its title, name, label or text, else `untitled`. */
export function recordName(record: BaseRecord, untitled: string): string {
  const fields = record as unknown as Readonly<Record<string, unknown>>
  for (const field of NAME_FIELDS) {
    const value = fields[field]
    if (typeof value === 'string' && value.trim()) {
      const text = value.trim().replace(/\s+/g, ' ')
      return [...text].length > MAX_NAME ? `${[...text].slice(0, MAX_NAME - 1).join('')}…` : text
    }
  }
  return untitled
}

/**
 * `painPoints` → "pain points", `laneId` → "lane" (in the messages' language); a field the
 * catalogue does not know is spelled out from its name.
 */
export function fieldWords(field: string, m: Messages): string {
  const known = m.versions.fields as Readonly<Record<string, string>>
  if (Object.hasOwn(known, field)) return known[field]!
  if (!/^[a-z][A-Za-z0-9]*$/.test(field)) return field
  return field
    .replace(/Ids?$/, (suffix) => (suffix === 'Ids' ? 's' : ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
}

export function changeEntries(
  diff: MapDiff,
  m: Messages,
  registry: KindRegistry = defaultRegistry,
): ChangeEntry[] {
  const out: ChangeEntry[] = []
  const words = (field: string) => fieldWords(field, m)
  if (diff.meta) {
    out.push({
      status: 'changed',
      kind: 'map',
      noun: m.versions.map.noun,
      id: null,
      name: diff.meta.after.title || m.versions.map.untitled,
      fields: diff.meta.fields.map(words),
    })
  }
  const removedIds = new Set<Id>()
  for (const change of Object.values(diff.kinds)) {
    for (const record of change.removed) removedIds.add(record.id)
  }
  // A step (edge) that went because a card at its end went is part of that card's removal.
  const goneWith = new Map<Id, { words: KindWords; n: number }>()
  const dependent = (record: BaseRecord, kind: AnyKind): boolean => {
    const fields = record as unknown as Readonly<Record<string, unknown>>
    const end = [fields['source'], fields['target']].find(
      (value): value is string => typeof value === 'string' && removedIds.has(value),
    )
    if (end === undefined) return false
    const count = goneWith.get(end) ?? { words: wordsOf(kind, m), n: 0 }
    goneWith.set(end, { ...count, n: count.n + 1 })
    return true
  }
  for (const kind of registry.kinds) {
    if (!Object.hasOwn(diff.kinds, kind.collection)) continue
    const change = diff.kinds[kind.collection]!
    const kindWords = wordsOf(kind, m)
    const entry = (status: ChangeStatus, record: BaseRecord, fields: readonly string[] = []) =>
      out.push({
        status,
        kind: kind.name,
        noun: kindWords.noun,
        id: record.id,
        name: recordName(record, kindWords.untitled),
        fields: fields.map(words),
      })
    for (const record of change.added) entry('added', record)
    for (const record of change.removed) if (!dependent(record, kind)) entry('removed', record)
    for (const { after, fields } of change.changed) entry('changed', after, fields)
    if (change.moved) out.push(orderEntry(kind, kindWords, words('order')))
  }
  return out.map((entry) => {
    const gone =
      entry.id === null || entry.status !== 'removed' ? undefined : goneWith.get(entry.id)
    if (!gone) return entry
    return { ...entry, also: gone.words.also(gone.n) }
  })
}

function orderEntry(kind: AnyKind, words: KindWords, order: string): ChangeEntry {
  return {
    status: 'changed',
    kind: kind.name,
    noun: words.noun,
    id: null,
    name: words.order,
    fields: [order],
  }
}

/** Per record id, whether the canvas marks it as added or changed (removed ones are not drawn). */
export function changeMarks(entries: readonly ChangeEntry[]): ReadonlyMap<Id, 'added' | 'changed'> {
  const marks = new Map<Id, 'added' | 'changed'>()
  for (const entry of entries) {
    if (entry.id !== null && entry.status !== 'removed') marks.set(entry.id, entry.status)
  }
  return marks
}
