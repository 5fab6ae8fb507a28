// Random sequences of operations on random maps: every intermediate map keeps the invariants,
// nothing is mutated (maps are deep-frozen), and the final map survives a save and a load
// unchanged: toEnvelope → JSON → validate finds no problem → restore gives an equal map.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEdge, createNote, createPhase, createTouchpoint } from '../../../src/domain/defaults'
import { isJourneyError } from '../../../src/domain/errors'
import { parseMapFile, serializeMap, validateMapFile } from '../../../src/domain/format'
import { checkInvariants } from '../../../src/domain/invariants'
import * as ops from '../../../src/domain/operations'
import type { JourneyMap } from '../../../src/domain/types'
import { CHANNELS, EDGE_KINDS, EMOTIONS } from '../../../src/domain/vocabulary'
import { arbitraryCoordinate, arbitraryJourneyMap, arbitraryText } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'
import { deepFreeze } from '../../support/sample-map'

const n = fc.nat(1000)
const picks = fc.array(n, { maxLength: 3 })
const xy = { x: arbitraryCoordinate(), y: arbitraryCoordinate() }
const op = fc.oneof(
  fc.record({ type: fc.constant('setTitle' as const), text: arbitraryText() }),
  fc.record({
    type: fc.constant('addPhase' as const),
    text: arbitraryText(),
    width: fc.integer({ min: 1, max: 900 }),
    index: n,
  }),
  fc.record({ type: fc.constant('renamePhase' as const), pick: n, text: arbitraryText() }),
  fc.record({
    type: fc.constant('resizePhase' as const),
    pick: n,
    width: fc.double({ min: -100, max: 2000, noNaN: true }),
  }),
  fc.record({
    type: fc.constant('movePhase' as const),
    pick: n,
    index: fc.integer({ min: -2, max: 10 }),
  }),
  fc.record({
    type: fc.constant('deletePhase' as const),
    pick: n,
    other: n,
    mode: fc.constantFrom('delete', 'move', 'unassign'),
  }),
  fc.record({
    type: fc.constant('addTouchpoint' as const),
    phase: fc.option(n),
    channel: fc.constantFrom(...CHANNELS),
    ...xy,
  }),
  fc.record({
    type: fc.constant('updateTouchpoint' as const),
    pick: n,
    patch: fc.record(
      {
        title: arbitraryText(),
        emotion: fc.constantFrom(...EMOTIONS),
        channel: fc.constantFrom(...CHANNELS),
        tags: fc.array(arbitraryText(10), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ type: fc.constant('moveTouchpoint' as const), pick: n, phase: fc.option(n), ...xy }),
  fc.record({ type: fc.constant('dropTouchpoint' as const), pick: n, ...xy }),
  fc.record({ type: fc.constant('deleteTouchpoints' as const), picks }),
  fc.record({
    type: fc.constant('connect' as const),
    a: n,
    b: n,
    kind: fc.constantFrom(...EDGE_KINDS),
  }),
  fc.record({ type: fc.constant('updateEdge' as const), pick: n, text: arbitraryText() }),
  fc.record({ type: fc.constant('disconnect' as const), picks }),
  fc.record({ type: fc.constant('addNote' as const), ...xy }),
  fc.record({ type: fc.constant('updateNote' as const), pick: n, text: arbitraryText() }),
  fc.record({ type: fc.constant('moveNote' as const), pick: n, ...xy }),
  fc.record({
    type: fc.constant('resizeNote' as const),
    pick: n,
    width: fc.integer({ min: -10, max: 900 }),
    height: fc.integer({ min: -10, max: 900 }),
  }),
  fc.record({ type: fc.constant('deleteNotes' as const), picks }),
  fc.record({ type: fc.constant('duplicate' as const), touchpoints: picks, notes: picks, ...xy }),
  fc.record({ type: fc.constant('nudge' as const), touchpoints: picks, notes: picks, ...xy }),
  fc.record({
    type: fc.constant('deleteRecords' as const),
    phases: picks,
    touchpoints: picks,
    edges: picks,
    notes: picks,
    mode: fc.constantFrom('delete', 'unassign'),
  }),
)
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length]
}

function pickIds(ids: readonly string[], indices: readonly number[]): string[] {
  return [...new Set(indices.map((i) => pick(ids, i)).filter((id) => id !== undefined))]
}

/** Applies one operation, choosing its targets among the map's records by index. */
function apply(map: JourneyMap, o: Op, newId: () => string): JourneyMap {
  const phases = map.phases.map((p) => p.id)
  const touchpoints = Object.keys(map.touchpoints)
  const edges = Object.keys(map.edges)
  const notes = Object.keys(map.notes)
  const phaseOf = (i: number | null) => (i === null ? null : (pick(phases, i) ?? null))
  switch (o.type) {
    case 'setTitle':
      return ops.setTitle(map, o.text)
    case 'addPhase':
      return ops.addPhase(
        map,
        createPhase({ id: newId(), name: o.text, width: o.width }),
        o.index % (phases.length + 1),
      )
    case 'renamePhase':
      return phases.length ? ops.renamePhase(map, pick(phases, o.pick)!, o.text) : map
    case 'resizePhase':
      return phases.length ? ops.resizePhase(map, pick(phases, o.pick)!, o.width) : map
    case 'movePhase':
      return phases.length ? ops.movePhase(map, pick(phases, o.pick)!, o.index) : map
    case 'deletePhase': {
      const id = pick(phases, o.pick)
      if (id === undefined) return map
      if (o.mode !== 'move') return ops.deletePhase(map, id, { touchpoints: o.mode })
      const others = phases.filter((p) => p !== id)
      return ops.deletePhase(map, id, {
        touchpoints: 'move',
        toPhaseId: pick(others, o.other) ?? id,
      })
    }
    case 'addTouchpoint':
      return ops.addTouchpoint(
        map,
        createTouchpoint({
          id: newId(),
          phaseId: phaseOf(o.phase),
          channel: o.channel,
          position: { x: o.x, y: o.y },
        }),
      )
    case 'updateTouchpoint':
      return touchpoints.length
        ? ops.updateTouchpoint(map, pick(touchpoints, o.pick)!, o.patch)
        : map
    case 'moveTouchpoint':
      return touchpoints.length
        ? ops.moveTouchpoint(map, pick(touchpoints, o.pick)!, o, phaseOf(o.phase))
        : map
    case 'dropTouchpoint':
      return touchpoints.length
        ? ops.moveTouchpointToPoint(map, pick(touchpoints, o.pick)!, o)
        : map
    case 'deleteTouchpoints':
      return ops.deleteTouchpoints(map, pickIds(touchpoints, o.picks))
    case 'connect': {
      const [source, target] = [pick(touchpoints, o.a), pick(touchpoints, o.b)]
      if (source === undefined || target === undefined) return map
      return ops.connect(map, createEdge({ id: newId(), source, target, kind: o.kind }))
    }
    case 'updateEdge':
      return edges.length ? ops.updateEdge(map, pick(edges, o.pick)!, { label: o.text }) : map
    case 'disconnect':
      return ops.disconnect(map, pickIds(edges, o.picks))
    case 'addNote':
      return ops.addNote(map, createNote({ id: newId(), position: { x: o.x, y: o.y } }))
    case 'updateNote':
      return notes.length ? ops.updateNote(map, pick(notes, o.pick)!, { text: o.text }) : map
    case 'moveNote':
      return notes.length ? ops.moveNote(map, pick(notes, o.pick)!, o) : map
    case 'resizeNote':
      return notes.length ? ops.resizeNote(map, pick(notes, o.pick)!, o) : map
    case 'deleteNotes':
      return ops.deleteNotes(map, pickIds(notes, o.picks))
    case 'duplicate': {
      const ids = {
        touchpoints: pickIds(touchpoints, o.touchpoints),
        notes: pickIds(notes, o.notes),
      }
      return ops.duplicateRecords(map, ids, o, newId).map
    }
    case 'nudge': {
      const ids = {
        touchpoints: pickIds(touchpoints, o.touchpoints),
        notes: pickIds(notes, o.notes),
      }
      return ops.nudge(map, ids, o.x, o.y)
    }
    case 'deleteRecords':
      return ops.deleteRecords(
        map,
        {
          phases: pickIds(phases, o.phases),
          touchpoints: pickIds(touchpoints, o.touchpoints),
          edges: pickIds(edges, o.edges),
          notes: pickIds(notes, o.notes),
        },
        { phaseTouchpoints: o.mode },
      )
  }
}

/** Refusals a random sequence legitimately meets; anything else is a bug in the operations. */
const EXPECTED_REFUSALS = new Set(['self-loop', 'duplicate-edge', 'last-phase'])

describe('operations on random maps', () => {
  it('keep every invariant and survive a save and a load unchanged', () => {
    let applied = 0
    let refused = 0
    fc.assert(
      fc.property(
        arbitraryJourneyMap({ trickyIds: true }),
        fc.array(op, { maxLength: 25 }),
        (start, sequence) => {
          let counter = 0
          const newId = () => `op-${(counter += 1)}`
          let map = deepFreeze(start)
          for (const o of sequence) {
            try {
              map = deepFreeze(apply(map, o, newId))
              applied += 1
            } catch (error) {
              if (!isJourneyError(error) || !EXPECTED_REFUSALS.has(error.code)) throw error
              refused += 1
            }
            expect(checkInvariants(map), o.type).toEqual([])
          }
          const text = serializeMap(map, { exportedAt: '2025-01-01T00:00:00.000Z' })
          expect(validateMapFile(JSON.parse(text))).toEqual([])
          const loaded = parseMapFile(text)
          if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems))
          expect(loaded.repairs).toEqual([])
          expectSameData(loaded.map, map)
        },
      ),
      { numRuns: 300 },
    )
    // The sequences must mostly do something, or the property proves little.
    expect(applied).toBeGreaterThan(refused * 5)
  })
})
