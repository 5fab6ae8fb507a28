import { describe, expect, it } from 'vitest'
import {
  CURRENT_FORMAT_VERSION,
  FIRST_FORMAT_VERSION,
  MIGRATIONS,
  checkMigrationSequence,
  migrate,
  type Migration,
} from '../../../src/domain/format'

const step = (
  from: number,
  to: number,
  migrateFile: Migration['migrate'] = (f) => f,
): Migration => ({
  from,
  to,
  migrate: migrateFile,
})

describe('the migration sequence', () => {
  it('of this version has no gaps and ends at the current version', () => {
    expect(FIRST_FORMAT_VERSION).toBe(1)
    expect(() => checkMigrationSequence(MIGRATIONS, CURRENT_FORMAT_VERSION)).not.toThrow()
  })

  it('accepts consecutive steps from the first version to the current one', () => {
    expect(() => checkMigrationSequence([step(1, 2), step(2, 3)], 3)).not.toThrow()
    expect(() => checkMigrationSequence([], 1)).not.toThrow()
  })

  it('refuses gaps, duplicates, skips, backward steps and a wrong end', () => {
    const cases: [Migration[], number, string][] = [
      [[step(1, 2), step(3, 4)], 4, 'leaves a gap: no migration from version 2'],
      [[step(2, 3)], 3, 'leaves a gap: no migration from version 1'],
      [[step(1, 2), step(1, 2)], 2, 'duplicates the step from 1'],
      [[step(1, 2), step(2, 3), step(2, 3)], 3, 'duplicates the step from 2'],
      [[step(1, 3)], 3, 'skips a version'],
      [[step(1, 2), step(2, 1)], 2, 'goes backwards'],
      [[step(1, 1)], 1, 'goes backwards'],
      [[step(1, 2)], 3, 'migrations end at version 2, but the current version is 3'],
      [[], 2, 'migrations end at version 1, but the current version is 2'],
      [[step(1.5, 2.5)], 2, 'integer versions'],
    ]
    for (const [migrations, current, message] of cases) {
      expect(() => checkMigrationSequence(migrations, current), message).toThrow(message)
    }
  })
})

describe('migrate', () => {
  const file = { type: 'trailmap/journey-map', version: 1, map: { phases: [], touchpoints: [] } }

  it('leaves a current file alone', () => {
    const current = { ...file, version: CURRENT_FORMAT_VERSION }
    expect(migrate(current)).toEqual({
      ok: true,
      file: current,
      fromVersion: CURRENT_FORMAT_VERSION,
    })
  })

  it('applies a synthetic 1 → 2 step, then 2 → 3', () => {
    const toV2 = step(1, 2, (f) => ({ ...(f as object), version: 2, renamed: true }))
    const toV3 = step(2, 3, (f) => ({ ...(f as object), version: 3, steps: ['2→3'] }))
    const result = migrate(file, [toV2, toV3], 3)
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      file: { ...file, version: 3, renamed: true, steps: ['2→3'] },
    })
    // A file already at version 2 runs only the later step.
    const fromTwo = migrate({ ...file, version: 2 }, [toV2, toV3], 3)
    expect(fromTwo).toMatchObject({
      ok: true,
      fromVersion: 2,
      file: { version: 3, steps: ['2→3'] },
    })
    expect(fromTwo.ok && 'renamed' in (fromTwo.file as object)).toBe(false)
  })

  it('refuses files from a newer Trailmap', () => {
    expect(migrate({ ...file, version: 3 })).toEqual({
      ok: false,
      problems: [
        {
          path: '$.version',
          message:
            'This file was written by a newer Trailmap (format version 3); this version reads up to 2.',
        },
      ],
    })
  })

  it('reports a missing or malformed version', () => {
    expect(migrate({ type: 'x' })).toEqual({
      ok: false,
      problems: [{ path: '$.version', message: 'is required' }],
    })
    for (const version of [0, -1, 1.5, '1', null, Number.NaN]) {
      expect(migrate({ ...file, version })).toEqual({
        ok: false,
        problems: [{ path: '$.version', message: 'must be a positive integer' }],
      })
    }
    expect(migrate('text')).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'must be a JSON object' }],
    })
  })

  it('reports a step that fails or forgets to stamp its version', () => {
    const failing = step(1, 2, () => {
      throw new Error('phase list is not an array')
    })
    expect(migrate(file, [failing], 2)).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message:
            'could not upgrade the file from format version 1 to 2: phase list is not an array',
        },
      ],
    })
    const forgetful = step(1, 2, (f) => f)
    expect(migrate(file, [forgetful], 2)).toMatchObject({
      ok: false,
      problems: [{ path: '$', message: expect.stringContaining('did not reach version 2') }],
    })
  })

  it('throws on a broken migration list, a programming error', () => {
    expect(() => migrate(file, [step(1, 3)], 3)).toThrow('skips a version')
  })
})
