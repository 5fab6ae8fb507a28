// Numbered migrations between format versions, in the manner of tldraw's record migrations. Each
// kind lists the steps of its own records (src/domain/kinds); a file step from version n to n + 1
// applies every kind's step to n + 1 to that kind's list. The live document is upgraded with the
// very same steps (src/collab/codec/upgrade.ts). Version 1 is the first format: no steps yet.

import type { KindRegistry } from '../kinds/registry'
import { movedAside } from '../kinds/kind'
import { defaultRegistry } from '../kinds/registry'
import { isPlainObject, type Problem } from '../rules'
import { CURRENT_FORMAT_VERSION } from './envelope'
import { errors } from '../i18n/en/errors'

/** The domain writes its problems in English, from the catalogue (shown translated by problem-text). */
const P = errors.problems

/** The oldest format version there is; every migration sequence starts here. */
export const FIRST_FORMAT_VERSION = 1

export interface Migration {
  readonly from: number
  readonly to: number
  /** Takes a file (the whole envelope) of version `from`; returns one of version `to`. */
  migrate(file: unknown): unknown
}

type Raw = Readonly<Record<string, unknown>>

/** The file steps of a registry: one per version after the first, built from the kinds' steps. */
export function fileMigrations(registry: KindRegistry): Migration[] {
  const steps: Migration[] = []
  for (let to = FIRST_FORMAT_VERSION + 1; to <= registry.version; to += 1) {
    const version = to
    steps.push({
      from: version - 1,
      to: version,
      migrate(file) {
        const envelope = file as Raw
        // A file without a map object is left for validation to describe, not made into one.
        if (!isPlainObject(envelope['map'])) return { ...envelope, version }
        let body = { ...envelope['map'] }
        const introduced = registry.kinds.filter((kind) => kind.since === version)
        // A list another tool wrote under a new kind's name is kept aside unless it is a list of
        // records (then it is read as that kind, its records repaired or refused as usual).
        const clashing = introduced
          .map((kind) => kind.collection)
          .filter((name) => {
            const value = body[name]
            return value !== undefined && !(Array.isArray(value) && value.every(isPlainObject))
          })
        body = movedAside(body, clashing, version - 1)
        for (const kind of registry.kinds) {
          const step = kind.migrations.find((migration) => migration.to === version)
          const list = body[kind.collection]
          if (!step || !Array.isArray(list)) continue
          body[kind.collection] = list.map((record: unknown) =>
            isPlainObject(record) ? step.up(record) : record,
          )
        }
        return { ...envelope, version, map: body }
      },
    })
  }
  return steps
}

export const MIGRATIONS: readonly Migration[] = fileMigrations(defaultRegistry)

/**
 * Throws unless the steps go from FIRST_FORMAT_VERSION to `current` one version at a time, in
 * order: no gaps, no duplicates, no step that skips a version or goes backwards.
 */
export function checkMigrationSequence(migrations: readonly Migration[], current: number): void {
  let expected = FIRST_FORMAT_VERSION
  migrations.forEach((step, index) => {
    const name = `migration ${index} (${step.from} → ${step.to})`
    if (!Number.isInteger(step.from) || !Number.isInteger(step.to)) {
      throw new Error(`${name} must go between integer versions`)
    }
    if (step.to <= step.from) throw new Error(`${name} goes backwards`)
    if (step.to !== step.from + 1) throw new Error(`${name} skips a version; steps go up by one`)
    if (step.from < expected) throw new Error(`${name} duplicates the step from ${step.from}`)
    if (step.from > expected) {
      throw new Error(`${name} leaves a gap: no migration from version ${expected}`)
    }
    expected = step.to
  })
  if (expected !== current) {
    throw new Error(`migrations end at version ${expected}, but the current version is ${current}`)
  }
}

export type MigrationResult =
  | { readonly ok: true; readonly file: unknown; readonly fromVersion: number }
  | { readonly ok: false; readonly problems: readonly Problem[] }

function versionProblem(file: unknown, current: number): Problem | null {
  if (!isPlainObject(file)) return { path: '$', message: P.mustBeJsonObject }
  if (!Object.hasOwn(file, 'version')) return { path: '$.version', message: P.required }
  const { version } = file
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { path: '$.version', message: P.mustBePositiveInteger }
  }
  if (version > current) {
    return {
      path: '$.version',
      message: P.newerFormat(version, current),
    }
  }
  return null
}

/**
 * Brings a parsed file up to `current`. Problems with the version field are returned, not thrown;
 * a broken migration list (a programming error) throws.
 */
export function migrate(
  file: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_FORMAT_VERSION,
): MigrationResult {
  checkMigrationSequence(migrations, current)
  const problem = versionProblem(file, current)
  if (problem) return { ok: false, problems: [problem] }
  const fromVersion = (file as { version: number }).version
  let migrated = file
  for (const step of migrations) {
    if (step.from < fromVersion) continue
    try {
      migrated = step.migrate(migrated)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const message = P.upgradeFailed(step.from, step.to, reason)
      return { ok: false, problems: [{ path: '$', message }] }
    }
  }
  // A step that forgets to stamp its version would make the next load migrate again.
  if (!isPlainObject(migrated) || migrated['version'] !== current) {
    const message = P.upgradeIncomplete(fromVersion, current)
    return { ok: false, problems: [{ path: '$', message }] }
  }
  return { ok: true, file: migrated, fromVersion }
}
