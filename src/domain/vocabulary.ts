// The fixed vocabularies of a journey map. Kept as `as const` tuples so the same list drives the
// TypeScript union, the runtime validator, the JSON Schema test and the editor's pickers.

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

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  website: 'Website',
  'social-media': 'Social media',
  email: 'E-mail',
  'online-ads': 'Online ads',
  'mobile-app': 'Mobile app',
  chatbot: 'Chatbot',
  search: 'Search',
  store: 'Store',
  'trade-fair': 'Trade fair',
  hotline: 'Hotline',
  print: 'Print',
  'customer-service': 'Customer service',
  consultation: 'Consultation',
  recommendation: 'Recommendation',
  other: 'Other',
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}
export function isEmotion(value: unknown): value is Emotion {
  return typeof value === 'number' && (EMOTIONS as readonly number[]).includes(value)
}
