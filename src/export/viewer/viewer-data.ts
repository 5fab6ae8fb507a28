// What the one-file HTML viewer shows besides the picture, computed here (pure) so the inlined
// script only displays it: each card's details (pain points, opportunities, personas and how each
// feels, metrics, evidence), the personas, the phases, and the map's counts.

import { feltAt, appliesTo, personaBadge } from '../../domain/kinds/persona'
import { messagesFor, type Locale } from '../../domain/i18n'
import type { JourneyMap } from '../../domain/types'
import { EMOTION_COLORS, type Emotion } from '../../domain/vocabulary'
import { metricsOf, readingOrder } from '../vector/digest'
import { emotionLabel } from '../vector/strings'

export interface ViewerFeeling {
  readonly label: string
  readonly color: string
  readonly value: number
}

const feeling = (emotion: Emotion, locale: Locale): ViewerFeeling => ({
  label: emotionLabel(locale, emotion),
  color: EMOTION_COLORS[emotion],
  value: emotion,
})

/** The viewer's data, its words in `locale`; `exported` is the export date. */
export function viewerData(map: JourneyMap, exported: Date, locale: Locale) {
  const messages = messagesFor(locale)
  const text = messages.exports.deliverable
  // Hidden personas keep their data in the map but stay out of deliverables.
  const shown = map.personas.filter((persona) => persona.visible)
  const cards = readingOrder(map, locale).map(({ card, phaseName, metrics }) => ({
    id: card.id,
    title: card.title || text.untitledTouchpoint,
    phase: phaseName ?? text.noPhase,
    channel: messages.vocabulary.channels[card.channel],
    kind: card.kind,
    emotion: feeling(card.emotion, locale),
    description: card.description,
    painPoints: card.painPoints.filter((t) => t.trim() !== ''),
    opportunities: card.opportunities.filter((t) => t.trim() !== ''),
    owner: card.owner,
    tags: card.tags.filter((t) => t.trim() !== ''),
    evidence: messages.vocabulary.evidence[card.evidence],
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
          asIs: feeling(felt.emotion, locale),
          toBe: felt.target === undefined ? null : feeling(felt.target, locale),
        }
      }),
  }))
  return {
    title: map.meta.title.trim() || text.untitledMap,
    description: map.meta.description,
    exported: text.createdOn(exported),
    counts: [
      messages.vocabulary.kindCounts.phase(map.phases.length),
      messages.vocabulary.kindCounts.touchpoint(cards.length),
      messages.vocabulary.kindCounts.persona(shown.length),
    ],
    phases: map.phases.map((phase) => ({
      id: phase.id,
      name: phase.name,
      color: phase.color,
      metrics: metricsOf(map, { phaseId: phase.id }, locale),
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
    labels: messages.exports.viewer,
  }
}

export type ViewerData = ReturnType<typeof viewerData>
