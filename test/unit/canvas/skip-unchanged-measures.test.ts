// Which of React Flow's resize reports reach its store: a node drawn at the size React Flow holds,
// with its handles known, tells it nothing; every other report goes through unchanged.

import { describe, expect, it } from 'vitest'
import type { ReactFlowState } from '@xyflow/react'
import {
  skipUnchangedMeasures,
  unchangedMeasures,
} from '../../../src/canvas/skip-unchanged-measures'

type Updates = Parameters<ReactFlowState['updateNodeInternals']>[0]

/** The parts of an internal node the filter reads. */
function node(width: number, height: number, extra: { hidden?: boolean; handles?: boolean } = {}) {
  return {
    hidden: extra.hidden ?? false,
    measured: { width, height },
    internals: { handleBounds: extra.handles === false ? undefined : { source: [], target: [] } },
  }
}

/** A drawn node element: the filter reads its layout size only. */
const drawn = (offsetWidth: number, offsetHeight: number) =>
  ({ offsetWidth, offsetHeight }) as HTMLDivElement

function reports(sizes: Record<string, [number, number]>): Updates {
  return new Map(
    Object.entries(sizes).map(([id, [w, h]]) => [
      id,
      { id, nodeElement: drawn(w, h), force: true },
    ]),
  )
}

function flowStore(nodes: Record<string, ReturnType<typeof node>>, fitViewQueued = false) {
  const seen: string[][] = []
  let state = {
    nodeLookup: new Map(Object.entries(nodes)),
    fitViewQueued,
    updateNodeInternals: (updates: Updates) => void seen.push([...updates.keys()]),
  } as unknown as ReactFlowState
  return {
    seen,
    getState: () => state,
    setState: (partial: Partial<ReactFlowState>) => void (state = { ...state, ...partial }),
  }
}

describe('skipping resize reports that change nothing', () => {
  it('drops a node drawn at the size React Flow holds, with its handles known', () => {
    const store = flowStore({
      same: node(240, 132),
      wider: node(240, 132),
      hidden: node(240, 132, { hidden: true }),
      unmeasuredHandles: node(240, 132, { handles: false }),
    })
    const unchanged = unchangedMeasures(
      store.getState(),
      reports({
        same: [240, 132],
        wider: [260, 132],
        hidden: [240, 132],
        unmeasuredHandles: [240, 132],
        unknown: [240, 132],
      }),
    )
    expect([...unchanged]).toEqual(['same'])
  })

  it('lets every report through while a fit of the view waits for measures', () => {
    const store = flowStore({ same: node(240, 132) }, true)
    expect(unchangedMeasures(store.getState(), reports({ same: [240, 132] })).size).toBe(0)
  })

  it("hands React Flow's own action only the reports that change something, once installed", () => {
    const store = flowStore({ a: node(240, 132), b: node(240, 132), c: node(100, 50) })
    skipUnchangedMeasures(store)
    skipUnchangedMeasures(store) // a second mount does not wrap it twice
    const update = store.getState().updateNodeInternals
    update(reports({ a: [240, 132], b: [240, 132] }))
    update(reports({ a: [240, 132], c: [120, 50] }))
    update(reports({ c: [100, 60] }))
    expect(store.seen).toEqual([['c'], ['c']])
  })
})
