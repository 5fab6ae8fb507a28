// A small hand-made map for operation tests, deep-frozen so that any mutation throws, plus helpers
// to assert JourneyErrors. Every record carries an unknown field that must survive every edit.

import { expect } from 'vitest'
import { isJourneyError, type JourneyErrorCode } from '../../src/domain/errors'
import type { JourneyMap } from '../../src/domain/types'

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/**
 * Columns: p1 at x 0 (320 wide), p2 at x 320 (400 wide), p3 at x 720 (300 wide).
 * t1 and t2 in p1, t3 in p2, t4 unassigned; edges t1→t2, t2→t3, t3→t1; notes n1, n2.
 */
export function sampleMap(): JourneyMap {
  const extra = { 'x-extra': { kept: true } }
  return deepFreeze({
    meta: { title: 'Sample', description: 'A sample journey', 'x-meta': 1 },
    phases: [
      { id: 'p1', name: 'Awareness', color: '#60a5fa', width: 320, ...extra },
      { id: 'p2', name: 'Purchase', color: '#34d399', width: 400, ...extra },
      { id: 'p3', name: 'Usage', color: '#fbbf24', width: 300, ...extra },
    ],
    lanes: [],
    personas: [],
    touchpoints: {
      t1: touchpoint('t1', 'p1', 20, 80),
      t2: touchpoint('t2', 'p1', 20, 240),
      t3: touchpoint('t3', 'p2', 40, 80),
      t4: touchpoint('t4', null, 1200, 500),
    },
    edges: {
      e1: { id: 'e1', source: 't1', target: 't2', label: '', kind: 'flow', ...extra },
      e2: { id: 'e2', source: 't2', target: 't3', label: 'buys', kind: 'flow', ...extra },
      e3: { id: 'e3', source: 't3', target: 't1', label: '', kind: 'return', ...extra },
    },
    notes: {
      n1: note('n1', 0, 800),
      n2: note('n2', 400, 800),
    },
  } as JourneyMap)
}

function touchpoint(id: string, phaseId: string | null, x: number, y: number) {
  return {
    id,
    title: `Touchpoint ${id}`,
    description: '',
    phaseId,
    channel: 'website',
    kind: 'digital',
    emotion: 0,
    painPoints: ['slow'],
    opportunities: [],
    owner: '',
    tags: ['web'],
    laneId: null,
    personaIds: [],
    personaEmotions: [],
    evidence: 'assumed',
    evidenceSource: '',
    position: { x, y },
    'x-extra': { kept: true },
  }
}

function note(id: string, x: number, y: number) {
  return {
    id,
    text: `Note ${id}`,
    color: '#fff3a3',
    position: { x, y },
    size: { width: 200, height: 140 },
    'x-extra': { kept: true },
  }
}

/** Asserts that `run` throws a JourneyError with `code` whose message contains `mentions`. */
export function expectJourneyError(
  run: () => unknown,
  code: JourneyErrorCode,
  mentions?: string,
): void {
  let thrown: unknown
  try {
    run()
  } catch (error) {
    thrown = error
  }
  expect(isJourneyError(thrown), `expected a JourneyError, got ${String(thrown)}`).toBe(true)
  expect((thrown as { code: string }).code).toBe(code)
  if (mentions !== undefined) expect((thrown as Error).message).toContain(mentions)
}
