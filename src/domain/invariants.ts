// What every JourneyMap produced by the operations or by restore satisfies. Tests assert it after
// random edits; collab can run it on a snapshot built from a Y.Doc to catch a layout bug early.

import { MIN_NOTE_SIZE, MIN_PHASE_WIDTH } from './defaults'
import {
  EDGE_RULES,
  META_RULES,
  NOTE_RULES,
  PHASE_RULES,
  TOUCHPOINT_RULES,
  fieldProblems,
  type Rule,
} from './rules'
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

function checkRecords(
  kind: string,
  records: Readonly<Record<string, { readonly id: string }>>,
  rules: Readonly<Record<string, Rule>>,
  report: Report,
): void {
  for (const [key, record] of Object.entries(records)) {
    if (record.id !== key) report(`${kind} stored under "${key}" has id "${record.id}"`)
    checkFields(`${kind} "${key}"`, rules, record, report)
  }
}

function checkUniqueIds(map: JourneyMap, report: Report): void {
  const seen = new Set<string>()
  const ids = [
    ...map.phases.map((phase) => phase.id),
    ...Object.keys(map.touchpoints),
    ...Object.keys(map.edges),
    ...Object.keys(map.notes),
  ]
  for (const id of ids) {
    if (seen.has(id)) report(`id "${id}" is used twice`)
    seen.add(id)
  }
}

function checkReferences(map: JourneyMap, report: Report): void {
  const phaseIds = new Set(map.phases.map((phase) => phase.id))
  for (const t of Object.values(map.touchpoints)) {
    if (t.phaseId !== null && !phaseIds.has(t.phaseId)) {
      report(`touchpoint "${t.id}" is in missing phase "${t.phaseId}"`)
    }
  }
  const pairs = new Set<string>()
  for (const e of Object.values(map.edges)) {
    if (!Object.hasOwn(map.touchpoints, e.source)) report(`edge "${e.id}" has missing source`)
    if (!Object.hasOwn(map.touchpoints, e.target)) report(`edge "${e.id}" has missing target`)
    if (e.source === e.target) report(`edge "${e.id}" is a self-loop`)
    const pair = JSON.stringify([e.source, e.target])
    if (pairs.has(pair)) report(`edge "${e.id}" duplicates another edge`)
    pairs.add(pair)
  }
}

function checkSizes(map: JourneyMap, report: Report): void {
  for (const phase of map.phases) {
    if (phase.width < MIN_PHASE_WIDTH) report(`phase "${phase.id}" is narrower than the minimum`)
  }
  for (const note of Object.values(map.notes)) {
    const { width, height } = note.size
    if (width < MIN_NOTE_SIZE.width || height < MIN_NOTE_SIZE.height) {
      report(`note "${note.id}" is smaller than the minimum`)
    }
  }
}

function hasNegativeZero(value: unknown): boolean {
  if (Object.is(value, -0)) return true
  if (typeof value !== 'object' || value === null) return false
  return Object.values(value).some(hasNegativeZero)
}

/** Every broken invariant, as a sentence; empty for a valid map. */
export function checkInvariants(map: JourneyMap): string[] {
  const messages: string[] = []
  const report: Report = (message) => messages.push(message)
  checkFields('meta', META_RULES, map.meta, report)
  map.phases.forEach((phase, i) => checkFields(`phase ${i}`, PHASE_RULES, phase, report))
  checkRecords('touchpoint', map.touchpoints, TOUCHPOINT_RULES, report)
  checkRecords('edge', map.edges, EDGE_RULES, report)
  checkRecords('note', map.notes, NOTE_RULES, report)
  checkUniqueIds(map, report)
  checkReferences(map, report)
  checkSizes(map, report)
  // JSON turns -0 into 0, so a map holding it would not survive a save unchanged.
  if (hasNegativeZero(map)) report('the map holds -0')
  return messages
}
