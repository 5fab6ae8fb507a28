// Every sentence and label the deliverables (SVG, PDF, HTML viewer) print, in one place and as
// whole phrases, so a translation catalogue can take them over as they are.

import type { Emotion } from '../../domain/vocabulary'

export const EMOTION_LABELS: Readonly<Record<Emotion, string>> = {
  [-2]: 'Very negative',
  [-1]: 'Negative',
  0: 'Neutral',
  1: 'Positive',
  2: 'Delighted',
}

const plural = (n: number, one: string, other: string) =>
  n === 1 ? one.replace('#', String(n)) : other.replace('#', n.toLocaleString('en'))

export const TEXT = {
  painPoints: (n: number) => plural(n, '# pain point', '# pain points'),
  opportunities: (n: number) => plural(n, '# opportunity', '# opportunities'),
  touchpoints: (n: number) => plural(n, '# touchpoint', '# touchpoints'),
  phases: (n: number) => plural(n, '# phase', '# phases'),
  personas: (n: number) => plural(n, '# persona', '# personas'),
  moreItems: (n: number) => `+${n.toLocaleString('en')} more`,
  pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  untitledTouchpoint: 'Untitled touchpoint',
  untitledMap: 'Untitled journey map',
  noPhase: 'No phase',
  allCards: 'All cards',
  asIs: 'as-is',
  toBe: 'to-be',
  target: (value: string) => `target ${value}`,
  cardMetrics: (n: number) => plural(n, '# card metric', '# card metrics'),
  coverSubtitle: 'Customer journey map',
  createdOn: (date: string) => `Exported ${date}`,
  personasHeading: 'Personas',
  goals: 'Goals',
  frustrations: 'Frustrations',
  legendChannels: 'Channels',
  legendEmotions: 'Emotions',
  topPainPoints: 'Top pain points',
  topOpportunities: 'Top opportunities',
  emotionCurve: 'Emotion curve',
  summaryHeading: 'Touchpoints at a glance',
  columns: {
    phase: 'Phase',
    touchpoint: 'Touchpoint',
    channel: 'Channel',
    emotion: 'Emotion',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    metrics: 'Metrics',
  },
  none: '—',
  atTouchpoint: (title: string) => `at “${title}”`,
  /** Where an insight was found: touchpoints with their phases, already joined. */
  foundAt: (places: string) => `at ${places}`,
  noPersonas: 'This map has no personas.',
  nothingListed: 'None recorded.',
  generatedBy: 'Made with Trailmap',
} as const
