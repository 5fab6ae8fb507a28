// The minimap in the canvas's corner: the whole map small, with the part on screen framed. Drag on
// it to move the view (the frame follows the pointer), press outside the frame to jump there, turn
// the wheel over it to zoom.
//
// It draws outside React: it listens to React Flow's store and paints its <canvas> at most once
// per animation frame (minimap-painter.ts), so a drag on a big map re-renders no minimap component;
// while nodes keep changing, their layer repaints at most every 100 ms (repaint-schedule.ts).

import { memo, useEffect, useRef, type PointerEvent } from 'react'
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react'
import { useT } from '../../state/locale'
import { createMinimapPainter } from './minimap-painter'
import { MINIMAP_COLORS, minimapStyle } from './minimap-style'
import { createRepaintSchedule } from './repaint-schedule'
import {
  centredOn,
  contains,
  pannedBy,
  toFlow,
  visibleRect,
  type MinimapView,
  type Transform,
} from './minimap-view'

const SIZE = { width: 200, height: 150 } as const

/** The wheel's zoom step, as React Flow's own minimap takes it. */
function wheelFactor(event: WheelEvent) {
  const step = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002
  return 2 ** (-event.deltaY * step)
}

export const Minimap = memo(function Minimap() {
  const t = useT()
  const store = useStoreApi()
  const flow = useReactFlow()
  const nodesLayer = useRef<HTMLCanvasElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const painter = useRef<ReturnType<typeof createMinimapPainter>>(null)
  /** The pointer's last position while dragging, and the view it started on. */
  const drag = useRef<{ x: number; y: number; view: MinimapView } | null>(null)

  useEffect(() => {
    const element = canvas.current
    if (!element || !nodesLayer.current) return
    const layers = { nodes: nodesLayer.current, veil: element }
    const paint = createMinimapPainter(layers, SIZE, minimapStyle, MINIMAP_COLORS)
    if (!paint) return
    painter.current = paint
    const schedule = createRepaintSchedule((nodesChanged) =>
      paint.paint(store.getState(), nodesChanged),
    )
    schedule.paintNow()
    const unsubscribe = store.subscribe((state, previous) => {
      // Only a viewport change lets the painter keep its picture of the nodes; React Flow also
      // reports measured sizes as a change of nothing in particular.
      const viewportOnly =
        state.nodeLookup === previous.nodeLookup &&
        state.nodes === previous.nodes &&
        (state.transform !== previous.transform ||
          state.width !== previous.width ||
          state.height !== previous.height)
      schedule.changed(!viewportOnly)
    })
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      void flow.zoomTo(flow.getZoom() * wheelFactor(event))
    }
    // Not React's onWheel: that listener is passive and could not keep the page from scrolling.
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      unsubscribe()
      schedule.cancel()
      element.removeEventListener('wheel', onWheel)
      painter.current = null
    }
  }, [store, flow])

  const show = (transform: Transform) => {
    const [x, y, zoom] = transform
    void flow.setViewport({ x, y, zoom })
  }

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    const view = painter.current?.view()
    if (event.button !== 0 || !view) return
    event.currentTarget.setPointerCapture(event.pointerId)
    const { transform, width, height } = store.getState()
    const box = event.currentTarget.getBoundingClientRect()
    const target = toFlow(view, { x: event.clientX - box.left, y: event.clientY - box.top })
    if (!contains(visibleRect(transform, { width, height }), target))
      show(centredOn(target, transform[2], { width, height }))
    drag.current = { x: event.clientX, y: event.clientY, view }
  }

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const from = drag.current
    if (!from) return
    const delta = { x: event.clientX - from.x, y: event.clientY - from.y }
    drag.current = { ...from, x: event.clientX, y: event.clientY }
    show(pannedBy(store.getState().transform, delta, from.view))
  }

  const onPointerEnd = () => {
    drag.current = null
  }

  return (
    <Panel position="bottom-right" className="minimap">
      <canvas ref={nodesLayer} className="minimap__nodes" style={SIZE} aria-hidden="true" />
      <canvas
        ref={canvas}
        className="minimap__canvas"
        role="img"
        aria-label={t.canvas.minimap}
        style={SIZE}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      />
    </Panel>
  )
})
