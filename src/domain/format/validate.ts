// The validator of (migrated) files, list by list with each kind's field rules. It reports every problem, each with a JSON path, so that a
// person fixing a file by hand sees them all at once. It is strict about types and ranges but not
// about presence: a missing optional field is filled by restore, an unknown field is kept, and a
// dangling reference (an edge to a missing touchpoint) is repaired by restore, not refused here.

import { defaultRegistry, type KindRegistry } from '../kinds/registry'
import { META_RULES, isPlainObject, stringRule, type Problem, type Rule } from '../rules'
import { FORMAT_TYPE } from './envelope'
import { errors } from '../i18n/en/errors'

/** The domain writes its problems in English, from the catalogue (shown translated by problem-text). */
const P = errors.problems

export type { Problem } from '../rules'

export const NOT_A_MAP_MESSAGE = P.notAMapType(FORMAT_TYPE)

interface ListSpec {
  readonly key: string
  readonly required: boolean
  readonly rules: Readonly<Record<string, Rule>>
  /** Fields a record of this list must have; the others are optional. */
  readonly requiredFields: readonly string[]
}

/** One list per kind of record, checked with the kind's own field rules. */
function listSpecs(registry: KindRegistry): ListSpec[] {
  return registry.kinds.map((kind) => ({
    key: kind.collection,
    required: kind.file.listRequired,
    rules: kind.fields as Readonly<Record<string, Rule>>,
    requiredFields: kind.file.requiredFields,
  }))
}

/** Where each id was first seen, to name both places of a duplicate. */
type SeenIds = Map<string, string>

/** Required fields must be present; every present known field must pass its rule. */
function checkFields(
  record: Readonly<Record<string, unknown>>,
  rules: Readonly<Record<string, Rule>>,
  requiredFields: readonly string[],
  path: string,
  problems: Problem[],
): void {
  for (const [key, rule] of Object.entries(rules)) {
    if (Object.hasOwn(record, key)) rule(record[key], `${path}.${key}`, problems)
    else if (requiredFields.includes(key))
      problems.push({ path: `${path}.${key}`, message: P.required })
  }
}

function checkDuplicateId(
  record: Readonly<Record<string, unknown>>,
  path: string,
  seen: SeenIds,
  problems: Problem[],
): void {
  const id = record['id']
  if (typeof id !== 'string' || id === '') return
  const first = seen.get(id)
  if (first === undefined) seen.set(id, path)
  else problems.push({ path: `${path}.id`, message: P.duplicateId(id, first) })
}

function checkList(
  body: Readonly<Record<string, unknown>>,
  spec: ListSpec,
  seen: SeenIds,
  problems: Problem[],
): void {
  const path = `$.map.${spec.key}`
  if (!Object.hasOwn(body, spec.key)) {
    if (spec.required) problems.push({ path, message: P.required })
    return
  }
  const list = body[spec.key]
  if (!Array.isArray(list)) {
    problems.push({ path, message: P.mustBeArray })
    return
  }
  for (let i = 0; i < list.length; i += 1) {
    const item: unknown = list[i]
    const itemPath = `${path}[${i}]`
    if (!isPlainObject(item)) {
      problems.push({ path: itemPath, message: P.mustBeObject })
      continue
    }
    checkFields(item, spec.rules, spec.requiredFields, itemPath, problems)
    checkDuplicateId(item, itemPath, seen, problems)
  }
}

function checkBody(body: unknown, registry: KindRegistry, problems: Problem[]): void {
  if (!isPlainObject(body)) {
    problems.push({ path: '$.map', message: P.mustBeObject })
    return
  }
  checkFields(body, META_RULES, [], '$.map', problems)
  // Ids are unique across all lists: phases, cards and notes all become nodes on one canvas.
  const seen: SeenIds = new Map()
  for (const spec of listSpecs(registry)) checkList(body, spec, seen, problems)
}

function checkEnvelope(file: Readonly<Record<string, unknown>>, problems: Problem[]): void {
  if (file['type'] !== FORMAT_TYPE) problems.push({ path: '$.type', message: NOT_A_MAP_MESSAGE })
  const version = file['version']
  if (!Object.hasOwn(file, 'version')) problems.push({ path: '$.version', message: P.required })
  else if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push({ path: '$.version', message: P.mustBePositiveInteger })
  }
  for (const key of ['source', 'exportedAt']) {
    if (Object.hasOwn(file, key)) stringRule(file[key], `$.${key}`, problems)
  }
}

/** Every problem of a (migrated) file, in document order; empty when it is valid. */
export function validateMapFile(file: unknown, registry = defaultRegistry): Problem[] {
  if (!isPlainObject(file)) return [{ path: '$', message: P.mustBeJsonObject }]
  const problems: Problem[] = []
  checkEnvelope(file, problems)
  if (Object.hasOwn(file, 'map')) checkBody(file['map'], registry, problems)
  else problems.push({ path: '$.map', message: P.required })
  return problems
}
