import { useMemo, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useStore as useFlowStore } from '@xyflow/react'

// React Flow's <ViewportPortal> and <EdgeLabelRenderer> find their target element with a store
// selector that runs `querySelector` over the whole canvas on every store update: on a 1,000-card
// map that walks ~37,000 elements a few times per drag frame (two portals plus one per labelled
// edge: up to 17 ms a frame with colleagues dragging). These find it once per canvas.

const domNodeOf = (s: { domNode: HTMLDivElement | null }) => s.domNode

function usePortalTarget(selector: string): Element | null {
  const domNode = useFlowStore(domNodeOf)
  return useMemo(() => domNode?.querySelector(selector) ?? null, [domNode, selector])
}

/** Children drawn in canvas coordinates, above the nodes (like React Flow's ViewportPortal). */
export function ViewportPortal({ children }: { children: ReactNode }) {
  const target = usePortalTarget('.react-flow__viewport-portal')
  return target ? createPortal(children, target) : null
}

/** An edge's HTML label layer (like React Flow's EdgeLabelRenderer). */
export function EdgeLabelPortal({ children }: { children: ReactNode }) {
  const target = usePortalTarget('.react-flow__edgelabel-renderer')
  return target ? createPortal(children, target) : null
}
