import { Position, type NodeHandle } from '@xyflow/react'

/**
 * A card's two handles in the card's own coordinates, where the stylesheet draws them (canvas.css:
 * 12 px, centred on the left and right edges, vertically centred in the card below its 4 px top
 * border; zoomed out they are not drawn at all). Declared so that React Flow knows them without
 * measuring, which also keeps the edges' ends where they are at every zoom: a
 * node whose handles it has not measured is always rendered, so it mounted every card of the map
 * once, culled to those in view only afterwards — 950 cards built and removed again when a
 * 2,000-card map opens. Shared by every card (React Flow copies them). e2e canvas-renders checks
 * them against the handles drawn.
 */
export const CARD_HANDLES: NodeHandle[] = [
  { id: null, type: 'target', position: Position.Left, x: -5, y: 61.5, width: 12, height: 12 },
  { id: null, type: 'source', position: Position.Right, x: 233, y: 61.5, width: 12, height: 12 },
]

/** Phases, lanes and notes connect nothing; saying so lets React Flow cull them from the start. */
export const NO_HANDLES: NodeHandle[] = []
