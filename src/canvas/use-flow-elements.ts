import { useMemo, useState } from 'react'
import type { Point } from '../domain/types'
import { useEditor } from '../state/context'
import { createFlowBuilder } from './to-flow'

/** Nodes and edges for React Flow, rebuilt from the store with per-record identity caching. */
export function useFlowElements(dragging: ReadonlyMap<string, Point>) {
  // One builder (and its node cache) per mounted canvas.
  const [flow] = useState(createFlowBuilder)
  const map = useEditor((s) => s.map)
  const selection = useEditor((s) => s.selection)
  const peers = useEditor((s) => s.peers)
  const nodes = useMemo(
    () => flow.nodes({ map, selection, dragging, peers }),
    [flow, map, selection, dragging, peers],
  )
  const edges = useMemo(
    () => flow.edges({ map, selection, dragging, peers }),
    [flow, map, selection, dragging, peers],
  )
  return { nodes, edges }
}
