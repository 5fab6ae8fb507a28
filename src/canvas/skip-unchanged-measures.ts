// React Flow watches every node it mounts with a ResizeObserver, which reports each new node once
// whatever its size. For each report React Flow measures the node and its handles again (forced),
// gives the node new internals and so re-renders every node wrapper: on opening a 2,000-card map
// that was about a quarter of a second inside the first frame, before anything showed.
//
// Every Trailmap node carries its exact size (`measured`) and, from its first version on, its
// handles (to-flow.ts, card-handles.ts; an e2e test checks the drawn handles against them), so a
// report of the very size React Flow already holds tells it nothing. Those reports are dropped
// before React Flow's store sees them; any other (a node of another size, one without handle
// bounds yet, a hidden one, or a fit of the view still waiting for measures) goes through as is.

import type { ReactFlowState } from '@xyflow/react'

type UpdateNodeInternals = ReactFlowState['updateNodeInternals']
type Updates = Parameters<UpdateNodeInternals>[0]

interface FlowStore {
  getState(): ReactFlowState
  setState(partial: Partial<ReactFlowState>): void
}

const installed = new WeakMap<FlowStore, UpdateNodeInternals>()

/** Reports about nodes whose drawn size is the size React Flow holds, with their handles known. */
export function unchangedMeasures(state: ReactFlowState, updates: Updates): Set<string> {
  const unchanged = new Set<string>()
  if (state.fitViewQueued) return unchanged
  for (const [id, update] of updates) {
    const node = state.nodeLookup.get(id)
    if (!node || node.hidden || !node.internals.handleBounds) continue
    const element = update.nodeElement
    if (
      node.measured.width === element.offsetWidth &&
      node.measured.height === element.offsetHeight
    ) {
      unchanged.add(id)
    }
  }
  return unchanged
}

/** Wraps the store's `updateNodeInternals` once; call before React Flow's nodes first render. */
export function skipUnchangedMeasures(store: FlowStore): void {
  const current = store.getState().updateNodeInternals
  if (installed.get(store) === current) return
  const original = current
  const filtered: UpdateNodeInternals = (updates, params) => {
    const unchanged = unchangedMeasures(store.getState(), updates)
    if (unchanged.size === 0) return original(updates, params)
    if (unchanged.size === updates.size) return
    const rest: Updates = new Map()
    for (const [id, update] of updates) if (!unchanged.has(id)) rest.set(id, update)
    original(rest, params)
  }
  installed.set(store, filtered)
  store.setState({ updateNodeInternals: filtered })
}
