// A drawing as plain data: groups of rectangles, wrapped text, paths and circles in canvas
// pixels. The map's drawing (map-scene.ts) is built once and written out by two writers, SVG
// (svg-writer.ts) and PDF (pdf/), so both show the same layout, wrapped the same way. Groups carry
// what an editable deliverable needs: an id, a kind and a title (the SVG's <g id> and <title>).

import type { Rect } from '../../domain/geometry'

export type PathCommand =
  | { readonly op: 'M' | 'L'; readonly x: number; readonly y: number }
  | {
      readonly op: 'C'
      readonly x1: number
      readonly y1: number
      readonly x2: number
      readonly y2: number
      readonly x: number
      readonly y: number
    }
  | { readonly op: 'Z' }

export interface Paint {
  readonly fill?: string
  readonly stroke?: string
  readonly strokeWidth?: number
  /** Dash and gap lengths. */
  readonly dash?: readonly number[]
  readonly opacity?: number
}

export interface RectShape extends Paint {
  readonly type: 'rect'
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly radius?: number
}

export interface TextShape {
  readonly type: 'text'
  readonly x: number
  /** Baseline of the first line. */
  readonly y: number
  readonly lines: readonly string[]
  readonly size: number
  readonly bold?: boolean
  readonly color: string
  /** Distance between baselines. */
  readonly lineHeight: number
  readonly anchor?: 'start' | 'middle' | 'end'
}

export interface PathShape extends Paint {
  readonly type: 'path'
  readonly commands: readonly PathCommand[]
}

export interface CircleShape extends Paint {
  readonly type: 'circle'
  readonly cx: number
  readonly cy: number
  readonly r: number
}

export type Shape = RectShape | TextShape | PathShape | CircleShape

export type GroupKind =
  'background' | 'phase' | 'lane' | 'edge' | 'card' | 'insight' | 'curve' | 'metrics' | 'note'

export interface Group {
  /** Unique in the scene, a valid XML id. */
  readonly id: string
  readonly kind: GroupKind
  /** What the group is, for people: the SVG <title>, the viewer's tooltip. */
  readonly title: string
  /** The record it draws (a card's id for 'card'), for the interactive viewer. */
  readonly recordId?: string
  readonly shapes: readonly Shape[]
  readonly children?: readonly Group[]
}

export interface Scene {
  /** The part of the canvas drawn, in canvas pixels. */
  readonly frame: Rect
  readonly background: string | null
  readonly groups: readonly Group[]
}

/** A record id made safe for an XML id attribute (ids are nanoid-like, but files may hold any). */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`
}

/** `#rrggbb` mixed with white: `amount` 0 is the colour, 1 is white. */
export function tint(color: string, amount: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color)
  if (!match) return '#f1f5f9'
  const n = parseInt(match[1]!, 16)
  const mix = (c: number) => Math.round(c + (255 - c) * amount)
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix)
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

/** A rectangle with rounded top corners only (a card's emotion band). */
export function topRoundedRect(
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): PathCommand[] {
  const k = r * 0.45
  return [
    { op: 'M', x, y: y + h },
    { op: 'L', x, y: y + r },
    { op: 'C', x1: x, y1: y + k, x2: x + k, y2: y, x: x + r, y },
    { op: 'L', x: x + w - r, y },
    { op: 'C', x1: x + w - k, y1: y, x2: x + w, y2: y + k, x: x + w, y: y + r },
    { op: 'L', x: x + w, y: y + h },
    { op: 'Z' },
  ]
}
