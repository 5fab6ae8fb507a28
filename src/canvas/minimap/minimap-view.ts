// The minimap's maths, free of React and the DOM: which part of the map the minimap shows, and how
// a point on it maps back to the map. Flow coordinates are the map's own (what React Flow calls
// flow positions); minimap coordinates are CSS pixels from the minimap's top-left corner.

import type { Point } from '../../domain/types'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface Size {
  width: number
  height: number
}

/** The part of the map the minimap shows, and how many flow units one minimap pixel covers. */
export interface MinimapView {
  x: number
  y: number
  /** Flow units per minimap pixel. */
  scale: number
}

/** React Flow's viewport transform: translation in screen pixels, then the zoom. */
export type Transform = readonly [x: number, y: number, zoom: number]

/** The smallest rectangle around both, or the one given when the other is null. */
export function union(a: Rect | null, b: Rect): Rect {
  if (!a) return b
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  }
}

/** The part of the map the screen shows, in flow coordinates. */
export function visibleRect(transform: Transform, screen: Size): Rect {
  const [x, y, zoom] = transform
  return { x: -x / zoom, y: -y / zoom, width: screen.width / zoom, height: screen.height / zoom }
}

/**
 * Fits the map's content and the visible part into the minimap, centred and uniformly scaled, with
 * `margin` minimap pixels free on every side (so a card at the edge is not cut by the corner).
 */
export function minimapView(shown: Rect, minimap: Size, margin: number): MinimapView {
  const room = { width: minimap.width - 2 * margin, height: minimap.height - 2 * margin }
  const scale = Math.max(shown.width / room.width, shown.height / room.height, Number.MIN_VALUE)
  return {
    x: shown.x - (minimap.width * scale - shown.width) / 2,
    y: shown.y - (minimap.height * scale - shown.height) / 2,
    scale,
  }
}

/** The flow point under a point of the minimap. */
export function toFlow(view: MinimapView, point: Point): Point {
  return { x: view.x + point.x * view.scale, y: view.y + point.y * view.scale }
}

/** A flow rectangle in minimap pixels. */
export function toMinimap(view: MinimapView, rect: Rect): Rect {
  return {
    x: (rect.x - view.x) / view.scale,
    y: (rect.y - view.y) / view.scale,
    width: rect.width / view.scale,
    height: rect.height / view.scale,
  }
}

export function contains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  )
}

/** The transform that shows `centre` in the middle of the screen at the same zoom. */
export function centredOn(centre: Point, zoom: number, screen: Size): Transform {
  return [screen.width / 2 - centre.x * zoom, screen.height / 2 - centre.y * zoom, zoom]
}

/**
 * The transform after the pointer moved `delta` minimap pixels while dragging the minimap: the
 * visible part follows the pointer, as the frame drawn on the minimap does.
 */
export function pannedBy(transform: Transform, delta: Point, view: MinimapView): Transform {
  const [x, y, zoom] = transform
  return [x - delta.x * view.scale * zoom, y - delta.y * view.scale * zoom, zoom]
}
