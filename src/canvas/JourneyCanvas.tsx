// The map canvas. React Flow draws what the store holds; every document change it reports goes
// through a command (src/commands/canvas-commands.ts), never into the Y.Doc directly. Dragging stays local
// (and goes to peers through awareness) until the drop, which is one edit.

import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import {
  Background,
  BackgroundVariant,
  ReactFlow,
  useReactFlow,
  useStore as useFlowStore,
  useStoreApi as useFlowStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type ReactFlowState,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import './canvas.css'
// The card images' bitmaps (card-images.ts), written by `npm run card-bitmaps`.
import './card-bitmaps.generated.css'
import type { ViewportApi } from '../commands'
import {
  addTouchpointAt,
  connectCards,
  dropDragged,
  type DroppedNode,
} from '../commands/canvas-commands'
import { useRunCommand } from '../commands/use-command'
import { mapBounds } from '../domain/bounds'
import { CARD_SIZE } from '../domain/card'
import { phaseColumn, sameRect, type Rect } from '../domain/geometry'
import { defaultRegistry } from '../domain/kinds/registry'
import { revealCenter } from '../domain/placement'
import type { JourneyMap, Point } from '../domain/types'
import { useEditor, useEditorStore } from '../state/context'
import { setSelection, type EditorState } from '../state/editor-store'
import { canEdit as canEditSelector, canMove as canMoveSelector } from '../state/selectors'
import { edgeTypes, nodeTypes } from './flow-components'
import { ArrowMarkers } from './ArrowMarkers'
import { useHeldNodes } from './compositor-moves'
import { fitZoom, shouldCull } from './culling'
import { useCardImages } from './card-images'
import { MAX_ZOOM, MIN_ZOOM } from './zoom-range'
import { HeatLegend } from './HeatLegend'
import { lastCall } from './last-call'
import { countRender } from './render-count'
import { Minimap } from './minimap/Minimap'
import { PeerCursors } from './PeerCursors'
import { createPresenceThrottle } from './presence-sync'
import { skipUnchangedMeasures } from './skip-unchanged-measures'
import { useFlowElements, usePeerFrames } from './use-flow-elements'
import { useFollow } from './workshop/use-follow'
import { WorkshopOverlay } from './workshop/WorkshopOverlay'
import { useT } from '../state/locale'

const GRID = 8
/** Room for the floating toolbar above the map and the minimap below it when fitting the view. */
const FIT_MARGINS = { top: 76, bottom: 40, x: 48 } as const
const FIT_PADDING = {
  top: `${FIT_MARGINS.top}px`,
  bottom: `${FIT_MARGINS.bottom}px`,
  x: `${FIT_MARGINS.x}px`,
} as const
// Props React Flow compares by identity on every render: inline arrays and objects would be new
// each drag frame and make its store update (and every node subscriber re-run) per pointer move.
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING }
const SNAP_GRID: [number, number] = [GRID, GRID]
const PAN_ON_DRAG = [1, 2]
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control']
const PRO_OPTIONS = { hideAttribution: true }
/**
 * Below this zoom cards draw only their colour, title and emotion (canvas.css, `data-detail`):
 * one attribute on the canvas switches every card, no card subscribes to the zoom.
 */
export const LOW_DETAIL_ZOOM = 0.45
const lowDetailSelector = (s: { transform: [number, number, number] }) =>
  s.transform[2] < LOW_DETAIL_ZOOM

/** How many of the canvas's nodes or edges React Flow draws (collapsed lanes hide theirs). */
function shownCount(elements: readonly { hidden?: boolean }[]): number {
  return elements.reduce((count, element) => (element.hidden ? count : count + 1), 0)
}

/**
 * The map's bounds, the same object while they measure the same: an edit that moves nothing (a
 * keystroke in a title) does not re-render the canvas.
 */
function mapBoundsSelector(): (s: EditorState) => Rect {
  let last: Rect | null = null
  const boundsOf = lastCall((map: JourneyMap) => {
    const next = mapBounds(map, CARD_SIZE)
    if (!last || !sameRect(last, next)) last = next
    return last
  })
  return (s) => boundsOf(s.map)
}

/** Whether React Flow mounts only the cards in view now (culling.ts). */
function useCulling(): boolean {
  const bounds = useEditor(useMemo(() => mapBoundsSelector(), []))
  const select = useCallback(
    (s: ReactFlowState) =>
      shouldCull(s.transform[2], fitZoom(bounds, s.width, s.height, FIT_MARGINS)),
    [bounds],
  )
  return useFlowStore(select)
}

export function JourneyCanvas({ onViewport }: { onViewport(api: ViewportApi | null): void }) {
  countRender('canvas', 'journey')
  const t = useT()
  const store = useEditorStore()
  const flow = useReactFlow()
  // Before React Flow's nodes first render: their ResizeObserver captures the store's action then.
  const flowStore = useFlowStoreApi()
  useState(() => skipUnchangedMeasures(flowStore))
  const snapToGrid = useEditor((s) => s.snapToGrid)
  const showMinimap = useEditor((s) => s.showMinimap)
  const canEdit = useEditor(canEditSelector)
  const canMove = useEditor(canMoveSelector)
  // While a picture is taken every card is mounted at full detail (src/export/whole-canvas.ts).
  const capturing = useEditor((s) => s.capturing)
  const lowDetail = useFlowStore(lowDetailSelector) && !capturing
  const culling = useCulling() && !capturing
  const run = useRunCommand()
  useCardImages()
  const [dragging, setDragging] = useState<ReadonlyMap<string, Point>>(() => new Map())
  const draggingRef = useRef(dragging)
  const { nodes, edges, moving } = useFlowElements(dragging)
  const peerFrames = usePeerFrames()
  const presence = useMemo(() => createPresenceThrottle(store.session.presence), [store])
  const wrapper = useRef<HTMLDivElement>(null)
  useHeldNodes(wrapper, moving)
  const { onMove, onMoveStart, onMoveEnd, onInit } = useFollow(wrapper, presence)

  useEffect(() => {
    const api: ViewportApi = {
      fitView: () => void flow.fitView({ padding: FIT_PADDING, duration: 200 }),
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      reveal: (target) => {
        const box = wrapper.current?.getBoundingClientRect()
        if (!box) return
        const topLeft = flow.screenToFlowPosition({ x: box.left, y: box.top })
        const bottomRight = flow.screenToFlowPosition({ x: box.right, y: box.bottom })
        const visible = {
          x: topLeft.x,
          y: topLeft.y,
          width: bottomRight.x - topLeft.x,
          height: bottomRight.y - topLeft.y,
        }
        const point = revealCenter(visible, target)
        if (point) void flow.setCenter(point.x, point.y, { zoom: flow.getZoom(), duration: 250 })
      },
      center: () => {
        const rect = wrapper.current?.getBoundingClientRect()
        if (!rect) return { x: 0, y: 0 }
        return flow.screenToFlowPosition({
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
        })
      },
    }
    onViewport(api)
    return () => {
      onViewport(null)
      presence.cancel()
    }
  }, [flow, onViewport, presence])

  const updateDragging = useCallback(
    (next: ReadonlyMap<string, Point>) => {
      draggingRef.current = next
      setDragging(next)
      // Colleagues' presence draws with my drag updates while I drag, not in frames of its own.
      peerFrames.hold(next.size > 0)
      if (next.size === 0) return
      peerFrames.advance()
      const map = store.getState().map
      const absolute: Record<string, Point> = {}
      for (const [id, point] of next) {
        // Peers may lay out columns a moment differently; absolute points are what they share.
        const card = Object.hasOwn(map.touchpoints, id) ? map.touchpoints[id] : undefined
        const columnX = card?.phaseId ? (phaseColumn(map, card.phaseId)?.x ?? 0) : 0
        absolute[id] = { x: point.x + columnX, y: point.y }
      }
      presence.dragging(absolute)
    },
    [peerFrames, presence, store],
  )
  useEffect(() => () => peerFrames.hold(false), [peerFrames])

  // React Flow reports clicks, shift-clicks and box selection as 'select' changes; in a controlled
  // flow they only take effect once the store's selection changes.
  const applySelect = useCallback(
    (changes: readonly (NodeChange | EdgeChange)[]) => {
      let next: Set<string> | null = null
      for (const change of changes) {
        if (change.type !== 'select') continue
        next ??= withoutOffCanvas(store.getState())
        if (change.selected) next.add(change.id)
        else next.delete(change.id)
      }
      if (next) setSelection(store, next)
    },
    [store],
  )

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      let moved: Map<string, Point> | null = null
      for (const change of changes) {
        // Only pointer drags move nodes here; arrow keys go through the nudge commands.
        if (change.type === 'position' && change.dragging && change.position) {
          moved ??= new Map(draggingRef.current)
          moved.set(change.id, change.position)
        }
      }
      if (moved) updateDragging(moved)
      applySelect(changes)
    },
    [applySelect, updateDragging],
  )

  const onEdgesChange = useCallback((changes: EdgeChange[]) => applySelect(changes), [applySelect])

  const onNodeDragStop = useCallback(() => {
    const dropped = draggingRef.current
    if (dropped.size === 0) return
    const map = store.getState().map
    const moved = [...dropped].map(([id, position]): DroppedNode => {
      const card = Object.hasOwn(map.touchpoints, id) ? map.touchpoints[id] : undefined
      const parentId = card?.phaseId ?? undefined
      return { id, type: card ? 'touchpoint' : 'note', position, ...(parentId ? { parentId } : {}) }
    })
    run(dropDragged, { nodes: moved })
    updateDragging(new Map())
    presence.dragging(null)
  }, [presence, run, store, updateDragging])

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!connection.source || !connection.target) return
      run(connectCards, { source: connection.source, target: connection.target })
    },
    [run],
  )

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      const target = event.target as HTMLElement
      // Only empty canvas or an empty part of a phase column creates a card.
      if (!target.classList.contains('react-flow__pane') && !target.classList.contains('phase'))
        return
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      run(addTouchpointAt, { point })
    },
    [flow, run],
  )

  const onMouseMove = useCallback(
    (event: MouseEvent) =>
      presence.cursor(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })),
    [flow, presence],
  )

  return (
    <div
      className="canvas"
      ref={wrapper}
      data-detail={lowDetail ? 'low' : 'full'}
      data-capturing={capturing ? '' : undefined}
      data-shown-nodes={capturing ? shownCount(nodes) : undefined}
      data-shown-edges={capturing ? shownCount(edges) : undefined}
      onDoubleClick={onDoubleClick}
      onMouseMove={onMouseMove}
      onMouseLeave={() => presence.cursor(null)}
    >
      <ArrowMarkers />
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onMove={onMove}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        onInit={onInit}
        deleteKeyCode={null}
        nodesDraggable={canMove}
        nodesConnectable={canEdit}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        selectionOnDrag
        panOnDrag={PAN_ON_DRAG}
        panOnScroll
        zoomOnDoubleClick={false}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        proOptions={PRO_OPTIONS}
        onlyRenderVisibleElements={culling}
        elevateNodesOnSelect={false}
        zIndexMode="manual"
        nodesFocusable
        edgesFocusable
        aria-label={t.canvas.label}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID * 3} size={1.2} color="#cbd5e1" />
        {/* Zoom buttons live in the toolbar only (one set of controls, not two). */}
        {showMinimap && <Minimap />}
        <HeatLegend />
        <PeerCursors />
        <WorkshopOverlay />
      </ReactFlow>
    </div>
  )
}

/** The selection without records that are not on the canvas (a persona picked from its menu). */
function withoutOffCanvas({ map, selection }: EditorState): Set<string> {
  return new Set(
    [...selection].filter((id) => defaultRegistry.kindOfId(map, id)?.onCanvas !== false),
  )
}
