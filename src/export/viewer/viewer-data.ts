// What the one-file HTML viewer shows besides the picture, computed here (pure) so the inlined
// script only displays it: each card's details (pain points, opportunities, personas and how each
// feels, metrics, evidence), the personas, the phases, and the map's counts.

import { feltAt, appliesTo, personaBadge } from '../../domain/kinds/persona'
import { messagesFor } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { EMOTION_COLORS, type Emotion } from '../../domain/vocabulary'
import { metricsOf, readingOrder } from '../vector/digest'
import { EMOTION_LABELS, TEXT } from '../vector/strings'

// i18n (inspector helper): the vocabulary now comes from the catalogues; English here until the
// export takes the Messages as a parameter.
const EN = messagesFor('en')
const CHANNEL_LABELS = EN.vocabulary.channels
const EVIDENCE_LABELS = EN.vocabulary.evidence

export interface ViewerFeeling {
  readonly label: string
  readonly color: string
  readonly value: number
}

const feeling = (emotion: Emotion): ViewerFeeling => ({
  label: EMOTION_LABELS[emotion],
  color: EMOTION_COLORS[emotion],
  value: emotion,
})

export function viewerData(map: JourneyMap, exported: string) {
  // Hidden personas keep their data in the map but stay out of deliverables.
  const shown = map.personas.filter((persona) => persona.visible)
  const cards = readingOrder(map).map(({ card, phaseName, metrics }) => ({
    id: card.id,
    title: card.title || TEXT.untitledTouchpoint,
    phase: phaseName ?? TEXT.noPhase,
    channel: CHANNEL_LABELS[card.channel],
    kind: card.kind,
    emotion: feeling(card.emotion),
    description: card.description,
    painPoints: card.painPoints.filter((t) => t.trim() !== ''),
    opportunities: card.opportunities.filter((t) => t.trim() !== ''),
    owner: card.owner,
    tags: card.tags.filter((t) => t.trim() !== ''),
    evidence: EVIDENCE_LABELS[card.evidence],
    evidenceSource: card.evidenceSource,
    metrics,
    personas: shown
      .filter((persona) => appliesTo(card, persona.id))
      .map((persona) => {
        const felt = feltAt(card, persona.id)
        return {
          name: persona.name,
          color: persona.color,
          badge: personaBadge(persona),
          asIs: feeling(felt.emotion),
          toBe: felt.target === undefined ? null : feeling(felt.target),
        }
      }),
  }))
  return {
    title: map.meta.title.trim() || TEXT.untitledMap,
    description: map.meta.description,
    exported: TEXT.createdOn(exported),
    counts: [
      TEXT.phases(map.phases.length),
      TEXT.touchpoints(cards.length),
      TEXT.personas(shown.length),
    ],
    phases: map.phases.map((phase) => ({
      id: phase.id,
      name: phase.name,
      color: phase.color,
      metrics: metricsOf(map, { phaseId: phase.id }),
    })),
    personas: shown.map((persona) => ({
      name: persona.name,
      role: persona.role,
      description: persona.description,
      color: persona.color,
      badge: personaBadge(persona),
      goals: persona.goals.filter((t) => t.trim() !== ''),
      frustrations: persona.frustrations.filter((t) => t.trim() !== ''),
      quote: persona.quote,
    })),
    cards,
    labels: VIEWER_LABELS,
  }
}

/** Every word the viewer's script prints, handed to it with the data (one catalogue). */
export const VIEWER_LABELS = {
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to window',
  personas: 'Personas & curve',
  print: 'Print',
  close: 'Close',
  painPoints: 'Pain points',
  opportunities: 'Opportunities',
  personasAtCard: 'Personas here',
  asIs: 'as-is',
  toBe: 'to-be',
  metrics: 'Metrics',
  target: 'target',
  evidence: 'Evidence',
  owner: 'Owner',
  tags: 'Tags',
  description: 'Description',
  channel: 'Channel',
  emotion: 'Emotion',
  goals: 'Goals',
  frustrations: 'Frustrations',
  emotionCurve: 'Emotion curve',
  none: 'None recorded.',
  noPersonas: 'This map has no personas.',
  details: 'Details',
  hint: 'Drag to pan, scroll or use + and − to zoom, click a card for its details.',
  downloadMap: 'Download the map (Trailmap JSON)',
} as const

export type ViewerData = ReturnType<typeof viewerData>
