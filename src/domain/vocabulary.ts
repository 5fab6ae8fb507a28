// The fixed vocabularies of a journey map. Kept as `as const` tuples so the same list drives the
// TypeScript union, the runtime validator, the JSON Schema test and the editor's pickers. What
// people read for each id is in the catalogues (`messages.vocabulary`), never here.

export const CHANNELS = [
  'website',
  'social-media',
  'email',
  'online-ads',
  'mobile-app',
  'chatbot',
  'search',
  'store',
  'trade-fair',
  'hotline',
  'print',
  'customer-service',
  'consultation',
  'recommendation',
  'other',
] as const
export type Channel = (typeof CHANNELS)[number]

export const TOUCHPOINT_KINDS = ['digital', 'physical', 'interpersonal'] as const
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number]

/** Customer emotion at a touchpoint: −2 (very negative) … +2 (delighted). */
export const EMOTIONS = [-2, -1, 0, 1, 2] as const
export type Emotion = (typeof EMOTIONS)[number]

/** The colour of each emotion: a card's top border, its face, its box in the map list thumbnail. */
export const EMOTION_COLORS: Readonly<Record<Emotion, string>> = {
  [-2]: '#b91c1c',
  [-1]: '#c2410c',
  0: '#475569',
  1: '#15803d',
  2: '#047857',
}

/** How a step leads to the next one: the main path, an alternative branch, or a loop back. */
export const EDGE_KINDS = ['flow', 'alternative', 'return'] as const
export type EdgeKind = (typeof EDGE_KINDS)[number]

/** The kind a channel usually has; used as the default when a touchpoint names only its channel. */
export const DEFAULT_KIND_BY_CHANNEL: Readonly<Record<Channel, TouchpointKind>> = {
  website: 'digital',
  'social-media': 'digital',
  email: 'digital',
  'online-ads': 'digital',
  'mobile-app': 'digital',
  chatbot: 'digital',
  search: 'digital',
  store: 'physical',
  'trade-fair': 'physical',
  print: 'physical',
  hotline: 'interpersonal',
  'customer-service': 'interpersonal',
  consultation: 'interpersonal',
  recommendation: 'interpersonal',
  other: 'digital',
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}
export function isEmotion(value: unknown): value is Emotion {
  return typeof value === 'number' && (EMOTIONS as readonly number[]).includes(value)
}

/**
 * How sure the team is of a card, pain point, opportunity or metric: a guess, something seen in
 * research, or something checked (the research backlog is every 'assumed' record).
 */
export const EVIDENCE_STATUSES = ['assumed', 'observed', 'validated'] as const
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number]

/** Where evidence comes from; free text is allowed too (a URL, a study's name). */
export const EVIDENCE_SOURCES = [
  'interview',
  'analytics',
  'survey',
  'support tickets',
  'usability test',
  'observation',
] as const

/**
 * What a lane (a row across the phase columns) holds. The three `line-of-*` types are the service
 * blueprint's dividers (Shostack; Bitner et al.): thin labelled lines between lanes, not rows that
 * hold cards. `emotion-curve` draws the personas' curves; `metrics` shows the phases' numbers.
 */
export const LANE_TYPES = [
  'customer-actions',
  'touchpoints',
  'thoughts-feelings',
  'pain-points',
  'opportunities',
  'physical-evidence',
  'frontstage',
  'backstage',
  'support-processes',
  'metrics',
  'emotion-curve',
  'text',
  'line-of-interaction',
  'line-of-visibility',
  'line-of-internal-interaction',
] as const
export type LaneType = (typeof LANE_TYPES)[number]

export function isLineLane(type: LaneType): boolean {
  return type.startsWith('line-of-')
}

/**
 * Lanes whose content is drawn from the map (the curve, the numbers, the touchpoints' pain points
 * and opportunities as cards), not cards placed in them.
 */
export function isDrawnLane(type: LaneType): boolean {
  return (
    type === 'emotion-curve' ||
    type === 'metrics' ||
    type === 'pain-points' ||
    type === 'opportunities'
  )
}

/** Lanes of the organisation's side of a blueprint: their cards are not the customer's steps. */
export function isBehindTheScenes(type: LaneType): boolean {
  return (
    type === 'frontstage' ||
    type === 'backstage' ||
    type === 'support-processes' ||
    type === 'physical-evidence'
  )
}
