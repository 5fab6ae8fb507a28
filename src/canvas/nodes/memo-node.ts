import { memo, type ComponentType } from 'react'
import type { Node, NodeProps } from '@xyflow/react'

/**
 * `memo` for a node view that reads only `id`, `data` and `selected`. React Flow also hands every
 * node `draggable`, `isConnectable`, `dragging` and its absolute position; a plain `memo` would
 * re-render every card when one of those changes for all of them at once (the role arriving after
 * the map flips `draggable` and then `isConnectable`: two waves over 2,000 cards at open) and the
 * dragged card on every frame, though nothing it draws depends on them.
 */
export function memoNode<N extends Node>(view: ComponentType<NodeProps<N>>) {
  return memo(view, sameDrawnProps)
}

function sameDrawnProps<N extends Node>(a: NodeProps<N>, b: NodeProps<N>): boolean {
  return a.id === b.id && a.data === b.data && a.selected === b.selected
}
