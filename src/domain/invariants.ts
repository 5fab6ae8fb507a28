// What every JourneyMap produced by the operations or by restore satisfies. Tests assert it after
// random edits; collab can run it on a snapshot built from a Y.Doc to catch a layout bug early.
// It asks each kind of the registry: do the fields pass their rules, would normalise change the
// record, would resolve repair its references — a valid map needs none of that.

import { listOf } from './kinds/collections'
import { defaultRegistry, type KindRegistry } from './kinds/registry'
import type { AnyKind } from './kinds/kind'
import { META_RULES, fieldProblems, type Rule } from './rules'
import type { JourneyMap } from './types'

type Report = (message: string) => void

function checkFields(
  label: string,
  rules: Readonly<Record<string, Rule>>,
  record: object,
  report: Report,
): void {
  const problems = fieldProblems(
    rules,
    record as Readonly<Record<string, unknown>>,
    Object.keys(rules),
  )
  for (const p of problems) report(`${label}: ${p.path} ${p.message}`)
}

function checkKind(map: JourneyMap, kind: AnyKind, seen: Set<string>, report: Report): void {
  const collection = (map as unknown as Readonly<Record<string, unknown>>)[kind.collection]
  if (collection === undefined) return
  if (!kind.ordered) {
    for (const [key, record] of Object.entries(collection as Record<string, { id: string }>)) {
      if (record.id !== key) report(`${kind.name} stored under "${key}" has id "${record.id}"`)
    }
  }
  const scratch = new Map<string, unknown>()
  listOf(map, kind).forEach((record, index) => {
    const label = kind.ordered ? `${kind.name} ${index}` : `${kind.name} "${record.id}"`
    checkFields(label, kind.fields as Readonly<Record<string, Rule>>, record, report)
    if (seen.has(record.id)) report(`id "${record.id}" is used twice`)
    seen.add(record.id)
    const messages: string[] = []
    const normalised = kind.normalise?.(record, (message) => messages.push(message)) ?? record
    if (normalised !== record) {
      report(messages[0] ?? `${kind.name} "${record.id}" holds a value out of range`)
    }
    const resolution = kind.resolve?.(record, map, { index, scratch })
    if (resolution?.repair !== undefined) report(resolution.repair)
  })
}

function hasNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true
  if (typeof value !== 'object' || value === null) return false
  return Object.values(value).some(hasNegativeZero)
}

/** Every broken invariant, as a sentence; empty for a valid map. */
export function checkInvariants(map: JourneyMap, registry = defaultRegistry): string[] {
  const messages: string[] = []
  const report: Report = (message) => messages.push(message)
  checkFields('meta', META_RULES, map.meta, report)
  const seen = new Set<string>()
  for (const kind of (registry as KindRegistry).kinds) checkKind(map, kind, seen, report)
  // JSON turns -0 into 0, so a map holding it would not survive a save unchanged.
  if (hasNegativeZero(map)) report('the map holds -0')
  return messages
}
