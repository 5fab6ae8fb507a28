// Avatar helpers for the presence bar: initials, a readable text colour on the person's colour,
// and a stable digest of who is here (so cursor moves do not re-render the bar).

import type { Peer, PresenceUser } from '../../collab/presence'

/** "Amber Otter" → "AO", "ana" → "A", "" → "?"; code points, so an emoji stays whole. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = words[0]
  if (first === undefined) return '?'
  const letter = (word: string) => (Array.from(word)[0] ?? '').toLocaleUpperCase()
  const last = words.length > 1 ? words[words.length - 1] : undefined
  return letter(first) + (last === undefined ? '' : letter(last))
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i
const FALLBACK_COLOR = '#64748b'

/** A colleague's colour is their input: use it only if it is a plain hex colour. */
export function safeColor(color: string): string {
  return HEX.test(color) ? color : FALLBACK_COLOR
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** White or near-black, whichever contrasts more with `background` (a hex colour). */
export function readableTextColor(background: string): string {
  const match = HEX.exec(background)
  if (!match?.[1]) return '#ffffff'
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1]
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(hex.slice(i, i + 2), 16)))
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  // Contrast with white is 1.05 / (L + 0.05); with #0f172a (L ≈ 0.0087) it is (L + 0.05) / 0.0587.
  const withWhite = 1.05 / (luminance + 0.05)
  const withDark = (luminance + 0.05) / 0.0587
  return withWhite >= withDark ? '#ffffff' : '#0f172a'
}

export interface RosterEntry extends PresenceUser {
  clientId: number
}

/** Who is here, as a string: equal strings mean nothing the bar shows has changed. */
export function rosterKey(peers: readonly Peer[]): string {
  return JSON.stringify(peers.map((peer) => [peer.clientId, peer.user.name, peer.user.color]))
}

export function parseRoster(key: string): RosterEntry[] {
  const rows = JSON.parse(key) as [number, string, string][]
  return rows.map(([clientId, name, color]) => ({ clientId, name, color }))
}

/** The first `max` items, or `max - 1` and the rest counted in a "+N" slot. */
export function withOverflow<T>(items: readonly T[], max: number): { shown: T[]; hidden: T[] } {
  if (items.length <= max) return { shown: [...items], hidden: [] }
  const keep = Math.max(0, max - 1)
  return { shown: items.slice(0, keep), hidden: items.slice(keep) }
}

export const MAX_NAME_LENGTH = 60

/** A name as typed, ready to share: single spaces, trimmed, at most MAX_NAME_LENGTH long. */
export function cleanName(raw: string): string {
  return Array.from(raw.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim()
}
