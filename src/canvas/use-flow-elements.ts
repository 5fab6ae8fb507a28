import { useEffect, useMemo, useState } from 'react'
import type { Peer } from '../collab/presence'
import type { Messages } from '../domain/i18n'
import { phaseHeat, type HeatMode } from '../domain/metric-status'
import { useT } from '../state/locale'
import type { JourneyMap, Point } from '../domain/types'
import { useEditor, useEditorStore } from '../state/context'
import type { EditorState, EditorStore } from '../state/editor-store'
import { versionChanges } from '../state/version-changes'
import type { JourneyFlowNode } from './flow-types'
import { lastCall } from './last-call'
import { createPeerFrames, type PeerFrames } from './peer-frames'
import { createFlowBuilder, peerDragPositions, type FlowInput } from './to-flow'
import { MOVING_Z } from './z-order'

const NO_DRAG: ReadonlyMap<string, Point> = new Map()

/**
 * Nodes and edges for React Flow, rebuilt from the store with per-record identity caching.
 * The map, the selection and colleagues' presence build the nodes; my own drag only replaces the
 * dragged nodes in that array (one object per dragged node and frame), so a drag frame never walks
 * the map and never rebuilds an edge.
 *
 * Both are store selectors, not values worked out in render: an edit that changes no node (a
 * retitled card, a keystroke in the inspector: the card reads its text itself, record-feed.ts)
 * gives the same arrays, so the canvas — and React Flow under it — does not re-render at all.
 */
export function useFlowElements(dragging: ReadonlyMap<string, Point>) {
  // One builder (and its node cache) per mounted canvas and language.
  const t = useT()
  const flow = useMemo(() => createFlowBuilder(t), [t])
  const peers = useFramePeers()
  // Selection marks change rarely; drag positions every frame, and only move the dragged nodes.
  const markPeers = flow.markPeers(peers)
  const peerDrags = useMemo(() => peerDragPositions(peers), [peers])
  const selectNodes = useMemo(() => nodesSelector(flow, markPeers, t), [flow, markPeers, t])
  const base = useEditor(selectNodes)
  const nodes = useMemo(
    () => withDragged(withPeerDrags(base, peerDrags), dragging),
    [base, peerDrags, dragging],
  )
  const moving = useHeldMovingIds(dragging, peerDrags)
  // Edges follow their cards' live positions inside React Flow; the array changes only with the
  // map, the selection, colleagues' selections and when a drag starts or ends.
  const selectEdges = useMemo(
    () => edgesSelector(flow, markPeers, moving),
    [flow, markPeers, moving],
  )
  const edges = useEditor(selectEdges)
  return { nodes, edges, moving }
}

type FlowBuilder = ReturnType<typeof createFlowBuilder>

/** The nodes of the editor's state: the same array while nothing they are built from changes. */
function nodesSelector(flow: FlowBuilder, peers: readonly Peer[], t: Messages) {
  // Only phase nodes carry the heat: toggling it re-renders the columns, never the cards.
  const heatOf = lastCall((map: JourneyMap, mode: HeatMode | null) =>
    mode ? { mode, phases: phaseHeat(map, mode, t) } : null,
  )
  const build = lastCall(
    (
      map: JourneyMap,
      selection: ReadonlySet<string>,
      personaId: string | null,
      assumptionsOnly: boolean,
      heat: NonNullable<FlowInput['heat']> | null,
      changes: NonNullable<FlowInput['changes']> | null,
    ) =>
      flow.nodes({
        map,
        selection,
        dragging: NO_DRAG,
        peers,
        filter: { personaId, assumptionsOnly },
        heat,
        changes,
      }),
  )
  return (s: EditorState) =>
    build(
      s.map,
      s.selection,
      s.personaFilter,
      s.assumptionsOnly,
      heatOf(s.map, s.heat),
      // Marks of "what changed since" a version; the same object while the map does not change.
      versionChanges(s)?.marks ?? null,
    )
}

/** The edges of the editor's state: the same array while nothing they are built from changes. */
function edgesSelector(flow: FlowBuilder, peers: readonly Peer[], moving: ReadonlySet<string>) {
  const build = lastCall((map: JourneyMap, selection: ReadonlySet<string>) =>
    flow.edges({ map, selection, dragging: NO_DRAG, peers, moving }),
  )
  return (s: EditorState) => build(s.map, s.selection)
}

/**
 * Beyond this many moving cards and notes, none moves on a layer of its own: a thousand layers
 * cost more than re-layering the page (dragging a selection of all 1,000 cards: ~1 s a frame
 * held, ~0.25 s not, measured).
 */
export const MAX_HELD = 24

/**
 * The ids of what I and colleagues are dragging, to move on layers of their own
 * (compositor-moves.ts): the same set from the first move of a drag to its drop, however often
 * the positions change; none while more than MAX_HELD move.
 */
function useHeldMovingIds(
  dragging: ReadonlyMap<string, Point>,
  peerDrags: ReadonlyMap<string, Point>,
): ReadonlySet<string> {
  const key = [...dragging.keys(), ...peerDrags.keys()].sort().join('\n')
  return useMemo(() => {
    const ids = key ? key.split('\n') : []
    return new Set(ids.length <= MAX_HELD ? ids : [])
  }, [key])
}

const indexes = new WeakMap<readonly JourneyFlowNode[], Map<string, number>>()

function indexOf(base: readonly JourneyFlowNode[]): Map<string, number> {
  let index = indexes.get(base)
  if (!index) {
    index = new Map(base.map((node, i) => [node.id, i]))
    indexes.set(base, index)
  }
  return index
}

/**
 * `base` with the nodes colleagues are dragging at their live positions (canvas points, made
 * relative to the node's column); `base` itself when nobody drags. One new object per dragged
 * node: the others keep their identity, so React Flow and the memoised cards skip them.
 */
export function withPeerDrags(
  base: readonly JourneyFlowNode[],
  drags: ReadonlyMap<string, Point>,
): readonly JourneyFlowNode[] {
  if (drags.size === 0) return base
  const index = indexOf(base)
  const out = base.slice()
  for (const [id, point] of drags) {
    const i = index.get(id)
    const node = i === undefined ? undefined : out[i]
    if (i === undefined || !node) continue
    const parentAt = node.parentId === undefined ? undefined : index.get(node.parentId)
    const parent = parentAt === undefined ? undefined : base[parentAt]
    const position = parent
      ? { x: point.x - parent.position.x, y: point.y - parent.position.y }
      : point
    out[i] = movingAt(node, position)
  }
  return out
}

/** `base` with the nodes I am dragging at their live positions; `base` itself when none. */
export function withDragged(
  base: readonly JourneyFlowNode[],
  dragging: ReadonlyMap<string, Point>,
): JourneyFlowNode[] {
  if (dragging.size === 0) return base as JourneyFlowNode[]
  const index = indexOf(base)
  const out = base.slice()
  for (const [id, position] of dragging) {
    const i = index.get(id)
    const node = i === undefined ? undefined : out[i]
    if (i !== undefined && node) out[i] = movingAt(node, position)
  }
  return out
}

/**
 * A node at a live drag position, marked as moving: canvas.css gives moving nodes a compositor
 * layer of their own, so a drag frame moves that layer instead of repainting the cards under it.
 */
function movingAt(node: JourneyFlowNode, position: Point): JourneyFlowNode {
  const className = node.className ? `${node.className} node--moving` : 'node--moving'
  return { ...node, position, className, zIndex: MOVING_Z } as JourneyFlowNode
}

const peerFramesByStore = new WeakMap<EditorStore, PeerFrames>()

/** The editor's one `PeerFrames` (peer-frames.ts): cards, edges and cursors draw the same presence. */
export function usePeerFrames(): PeerFrames {
  const store = useEditorStore()
  let frames = peerFramesByStore.get(store)
  if (!frames) {
    frames = createPeerFrames({
      peers: () => store.getState().peers,
      onChange: (callback) =>
        store.subscribe((state, previous) => {
          if (state.peers !== previous.peers) callback()
        }),
    })
    peerFramesByStore.set(store, frames)
  }
  return frames
}

/** Colleagues' presence as the canvas draws it: once per frame, and with my drag while I drag. */
export function useFramePeers(): readonly Peer[] {
  const frames = usePeerFrames()
  const [initial] = useState(frames.get)
  const [peers, setPeers] = useState(initial)
  useEffect(() => {
    const update = () => setPeers(frames.get())
    const stop = frames.subscribe(update)
    // A change shown between the first render and subscribing shows in the next frame.
    const frame = frames.get() !== initial ? requestAnimationFrame(update) : null
    return () => {
      stop()
      if (frame !== null) cancelAnimationFrame(frame)
    }
  }, [frames, initial])
  return peers
}
