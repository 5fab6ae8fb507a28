// A hand-made version-2 map for the lane, persona, drop and curve tests: the three columns of
// sampleMap with a stack of lanes of every sort (card rows, a blueprint line, the curve, the
// metrics, a collapsed row) and three personas. Deep-frozen, like sampleMap, so a mutation throws.

import type { JourneyMap, Lane, Persona, Touchpoint } from '../../src/domain/types'
import { deepFreeze, sampleMap } from './sample-map'

const extra = { 'x-extra': { kept: true } }

function lane(id: string, type: Lane['type'], height: number, collapsed = false): Lane {
  return { id, name: id, type, color: '#64748b', height, collapsed, ...extra }
}

function persona(id: string, name: string, color: string, visible = true): Persona {
  return {
    id,
    name,
    role: '',
    description: '',
    color,
    avatar: '',
    goals: [],
    frustrations: [],
    quote: '',
    visible,
    ...extra,
  }
}

/**
 * Rows (top, drawn height), from the header's bottom at y 56:
 * act 56 (200) · line 256 (36) · front 292 (180) · curve 472 (200) · metrics 672 (132) ·
 * folded 804 (36, collapsed; 180 when open) · back 840 (180) — the last ends at 1020.
 */
export const LANE_TOPS = {
  act: 56,
  line: 256,
  front: 292,
  curve: 472,
  metrics: 672,
  folded: 804,
  back: 840,
} as const
export const LANES_BOTTOM = 1020

/**
 * sampleMap (columns p1 x 0–320, p2 320–720, p3 720–1020) with lanes and personas pa, pb, pc.
 * t1 sits in lane "act" of p1 at (20, 20), t3 in lane "front" of p2 at (40, 30), t5 in the
 * collapsed lane "folded" of p3 at (10, 12); t2 (p1) and t4 (unassigned) are in no lane.
 */
export function laneMap(): JourneyMap {
  const base = sampleMap()
  const inLane = (card: Touchpoint, laneId: string, x: number, y: number): Touchpoint => ({
    ...card,
    laneId,
    position: { x, y },
  })
  const t1 = base.touchpoints['t1']!
  const t3 = base.touchpoints['t3']!
  const t5: Touchpoint = { ...t1, id: 't5', title: 'Touchpoint t5', phaseId: 'p3' }
  return deepFreeze({
    ...base,
    lanes: [
      lane('act', 'customer-actions', 200),
      lane('line', 'line-of-interaction', 60),
      lane('front', 'frontstage', 180),
      lane('curve', 'emotion-curve', 200),
      lane('metrics', 'metrics', 132),
      lane('folded', 'text', 180, true),
      lane('back', 'backstage', 180),
    ],
    personas: [
      persona('pa', 'Ana Lopez', '#2563eb'),
      persona('pb', 'Ben', '#db2777'),
      persona('pc', 'Cy', '#059669'),
    ],
    touchpoints: {
      ...base.touchpoints,
      t1: inLane(t1, 'act', 20, 20),
      t3: inLane(t3, 'front', 40, 30),
      t5: inLane(t5, 'folded', 10, 12),
    },
  })
}

/** The record of a card, failing the test when it is missing. */
export function cardOf(map: JourneyMap, id: string): Touchpoint {
  const card = Object.hasOwn(map.touchpoints, id) ? map.touchpoints[id] : undefined
  if (!card) throw new Error(`no touchpoint "${id}"`)
  return card
}

export function laneOf(map: JourneyMap, id: string): Lane {
  const found = map.lanes.find((l) => l.id === id)
  if (!found) throw new Error(`no lane "${id}"`)
  return found
}
