// Field rules: one description of what each record field may hold. Operations run them and throw
// on the first bad patch; the file validator runs them over a whole file and collects every
// problem with its JSON path. Keeping both on the same rules is what stops them from drifting.

import { idProblem } from './ids'
import type { MapMeta } from './types'
import { isEmotion } from './vocabulary'
import { errors } from './i18n/en/errors'

/** The domain writes its problems in English, from the catalogue (shown translated by problem-text). */
const P = errors.problems

/** One thing wrong with a value, at a JSON path such as `$.map.touchpoints[3].emotion`. */
export interface Problem {
  readonly path: string
  readonly message: string
}

/** Checks `value` and appends what is wrong with it (nothing when it is fine) to `problems`. */
export type Rule = (value: unknown, path: string, problems: Problem[]) => void

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/

export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** A CSS colour written `#rrggbb` (either case). */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value)
}

function simpleRule(test: (value: unknown) => boolean, message: string): Rule {
  return (value, path, problems) => {
    if (!test(value)) problems.push({ path, message })
  }
}

export const stringRule: Rule = simpleRule((value) => typeof value === 'string', P.mustBeString)

export const idRule: Rule = (value, path, problems) => {
  const message = idProblem(value)
  if (message !== null) problems.push({ path, message })
}

/** A reference to another record (a card's phase or lane): an id, or null for none. */
export const refRule: Rule = (value, path, problems) => {
  if (value === null) return
  if (typeof value !== 'string') problems.push({ path, message: P.mustBeStringOrNull })
  else idRule(value, path, problems)
}

/** A touchpoint's phase: an id, or null while unassigned. */
export const phaseRefRule: Rule = refRule

export const booleanRule: Rule = simpleRule((value) => typeof value === 'boolean', P.mustBeBoolean)

/** A list of record ids (a card's personas), each at most once. */
export const idArrayRule: Rule = (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ path, message: P.mustBeIdArray })
    return
  }
  const seen = new Set<unknown>()
  for (let i = 0; i < value.length; i += 1) {
    idRule(value[i], `${path}[${i}]`, problems)
    if (seen.has(value[i])) problems.push({ path: `${path}[${i}]`, message: P.listedTwice })
    seen.add(value[i])
  }
}

/**
 * Per-persona emotions of a card: a list of `{ personaId, emotion?, target? }`, one per persona,
 * each emotion −2…2. `emotion` is how that persona feels today (as-is), `target` how they should
 * feel (to-be). A list, not an object keyed by id: ids such as "constructor" must stay data.
 */
export const personaEmotionsRule: Rule = (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ path, message: P.mustBeTargets })
    return
  }
  const seen = new Set<unknown>()
  for (let i = 0; i < value.length; i += 1) {
    const entry: unknown = value[i]
    const entryPath = `${path}[${i}]`
    if (!isPlainObject(entry)) {
      problems.push({ path: entryPath, message: P.mustBeTargetObject })
      continue
    }
    idRule(entry['personaId'], `${entryPath}.personaId`, problems)
    if (seen.has(entry['personaId'])) {
      problems.push({ path: `${entryPath}.personaId`, message: P.listedTwice })
    }
    seen.add(entry['personaId'])
    for (const key of ['emotion', 'target']) {
      if (Object.hasOwn(entry, key)) emotionRule(entry[key], `${entryPath}.${key}`, problems)
    }
  }
}

export const colorRule: Rule = simpleRule(isHexColor, P.mustBeColour)

const finiteNumberRule: Rule = simpleRule(isFiniteNumber, P.mustBeFinite)

export const positiveNumberRule: Rule = simpleRule(
  (value) => isFiniteNumber(value) && value > 0,
  P.mustBePositive,
)

export const emotionRule: Rule = simpleRule(isEmotion, P.mustBeEmotion)

export const stringArrayRule: Rule = (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ path, message: P.mustBeStringArray })
    return
  }
  // An index loop, not forEach: a sparse array's holes are not strings either.
  for (let i = 0; i < value.length; i += 1) {
    if (typeof value[i] !== 'string')
      problems.push({ path: `${path}[${i}]`, message: P.mustBeString })
  }
}

export function oneOfRule(values: readonly string[]): Rule {
  return simpleRule(
    (value) => typeof value === 'string' && values.includes(value),
    P.mustBeOneOf(values.join(', ')),
  )
}

/** An object whose listed fields are all required; other fields are ignored. */
function objectRule(fields: Readonly<Record<string, Rule>>): Rule {
  return (value, path, problems) => {
    if (!isPlainObject(value)) {
      problems.push({ path, message: P.mustBeObject })
      return
    }
    for (const [key, rule] of Object.entries(fields)) {
      const fieldPath = `${path}.${key}`
      if (Object.hasOwn(value, key)) rule(value[key], fieldPath, problems)
      else problems.push({ path: fieldPath, message: P.required })
    }
  }
}

export const pointRule: Rule = objectRule({ x: finiteNumberRule, y: finiteNumberRule })
export const sizeRule: Rule = objectRule({ width: positiveNumberRule, height: positiveNumberRule })

export const META_RULES = {
  title: stringRule,
  description: stringRule,
} as const satisfies { readonly [K in keyof MapMeta]-?: Rule }

/** Runs the rules of the listed fields over `record` (a missing field fails its rule). */
export function fieldProblems(
  rules: Readonly<Record<string, Rule>>,
  record: Readonly<Record<string, unknown>>,
  keys: Iterable<string>,
  pathPrefix = '',
): Problem[] {
  const problems: Problem[] = []
  for (const key of keys) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined
    if (rule) rule(record[key], `${pathPrefix}${key}`, problems)
  }
  return problems
}
