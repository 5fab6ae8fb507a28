// Any valid map survives a save and a load: the envelope passes validation with no problem, and
// restore gives back an equal map (unknown fields included) with no repair.

import fc from 'fast-check'
import { CURRENT_FORMAT_VERSION } from '../../../src/domain/format/envelope'
import { describe, expect, it } from 'vitest'
import {
  loadMapFile,
  parseMapFile,
  serializeMap,
  toEnvelope,
  validateMapFile,
} from '../../../src/domain/format'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'

describe('save and load', () => {
  it('round-trips every generated map exactly', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        const text = serializeMap(map)
        expect(validateMapFile(JSON.parse(text))).toEqual([])
        const result = parseMapFile(text)
        if (!result.ok) throw new Error(JSON.stringify(result.problems))
        expect(result.repairs).toEqual([])
        expect(result.fromVersion).toBe(CURRENT_FORMAT_VERSION)
        expectSameData(result.map, map)
      }),
      { numRuns: 300 },
    )
  })

  it('loads an envelope that was never turned into text', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap(), (map) => {
        const result = loadMapFile(toEnvelope(map))
        expect(result.ok).toBe(true)
      }),
    )
  })
})
