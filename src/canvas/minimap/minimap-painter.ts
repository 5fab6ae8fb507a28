// Draws the minimap onto two stacked <canvas> layers: every node as a small filled rectangle, and a
// veil over what the screen does not show.
//
// React Flow's own minimap is an SVG with a rectangle per node, each a component subscribed to the
// flow's store: dragging one card on a 1,000-card map ran 1,000 selectors and repainted the SVG
// every frame, ~20% of a drag frame's CPU (bench:canvas, with and without it). Here a drag frame
// costs one pass over the nodes and a few fills, and panning or zooming repaints only the veil.

import type { InternalNode, Node } from '@xyflow/react'
import {
  minimapView,
  toMinimap,
  union,
  visibleRect,
  type MinimapView,
  type Rect,
  type Size,
  type Transform,
} from './minimap-view'
import { sameRect } from '../../domain/geometry'

/** What the painter reads of React Flow's store. */
export interface FlowState {
  nodeLookup: ReadonlyMap<string, InternalNode>
  transform: Transform
  width: number
  height: number
}

export interface ShapeStyle {
  fill: string
  /** A hairline around the shape, where it is big enough to show one. */
  outline: string | null
  /** A strip along the top edge in this colour (a card's emotion, as on the canvas). */
  accent: string | null
}

export interface MinimapColors {
  /** Over the part of the map the screen does not show. */
  veil: string
  /** The outline of the part it shows. */
  frame: string
}

/** Minimap pixels left free around the content. */
const MARGIN = 6

export function createMinimapPainter(
  canvases: { nodes: HTMLCanvasElement; veil: HTMLCanvasElement },
  size: Size,
  styleOf: (node: Node) => ShapeStyle,
  colors: MinimapColors,
) {
  const ratio = Math.max(1, Math.round(globalThis.devicePixelRatio || 1))
  // Two layers: the nodes, redrawn when they change (a drag), and the veil over them, redrawn
  // when the view moves (pan, zoom). Neither copies the other's pixels.
  const nodesContext = sizedContext(canvases.nodes, size, ratio)
  const veilContext = sizedContext(canvases.veil, size, ratio)
  // Without a 2D canvas (none seen, but allowed) the minimap stays blank rather than failing.
  if (!nodesContext || !veilContext) return null
  const nodes = nodesContext
  const veil = veilContext
  // What the last pass over the nodes found: panning and zooming reuse it.
  let scene: Scene | null = null
  let view: MinimapView | null = null
  let veiled: Rect | null = null

  function paintNodes(shapes: readonly Shape[], shown: MinimapView) {
    // One path per colour: a few fills for a thousand cards instead of three calls per card.
    const fills = new Map<string, Path2D>()
    const outlines = new Map<string, Path2D>()
    const accents = new Map<string, Path2D>()
    const add = (
      paths: Map<string, Path2D>,
      color: string,
      x: number,
      y: number,
      w: number,
      h: number,
    ) => {
      let path = paths.get(color)
      if (!path) paths.set(color, (path = new Path2D()))
      path.rect(x, y, w, h)
    }
    for (const { rect, style } of shapes) {
      const { x, y, width, height } = toMinimap(shown, rect)
      add(fills, style.fill, x, y, width, height)
      if (style.outline && width >= 4 && height >= 4)
        add(outlines, style.outline, x + 0.5, y + 0.5, width - 1, height - 1)
      // A card's coloured top edge, as on the canvas.
      if (style.accent)
        add(accents, style.accent, x, y, width, Math.min(2, Math.max(1, height / 4)))
    }
    clear(nodes, ratio)
    nodes.lineWidth = 1
    for (const [color, path] of fills) {
      nodes.fillStyle = color
      nodes.fill(path)
    }
    for (const [color, path] of outlines) {
      nodes.strokeStyle = color
      nodes.stroke(path)
    }
    for (const [color, path] of accents) {
      nodes.fillStyle = color
      nodes.fill(path)
    }
  }

  return {
    /**
     * Draws the state; `nodesChanged` false (only the viewport moved) keeps the nodes' layer
     * unless the minimap's own view had to move with it, and so do nodes that changed in nothing
     * the minimap draws.
     */
    paint(state: FlowState, nodesChanged: boolean) {
      const visible = visibleRect(state.transform, state)
      let reshaped = false
      if (nodesChanged || !scene) {
        const found = sceneOf(state.nodeLookup, styleOf)
        // A retitled card or a new selection changes the nodes, not what the minimap draws:
        // repainting (and re-uploading) the layer for every keystroke would be wasted.
        reshaped = !scene || !sameShapes(scene.shapes, found.shapes)
        scene = found
      }
      const next = minimapView(union(scene.bounds, visible), size, MARGIN)
      const moved = !view || !sameView(view, next)
      if (reshaped || moved) paintNodes(scene.shapes, next)
      view = next
      const frame = toMinimap(next, visible)
      if (moved || !veiled || !sameRect(veiled, frame)) {
        clear(veil, ratio)
        paintVeil(veil, size, frame, colors)
        veiled = frame
      }
    },
    /** The view last drawn (null before the first paint). */
    view: () => view,
  }
}

/** Clears the whole canvas and leaves the context drawing in CSS pixels. */
function clear(context: CanvasRenderingContext2D, ratio: number) {
  context.setTransform(1, 0, 0, 1, 0, 0)
  context.clearRect(0, 0, context.canvas.width, context.canvas.height)
  context.setTransform(ratio, 0, 0, ratio, 0, 0)
}

function sizedContext(canvas: HTMLCanvasElement, size: Size, ratio: number) {
  canvas.width = size.width * ratio
  canvas.height = size.height * ratio
  return canvas.getContext('2d')
}

function rectOf(node: InternalNode): Rect | null {
  if (node.hidden) return null
  const width = node.measured.width ?? node.width ?? node.initialWidth ?? 0
  const height = node.measured.height ?? node.height ?? node.initialHeight ?? 0
  if (width <= 0 || height <= 0) return null
  const { x, y } = node.internals.positionAbsolute
  return { x, y, width, height }
}

interface Shape {
  rect: Rect
  style: ShapeStyle
}

interface Scene {
  shapes: Shape[]
  /** Around every shape; null without any. */
  bounds: Rect | null
}

/** One pass over the nodes: each one's place and look, and the bounds of them all. */
function sceneOf(nodes: FlowState['nodeLookup'], styleOf: (node: Node) => ShapeStyle): Scene {
  const shapes: Shape[] = []
  let bounds: Rect | null = null
  for (const node of nodes.values()) {
    const rect = rectOf(node)
    if (!rect) continue
    shapes.push({ rect, style: styleOf(node.internals.userNode) })
    bounds = union(bounds, rect)
  }
  return { shapes, bounds }
}

function sameShapes(a: readonly Shape[], b: readonly Shape[]) {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const [p, q] = [a[i] as Shape, b[i] as Shape]
    if (!sameRect(p.rect, q.rect)) return false
    const [s, t] = [p.style, q.style]
    if (s.fill !== t.fill || s.outline !== t.outline || s.accent !== t.accent) return false
  }
  return true
}

function sameView(a: MinimapView, b: MinimapView) {
  return a.x === b.x && a.y === b.y && a.scale === b.scale
}

function paintVeil(
  context: CanvasRenderingContext2D,
  size: Size,
  visible: Rect,
  colors: MinimapColors,
) {
  context.beginPath()
  context.rect(0, 0, size.width, size.height)
  context.rect(visible.x, visible.y, visible.width, visible.height)
  context.fillStyle = colors.veil
  context.fill('evenodd')
  context.lineWidth = 1.5
  context.strokeStyle = colors.frame
  context.strokeRect(visible.x, visible.y, visible.width, visible.height)
}
