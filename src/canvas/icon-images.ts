import {
  ChartNoAxesCombined,
  CircleQuestionMark,
  Eye,
  Lightbulb,
  ShieldCheck,
  TriangleAlert,
  type IconNode,
} from 'lucide'
import type { Channel, EvidenceStatus } from '../domain/vocabulary'
import { CHANNEL_ICON_NODES } from './channel-icons'
import { escapeXml } from '../export/vector/svg-writer'

/**
 * The icons a card draws, as SVG markup for images painted through `mask-image` (the element
 * paints `currentColor` through the icon, so a badge's icon takes the badge's colour; see
 * card-images.ts). Images rather than inline <svg>: a card drew two to four icons of five or six
 * SVG elements each, and mounting a thousand cards spent a sixth of its time building and laying
 * them out. The channels' icons come from the inspector's table (channel-icons.ts).
 */
export function iconSvg(node: IconNode): string {
  const shapes = node
    .map(([tag, attributes]) => {
      const attrs = Object.entries(attributes)
        .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
        .join('')
      return `<${tag}${attrs}/>`
    })
    .join('')
  // Lucide's own defaults (24-unit box, 2-unit round strokes); black is opaque for the mask.
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" ' +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shapes}</svg>`
  )
}

const images = <K extends string>(nodes: Readonly<Record<K, IconNode>>) =>
  Object.fromEntries(Object.entries<IconNode>(nodes).map(([key, node]) => [key, iconSvg(node)]))

/** Each channel's icon, the one the inspector shows (channel-icons.ts). */
export const CHANNEL_SVGS = images(CHANNEL_ICON_NODES) as Readonly<Record<Channel, string>>

export const EVIDENCE_SVGS = images({
  assumed: CircleQuestionMark,
  observed: Eye,
  validated: ShieldCheck,
}) as Readonly<Record<EvidenceStatus, string>>

export const BADGE_SVGS = images({
  pain: TriangleAlert,
  opportunity: Lightbulb,
  metric: ChartNoAxesCombined,
}) as Readonly<Record<'pain' | 'opportunity' | 'metric', string>>
