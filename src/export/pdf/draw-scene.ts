// Draws a scene (../vector/scene.ts) onto a jsPDF page as vector graphics and real text: a
// transform maps scene units to points, an optional clip keeps a tile's content inside its part
// of the page, and groups entirely outside the visible region are skipped (a tiled poster draws
// each card once, not on every sheet).

import { GState, type jsPDF } from 'jspdf'
import type { Rect } from '../../domain/geometry'
import type { Group, PathCommand, Scene, Shape, TextShape } from '../vector/scene'
import { textWidth } from '../vector/text-metrics'
import { pdfText } from './pdf-text'

export interface Placement {
  /** Points per scene unit. */
  readonly scale: number
  /** Where the scene point (originX, originY) lands on the page, in points. */
  readonly originX: number
  readonly originY: number
  readonly pageX: number
  readonly pageY: number
}

const px = (p: Placement, x: number) => p.pageX + (x - p.originX) * p.scale
const py = (p: Placement, y: number) => p.pageY + (y - p.originY) * p.scale

/** A rough bounding box of a shape, in scene units (text: its lines' extent at 0.6 em a char). */
function shapeBounds(shape: Shape): Rect {
  switch (shape.type) {
    case 'rect':
      return shape
    case 'circle':
      return {
        x: shape.cx - shape.r,
        y: shape.cy - shape.r,
        width: 2 * shape.r,
        height: 2 * shape.r,
      }
    case 'text': {
      const longest = Math.max(0, ...shape.lines.map((line) => line.length)) * shape.size * 0.6
      const left =
        shape.anchor === 'end'
          ? shape.x - longest
          : shape.anchor === 'middle'
            ? shape.x - longest / 2
            : shape.x
      return {
        x: left,
        y: shape.y - shape.size,
        width: longest,
        height: shape.lines.length * shape.lineHeight + shape.size,
      }
    }
    case 'path': {
      const xs: number[] = []
      const ys: number[] = []
      for (const c of shape.commands) {
        if (c.op === 'Z') continue
        xs.push(c.x)
        ys.push(c.y)
        if (c.op === 'C') {
          xs.push(c.x1, c.x2)
          ys.push(c.y1, c.y2)
        }
      }
      const x = Math.min(...xs)
      const y = Math.min(...ys)
      return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
    }
  }
}

const meets = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/**
 * Whether a line of text belongs to the region: its middle is inside. A line cut by a tile's edge
 * is drawn on the tile that shows most of it, so the text layer never holds words nobody sees.
 */
function lineInside(shape: TextShape, index: number, region: Rect | null): boolean {
  if (!region) return true
  const width = textWidth(shape.lines[index] ?? '', shape)
  const left =
    shape.anchor === 'end'
      ? shape.x - width
      : shape.anchor === 'middle'
        ? shape.x - width / 2
        : shape.x
  const cx = left + width / 2
  const cy = shape.y + index * shape.lineHeight - shape.size * 0.35
  return (
    cx >= region.x &&
    cx < region.x + region.width &&
    cy >= region.y &&
    cy < region.y + region.height
  )
}

function groupMeets(group: Group, region: Rect): boolean {
  return (
    group.shapes.some((shape) => meets(shapeBounds(shape), region)) ||
    (group.children ?? []).some((child) => groupMeets(child, region))
  )
}

function tracePath(doc: jsPDF, p: Placement, commands: readonly PathCommand[]) {
  for (const c of commands) {
    if (c.op === 'M') doc.moveTo(px(p, c.x), py(p, c.y))
    else if (c.op === 'L') doc.lineTo(px(p, c.x), py(p, c.y))
    else if (c.op === 'C')
      doc.curveTo(px(p, c.x1), py(p, c.y1), px(p, c.x2), py(p, c.y2), px(p, c.x), py(p, c.y))
    else doc.close()
  }
}

function drawShape(doc: jsPDF, p: Placement, shape: Shape, region: Rect | null) {
  if (shape.type === 'text') {
    if (shape.lines.length === 0) return
    doc.setFont('helvetica', shape.bold ? 'bold' : 'normal')
    doc.setFontSize(shape.size * p.scale)
    doc.setTextColor(shape.color)
    shape.lines.forEach((line, i) => {
      const text = pdfText(line)
      if (text.trim() === '' || !lineInside(shape, i, region)) return
      doc.text(text, px(p, shape.x), py(p, shape.y + i * shape.lineHeight), {
        align: shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'right' : 'left',
        baseline: 'alphabetic',
      })
    })
    return
  }
  const fill = shape.fill !== undefined && shape.fill !== 'none'
  const stroke = shape.stroke !== undefined
  if (!fill && !stroke) return
  if (fill) doc.setFillColor(shape.fill!)
  if (stroke) {
    doc.setDrawColor(shape.stroke!)
    doc.setLineWidth((shape.strokeWidth ?? 1) * p.scale)
    doc.setLineDashPattern(shape.dash ? shape.dash.map((d) => d * p.scale) : [], 0)
  }
  const translucent = shape.opacity !== undefined && shape.opacity < 1
  if (translucent)
    doc.setGState(new GState({ opacity: shape.opacity!, 'stroke-opacity': shape.opacity! }))
  const style = fill && stroke ? 'FD' : fill ? 'F' : 'S'
  if (shape.type === 'rect') {
    const args = [
      px(p, shape.x),
      py(p, shape.y),
      shape.width * p.scale,
      shape.height * p.scale,
    ] as const
    if (shape.radius)
      doc.roundedRect(...args, shape.radius * p.scale, shape.radius * p.scale, style)
    else doc.rect(...args, style)
  } else if (shape.type === 'circle') {
    doc.circle(px(p, shape.cx), py(p, shape.cy), shape.r * p.scale, style)
  } else {
    tracePath(doc, p, shape.commands)
    if (style === 'FD') doc.fillStroke()
    else if (style === 'F') doc.fill()
    else doc.stroke()
  }
  if (translucent) doc.setGState(new GState({ opacity: 1, 'stroke-opacity': 1 }))
  if (stroke && shape.dash) doc.setLineDashPattern([], 0)
}

function drawGroup(doc: jsPDF, p: Placement, group: Group, region: Rect | null) {
  if (region && !groupMeets(group, region)) return
  for (const shape of group.shapes) drawShape(doc, p, shape, region)
  for (const child of group.children ?? []) drawGroup(doc, p, child, region)
}

/**
 * Draws the scene's `region` (default: its frame) at the placement, clipped to that region's
 * place on the page.
 */
export function drawScene(doc: jsPDF, scene: Scene, p: Placement, region: Rect = scene.frame) {
  doc.saveGraphicsState()
  doc.rect(px(p, region.x), py(p, region.y), region.width * p.scale, region.height * p.scale, null)
  doc.clip()
  doc.discardPath()
  if (scene.background) {
    doc.setFillColor(scene.background)
    doc.rect(px(p, region.x), py(p, region.y), region.width * p.scale, region.height * p.scale, 'F')
  }
  for (const group of scene.groups) drawGroup(doc, p, group, region)
  doc.restoreGraphicsState()
}
