// What the inspector shows, computed from the map without React: which kind of record an id
// names, a one-line summary of a mixed selection, the phase a deleted phase's cards move to.

import type { Peer } from '../../collab/presence'
import type { Messages } from '../../domain/i18n'
import { listOf } from '../../domain/kinds/collections'
import { defaultRegistry } from '../../domain/kinds/registry'
import type { Id, JourneyMap, Phase } from '../../domain/types'
import { kindOfId } from '../../state/selectors'

/** The kind's name (`touchpoint`, `phase`, …) of the record with this id, or null. */
export function recordKind(map: JourneyMap, id: Id): string | null {
  return kindOfId(map, id)?.name ?? null
}

/** The one selected id, or null when none or several are selected. */
export function singleSelected(selection: ReadonlySet<string>): string | null {
  if (selection.size !== 1) return null
  return selection.values().next().value ?? null
}

/** Selected records by kind name; ids the map no longer holds are skipped. Costs O(selection). */
export type SelectionCounts = Readonly<Record<string, number>>

export function countSelection(map: JourneyMap, selection: Iterable<string>): SelectionCounts {
  const counts: Record<string, number> = {}
  for (const kind of defaultRegistry.kinds) counts[kind.name] = 0
  for (const id of selection) {
    const kind = kindOfId(map, id)
    if (kind) counts[kind.name] = (counts[kind.name] ?? 0) + 1
  }
  return counts
}

/** "3 touchpoints", "1 connection", in the messages' words for the kind. */
export function plural(count: number, kindName: string, messages: Messages): string {
  const counts: Readonly<Record<string, ((n: number) => string) | undefined>> =
    messages.vocabulary.kindCounts
  const message = Object.hasOwn(counts, kindName) ? counts[kindName] : undefined
  // A kind the catalogue does not know yet still reads as a count: "3 widget".
  return message ? message(count) : `${count} ${kindName}` // i18n-exempt: fallback for a new kind
}

const countsByMap = new WeakMap<JourneyMap, { messages: Messages; counts: string }>()

/**
 * "5 phases · 12 touchpoints · …" as one string, so the panel re-renders only when a count does.
 * Worked out once per map: the selector runs on every store update (a colleague's cursor moving
 * too), and counting every kind of a 2,000-card map each time cost milliseconds.
 */
export function countsOf(map: JourneyMap, messages: Messages): string {
  const hit = countsByMap.get(map)
  if (hit?.messages === messages) return hit.counts
  const counts = defaultRegistry.kinds
    .map((kind) => plural(listOf(map, kind).length, kind.name, messages))
    .join('\n')
  countsByMap.set(map, { messages, counts })
  return counts
}

/** "3 touchpoints, 1 note selected"; "Nothing selected" for no counts. Kinds in registry order. */
export function describeSelection(counts: SelectionCounts, messages: Messages): string {
  const parts = defaultRegistry.kinds
    .filter((kind) => (counts[kind.name] ?? 0) > 0)
    .map((kind) => plural(counts[kind.name] ?? 0, kind.name, messages))
  const { summary, nothing } = messages.inspector.selection
  return parts.length === 0 ? nothing : summary(parts.join(', '))
}

/**
 * Where the cards of a deleted phase go: the phase before it, or the one after it for the first
 * phase (the same rule as the Delete command), or null for the only phase.
 */
export function neighbourPhase(map: JourneyMap, id: Id): Phase | null {
  const index = map.phases.findIndex((phase) => phase.id === id)
  if (index === -1) return null
  return map.phases[index - 1] ?? map.phases[index + 1] ?? null
}

export function touchpointsInPhase(map: JourneyMap, phaseId: Id): number {
  let count = 0
  for (const touchpoint of Object.values(map.touchpoints)) {
    if (touchpoint.phaseId === phaseId) count += 1
  }
  return count
}

export interface PeerTag {
  name: string
  color: string
}

/**
 * The colleagues who have `id` selected, as a JSON string: a primitive, so a component selecting
 * it re-renders only when that list changes, not on every cursor move. Read it with parsePeerTags.
 */
export function peersSelectingKey(peers: readonly Peer[], id: Id): string {
  const tags: PeerTag[] = []
  for (const peer of peers) {
    if (peer.selection.includes(id)) tags.push({ name: peer.user.name, color: peer.user.color })
  }
  return JSON.stringify(tags)
}

export function parsePeerTags(key: string): PeerTag[] {
  return JSON.parse(key) as PeerTag[]
}
