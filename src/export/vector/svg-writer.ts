// A scene as a standalone SVG file: native rect, text/tspan, path and circle elements only (no
// foreignObject, no CSS, no external references), so Inkscape, Illustrator, rsvg and browsers
// draw it alike and every phase, lane and card stays a named group (<g id> with a <title>).

import type { Group, PathCommand, Scene, Shape } from './scene'
import { FONT_FAMILY } from './text-metrics'

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 cannot hold control characters other than tab and line breaks.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  )
}

const n = (value: number) => String(Math.round(value * 100) / 100)

export function pathData(commands: readonly PathCommand[]): string {
  return commands
    .map((c) => {
      if (c.op === 'Z') return 'Z'
      if (c.op === 'C') return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`
      return `${c.op}${n(c.x)} ${n(c.y)}`
    })
    .join('')
}

function paint(shape: Exclude<Shape, { type: 'text' }>): string {
  const parts = [`fill="${shape.fill ?? 'none'}"`]
  if (shape.stroke)
    parts.push(`stroke="${shape.stroke}"`, `stroke-width="${n(shape.strokeWidth ?? 1)}"`)
  if (shape.dash) parts.push(`stroke-dasharray="${shape.dash.map(n).join(' ')}"`)
  if (shape.opacity !== undefined) parts.push(`opacity="${n(shape.opacity)}"`)
  if (shape.type === 'path' && shape.stroke)
    parts.push('stroke-linecap="round"', 'stroke-linejoin="round"')
  return parts.join(' ')
}

export function shapeSvg(shape: Shape): string {
  switch (shape.type) {
    case 'rect': {
      const r = shape.radius ? ` rx="${n(shape.radius)}"` : ''
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${r} ${paint(shape)}/>`
    }
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" ${paint(shape)}/>`
    case 'path':
      return `<path d="${pathData(shape.commands)}" ${paint(shape)}/>`
    case 'text': {
      if (shape.lines.length === 0) return ''
      const anchor =
        shape.anchor && shape.anchor !== 'start' ? ` text-anchor="${shape.anchor}"` : ''
      const weight = shape.bold ? ' font-weight="700"' : ''
      const spans = shape.lines
        .map(
          (line, i) =>
            `<tspan x="${n(shape.x)}" y="${n(shape.y + i * shape.lineHeight)}">${escapeXml(line)}</tspan>`,
        )
        .join('')
      return `<text font-size="${n(shape.size)}"${weight} fill="${shape.color}"${anchor} xml:space="preserve">${spans}</text>`
    }
  }
}

function groupSvg(group: Group, indent: string): string {
  const attrs = [`id="${group.id}"`, `class="tm-${group.kind}"`]
  if (group.recordId) attrs.push(`data-id="${escapeXml(group.recordId)}"`)
  const inner = [
    `<title>${escapeXml(group.title)}</title>`,
    ...group.shapes.map(shapeSvg).filter(Boolean),
    ...(group.children ?? []).map((child) => groupSvg(child, `${indent}  `)),
  ]
  return `${indent}<g ${attrs.join(' ')}>\n${inner.map((line) => `${indent}  ${line.trimStart()}`).join('\n')}\n${indent}</g>`
}

export interface SvgOptions {
  /** The document's <title>: the map's title. */
  readonly title: string
  readonly description?: string
}

export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  const { x, y, width, height } = scene.frame
  const background = scene.background
    ? `  <rect id="background" x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="${scene.background}"/>\n`
    : ''
  const desc = options.description ? `  <desc>${escapeXml(options.description)}</desc>\n` : ''
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" ` +
    `viewBox="${n(x)} ${n(y)} ${n(width)} ${n(height)}" font-family="${escapeXml(FONT_FAMILY)}">\n` +
    `  <title>${escapeXml(options.title)}</title>\n${desc}${background}` +
    scene.groups.map((group) => groupSvg(group, '  ')).join('\n') +
    `\n</svg>\n`
  )
}

/** Loose shapes as an inline <svg> element (no XML prolog), for HTML pages. */
export function fragmentSvg(
  shapes: readonly Shape[],
  width: number,
  height: number,
  label: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" role="img" ` +
    `aria-label="${escapeXml(label)}" font-family="${escapeXml(FONT_FAMILY)}">` +
    shapes.map(shapeSvg).join('') +
    `</svg>`
  )
}
