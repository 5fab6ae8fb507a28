// Field rules: one description of what each record field may hold. Operations run them and throw
// on the first bad patch; the file validator runs them over a whole file and collects every
// problem with its JSON path. Keeping both on the same rules is what stops them from drifting.

import { idProblem } from './ids'
import type { MapMeta } from './types'
import { isEmotion } from './vocabulary'

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

export const stringRule: Rule = simpleRule((value) => typeof value === 'string', 'must be a string')

export const idRule: Rule = (value, path, problems) => {
  const message = idProblem(value)
  if (message !== null) problems.push({ path, message })
}

/** A touchpoint's phase: an id, or null while unassigned. */
export const phaseRefRule: Rule = (value, path, problems) => {
  if (value === null) return
  if (typeof value !== 'string') problems.push({ path, message: 'must be a string or null' })
  else idRule(value, path, problems)
}

export const colorRule: Rule = simpleRule(isHexColor, 'must be a colour written #rrggbb')

const finiteNumberRule: Rule = simpleRule(isFiniteNumber, 'must be a finite number')

export const positiveNumberRule: Rule = simpleRule(
  (value) => isFiniteNumber(value) && value > 0,
  'must be a positive finite number',
)

export const emotionRule: Rule = simpleRule(isEmotion, 'must be an integer from -2 to 2')

export const stringArrayRule: Rule = (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ path, message: 'must be an array of strings' })
    return
  }
  // An index loop, not forEach: a sparse array's holes are not strings either.
  for (let i = 0; i < value.length; i += 1) {
    if (typeof value[i] !== 'string')
      problems.push({ path: `${path}[${i}]`, message: 'must be a string' })
  }
}

export function oneOfRule(values: readonly string[]): Rule {
  return simpleRule(
    (value) => typeof value === 'string' && values.includes(value),
    `must be one of ${values.join(', ')}`,
  )
}

/** An object whose listed fields are all required; other fields are ignored. */
function objectRule(fields: Readonly<Record<string, Rule>>): Rule {
  return (value, path, problems) => {
    if (!isPlainObject(value)) {
      problems.push({ path, message: 'must be an object' })
      return
    }
    for (const [key, rule] of Object.entries(fields)) {
      const fieldPath = `${path}.${key}`
      if (Object.hasOwn(value, key)) rule(value[key], fieldPath, problems)
      else problems.push({ path: fieldPath, message: 'is required' })
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
