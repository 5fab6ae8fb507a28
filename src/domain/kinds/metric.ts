// Metric: a measured number on a phase or a touchpoint (NPS, CSAT, conversion rate, time on
// task, …), with an optional target. Several dated values of the same metric on the same place
// form a series (see `metric-status.ts`). A metric is on a touchpoint (`touchpointId`), else on a
// phase (`phaseId`), else unassigned; the operations never put it on both.
//
// When its place goes: deleting a touchpoint moves its metrics to that touchpoint's phase
// (unassigned when the card had none); deleting a phase does to its metrics what it does to its
// cards (deleted with them, moved to the phase the cards move to, or unassigned). A record that
// still points at something missing (a file, or a peer's edit from an older Trailmap) is resolved
// the same way as far as the map still knows: a vanished touchpoint falls back to the metric's
// `phaseId` when it names an existing phase, else the metric is kept unassigned — never dropped,
// so no measurement is lost. (The live mirror writes only changed fields, so a doc may hold a
// dangling touchpointId beside the phaseId a metric was since placed on: that reads as the phase.)

import { JourneyError } from '../errors'
import type { Messages } from '../i18n'
import { newId } from '../ids'
import {
  assertFields,
  assertFreshId,
  assertPatch,
  getOwn,
  patched,
  requireAll,
  requireRecord,
  withRecord,
  withoutRecords,
} from '../records'
import { idRule, oneOfRule, phaseRefRule, stringRule, type Rule } from '../rules'
import type { Id, JourneyMap } from '../types'
import { EVIDENCE_STATUSES, type EvidenceStatus } from '../vocabulary'
import { defineKind, type FieldRules } from './kind'
import { requirePhase } from './phase'
import { requireTouchpoint } from './touchpoint'
import { errors } from '../i18n/en/errors'

/** The domain writes its problems in English, from the catalogue (shown translated by problem-text). */
const P = errors.problems

export const METRIC_TYPES = [
  'nps',
  'csat',
  'ces',
  'conversion-rate',
  'drop-off-rate',
  'time-on-task',
  'custom',
] as const
export type MetricType = (typeof METRIC_TYPES)[number]

export const BETTER_DIRECTIONS = ['higher', 'lower'] as const
export type Better = (typeof BETTER_DIRECTIONS)[number]

/** Drop-off rate and time on task are better when lower; everything else when higher. */
export const DEFAULT_BETTER: Readonly<Record<MetricType, Better>> = {
  nps: 'higher',
  csat: 'higher',
  ces: 'higher',
  'conversion-rate': 'higher',
  'drop-off-rate': 'lower',
  'time-on-task': 'lower',
  custom: 'higher',
}

/** The unit a new metric of each type starts with (NPS is a score from −100 to 100). */
export const DEFAULT_UNIT: Readonly<Record<MetricType, string>> = {
  nps: '',
  csat: '%',
  ces: 'pts',
  'conversion-rate': '%',
  'drop-off-rate': '%',
  'time-on-task': 's',
  custom: '',
}

export interface Metric {
  readonly id: Id
  readonly type: MetricType
  /** The label: a custom metric's name, or one that overrides the type's (empty: the type's). */
  readonly name: string
  readonly value: number
  /** The value aimed at, or null without a target (no red/amber/green then). */
  readonly target: number | null
  /** Shown after the value: '%', 's', 'pts', … */
  readonly unit: string
  readonly better: Better
  /** When it was measured, `YYYY-MM-DD`, or '' when unknown. */
  readonly date: string
  /** Where the number comes from (a tool, a study, a report). */
  readonly source: string
  readonly note: string
  readonly phaseId: Id | null
  readonly touchpointId: Id | null
  /**
   * How sure the team is of it. A measured number is 'observed' by default; 'validated' once
   * checked, 'assumed' for an estimate.
   */
  readonly evidence: EvidenceStatus
  /** What the evidence is (one of EVIDENCE_SOURCES, or free text such as a URL). */
  readonly evidenceSource: string
}

export const DEFAULT_METRIC_EVIDENCE: EvidenceStatus = 'observed'

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

const finiteRule: Rule = (value, path, problems) => {
  if (!isFiniteNumber(value)) problems.push({ path, message: P.mustBeFinite })
}

const targetRule: Rule = (value, path, problems) => {
  if (value !== null && !isFiniteNumber(value)) {
    problems.push({ path, message: P.mustBeFiniteOrNull })
  }
}

/** A real calendar day written `YYYY-MM-DD` (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

const dateRule: Rule = (value, path, problems) => {
  if (typeof value !== 'string' || (value !== '' && !isIsoDate(value))) {
    problems.push({ path, message: P.mustBeDate })
  }
}

export const METRIC_RULES = {
  id: idRule,
  type: oneOfRule(METRIC_TYPES),
  name: stringRule,
  value: finiteRule,
  target: targetRule,
  unit: stringRule,
  better: oneOfRule(BETTER_DIRECTIONS),
  date: dateRule,
  source: stringRule,
  note: stringRule,
  phaseId: phaseRefRule,
  touchpointId: phaseRefRule,
  evidence: oneOfRule(EVIDENCE_STATUSES),
  evidenceSource: stringRule,
} as const satisfies FieldRules<Metric>

/** Unit and direction follow the type unless given. */
export function createMetric(partial: Partial<Metric> = {}): Metric {
  const type = partial.type ?? 'custom'
  return {
    id: partial.id ?? newId(),
    type,
    name: '',
    value: 0,
    target: null,
    unit: DEFAULT_UNIT[type] ?? '',
    better: DEFAULT_BETTER[type] ?? 'higher',
    date: '',
    source: '',
    note: '',
    phaseId: null,
    touchpointId: null,
    evidence: DEFAULT_METRIC_EVIDENCE,
    evidenceSource: '',
    ...partial,
  }
}

/** What people read: the name, else the type's label in the messages' language. */
export function metricLabel(metric: Pick<Metric, 'type' | 'name'>, messages: Messages): string {
  const name = metric.name.trim()
  const { metricTypes, metric: fallback } = messages.vocabulary
  return name !== '' ? name : (getOwn(metricTypes, metric.type) ?? fallback)
}

export const metricKind = defineKind<Metric>({
  name: 'metric',
  nouns: ['metric', 'metrics'],
  collection: 'metrics',
  ordered: false,
  fields: METRIC_RULES,
  file: { listRequired: false, requiredFields: ['id', 'value'] },
  // Not `unit` and `better`: their defaults follow the type.
  sparseFields: [
    'name',
    'target',
    'date',
    'source',
    'note',
    'phaseId',
    'touchpointId',
    'evidence',
    'evidenceSource',
  ],
  // Metrics arrived with format version 2: a version-1 file's `metrics` that is not a list of
  // records was another tool's data, kept aside as x-v1-metrics.
  since: 2,
  create: (partial) => createMetric(partial),
  dependsOn: ['phases', 'touchpoints'],
  readsDependencyIdsOnly: true,
  resolvesAlone: true,
  resolve(metric, map) {
    const { touchpointId, phaseId } = metric
    const name = `metric "${metric.id}"`
    const phaseExists = phaseId !== null && map.phases.some((phase) => phase.id === phaseId)
    if (touchpointId !== null) {
      if (Object.hasOwn(map.touchpoints, touchpointId)) {
        if (phaseId === null) return { record: metric }
        return {
          record: { ...metric, phaseId: null },
          repair: `${name} was on a touchpoint and a phase; it stays on touchpoint "${touchpointId}"`,
        }
      }
      const where = phaseExists ? `on phase "${phaseId}"` : 'unassigned'
      return {
        record: { ...metric, touchpointId: null, phaseId: phaseExists ? phaseId : null },
        repair: `${name} was on touchpoint "${touchpointId}", which does not exist; it is now ${where}`,
      }
    }
    if (phaseId !== null && !phaseExists) {
      return {
        record: { ...metric, phaseId: null },
        repair: `${name} was on phase "${phaseId}", which does not exist; it is now unassigned`,
      }
    }
    return { record: metric }
  },
  update: (map, id, patch) => updateMetric(map, id, patch),
  migrations: [],
})

const NO_METRICS: Readonly<Record<Id, Metric>> = Object.freeze({})

/** The map's metrics; a map built by hand (or by an older registry) may lack the collection. */
export function metricsOf(map: JourneyMap): Readonly<Record<Id, Metric>> {
  return (map as { metrics?: Readonly<Record<Id, Metric>> }).metrics ?? NO_METRICS
}

export function requireMetric(map: JourneyMap, id: Id): Metric {
  return requireRecord(metricsOf(map), id, 'unknown-metric', 'metric')
}

export type MetricPatch = Partial<Omit<Metric, 'id'>>

const ALL_FIELDS = Object.keys(METRIC_RULES)

function assertPlace(map: JourneyMap, metric: Pick<Metric, 'id' | 'phaseId' | 'touchpointId'>) {
  if (metric.touchpointId !== null && metric.phaseId !== null) {
    throw new JourneyError(
      'invalid-value',
      `metric "${metric.id}" is on a touchpoint or a phase, not both`,
    )
  }
  if (metric.touchpointId !== null) requireTouchpoint(map, metric.touchpointId)
  if (metric.phaseId !== null) requirePhase(map, metric.phaseId)
}

const withMetrics = (map: JourneyMap, metrics: Readonly<Record<Id, Metric>>): JourneyMap =>
  metrics === metricsOf(map) ? map : { ...map, metrics }

export function addMetric(map: JourneyMap, metric: Metric): JourneyMap {
  assertFields('metric', String(metric.id), METRIC_RULES, metric, ALL_FIELDS)
  assertFreshId(map, metric.id)
  assertPlace(map, metric)
  return withMetrics(map, withRecord(metricsOf(map), metric.id, metric))
}

/**
 * Changes some fields ('invalid-value' for a bad one). Setting `touchpointId` clears `phaseId`
 * and the other way round, so a metric moves between places with one field.
 */
export function updateMetric(map: JourneyMap, id: Id, patch: MetricPatch): JourneyMap {
  const metric = requireMetric(map, id)
  assertPatch('metric', metric, METRIC_RULES, patch)
  let clean: MetricPatch = patch
  const given = (value: Id | null | undefined) => value !== undefined && value !== null
  if (given(patch.touchpointId) && patch.phaseId === undefined) clean = { ...clean, phaseId: null }
  if (given(patch.phaseId) && patch.touchpointId === undefined) {
    clean = { ...clean, touchpointId: null }
  }
  const next = patched(metric, clean)
  if (next === metric) return map
  assertPlace(map, next)
  return withMetrics(map, withRecord(metricsOf(map), id, next))
}

export function deleteMetrics(map: JourneyMap, ids: Iterable<Id>): JourneyMap {
  const doomed = requireAll(ids, (id) => requireMetric(map, id))
  if (doomed.size === 0) return map
  return withMetrics(map, withoutRecords(metricsOf(map), doomed))
}

function mapMetrics(
  map: JourneyMap,
  change: (metric: Metric) => Metric | null,
): Readonly<Record<Id, Metric>> {
  const metrics = metricsOf(map)
  let changed = false
  const kept: [Id, Metric][] = []
  for (const [key, metric] of Object.entries(metrics)) {
    const next = change(metric)
    if (next !== metric) changed = true
    if (next !== null) kept.push([key, next])
  }
  return changed ? Object.fromEntries(kept) : metrics
}

/**
 * The metrics once these touchpoints are deleted from `map` (read before the deletion): theirs
 * move to the card's phase, or become unassigned when the card had none.
 */
export function metricsWithoutTouchpoints(
  map: JourneyMap,
  touchpointIds: ReadonlySet<Id>,
): Readonly<Record<Id, Metric>> {
  return mapMetrics(map, (metric) => {
    if (metric.touchpointId === null || !touchpointIds.has(metric.touchpointId)) return metric
    const phaseId = getOwn(map.touchpoints, metric.touchpointId)?.phaseId ?? null
    return { ...metric, touchpointId: null, phaseId }
  })
}

/**
 * The metrics once phase `phaseId` is deleted, as its cards go: 'delete' deletes the metrics on
 * the phase (call it after the cards' metrics have moved to the phase, so theirs go too), 'move'
 * moves them to `toPhaseId`, 'unassign' unassigns them.
 */
export function metricsWithoutPhase(
  map: JourneyMap,
  phaseId: Id,
  strategy: 'delete' | 'unassign' | { readonly toPhaseId: Id },
): Readonly<Record<Id, Metric>> {
  return mapMetrics(map, (metric) => {
    if (metric.phaseId !== phaseId) return metric
    if (strategy === 'delete') return null
    if (strategy === 'unassign') return { ...metric, phaseId: null }
    return { ...metric, phaseId: strategy.toPhaseId }
  })
}

/** Metrics on one touchpoint, or on one phase itself (not its cards'), in map order. */
export function metricsOn(
  map: JourneyMap,
  place: { readonly touchpointId: Id } | { readonly phaseId: Id },
): Metric[] {
  const all = Object.values(metricsOf(map))
  return 'touchpointId' in place
    ? all.filter((metric) => metric.touchpointId === place.touchpointId)
    : all.filter((metric) => metric.touchpointId === null && metric.phaseId === place.phaseId)
}
