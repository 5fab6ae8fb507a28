// Journey templates: complete example maps a team starts a workshop from. Each `build()` returns a
// new map with fresh ids, so two maps made from one template never share a record id. The server
// seeds new maps with them (DESIGN.md: content is seeded once, server-side, never by clients), in
// the language of the person creating the map: `templatesIn(locale)`, `templateById(id, locale)`.

import { CARD_GAP, CARD_SIZE } from './card'
import { createEdge, createPhase, createTouchpoint, emptyMap, phaseColorAt } from './defaults'
import { createLane } from './kinds/lane'
import { createPersona } from './kinds/persona'
import { DEFAULT_LOCALE, messagesFor, type Locale, type Messages } from './i18n'
import type { Edge, Id, JourneyMap, Lane, Phase, Point, Touchpoint } from './types'
import {
  classic5,
  ecommerceOmnichannel,
  patientJourney,
  serviceBlueprint,
  sixPhase,
  type CardSpec,
  type JourneySpec,
} from './template-journeys'

export type TemplateId =
  | 'blank'
  | 'classic-5'
  | 'six-phase'
  | 'ecommerce-omnichannel'
  | 'patient-journey'
  | 'service-blueprint'

export interface JourneyTemplate {
  readonly id: TemplateId
  readonly name: string
  readonly description: string
  /** The title of a map made from it when nobody gives one: the name, or "Untitled journey". */
  readonly defaultTitle: string
  /** The column names, for previews that should not build a whole map. */
  readonly phaseNames: readonly string[]
  build(): JourneyMap
}

/** Space above the first card of a cell. */
const CELL_PADDING = 16

/** Where the n-th card of a cell goes: centred in the column, one card height + gap apart. */
function templateCardPosition(index: number, columnWidth: number): Point {
  return {
    x: Math.max(0, Math.round((columnWidth - CARD_SIZE.width) / 2)),
    y: CELL_PADDING + index * (CARD_SIZE.height + CARD_GAP),
  }
}

/** A lane tall enough for the most cards any of its cells holds. */
function cellsHeight(cards: number): number {
  return CELL_PADDING + cards * (CARD_SIZE.height + CARD_GAP)
}

function buildTouchpoint(spec: CardSpec, phase: Phase, lane: Lane, index: number): Touchpoint {
  return createTouchpoint({
    title: spec.title,
    description: spec.description ?? '',
    phaseId: phase.id,
    channel: spec.channel,
    ...(spec.kind ? { kind: spec.kind } : {}),
    emotion: spec.emotion,
    painPoints: spec.pain ? [spec.pain] : [],
    opportunities: spec.opportunity ? [spec.opportunity] : [],
    owner: spec.owner ?? '',
    tags: spec.tags ?? [],
    laneId: lane.id,
    position: templateCardPosition(index, phase.width),
  })
}

function buildEdges(spec: JourneySpec, idOf: (key: string) => Id): Edge[] {
  const edges: Edge[] = []
  for (let i = 1; i < spec.path.length; i += 1) {
    const from = spec.path[i - 1]
    const to = spec.path[i]
    if (from !== undefined && to !== undefined)
      edges.push(createEdge({ source: idOf(from), target: idOf(to) }))
  }
  for (const branch of spec.branches) {
    edges.push(
      createEdge({
        source: idOf(branch.from),
        target: idOf(branch.to),
        kind: branch.kind,
        label: branch.label ?? '',
      }),
    )
  }
  return edges
}

/** Turns a journey spec into a map with fresh ids for every record. */
function buildJourney(spec: JourneySpec): JourneyMap {
  const idByKey = new Map<string, Id>()
  const phases: Phase[] = []
  const touchpoints: Record<Id, Touchpoint> = {}
  const laneByKey = new Map(
    spec.lanes.map((laneSpec, index) => [
      laneSpec.key,
      createLane({ type: laneSpec.type, name: laneSpec.name }, index),
    ]),
  )
  const laneOf = (cardSpec: CardSpec): Lane => {
    const key =
      cardSpec.lane ?? (typeof spec.cardLane === 'string' ? spec.cardLane : spec.cardLane(cardSpec))
    const lane = laneByKey.get(key)
    if (!lane) throw new Error(`template "${spec.title}" has no lane "${key}"`)
    return lane
  }
  const mostInCell = new Map<string, number>()
  spec.phases.forEach((phaseSpec, phaseIndex) => {
    const phase = createPhase({ name: phaseSpec.name, color: phaseColorAt(phaseIndex) })
    phases.push(phase)
    const inCell = new Map<string, number>()
    for (const cardSpec of phaseSpec.cards) {
      const lane = laneOf(cardSpec)
      const index = inCell.get(lane.id) ?? 0
      inCell.set(lane.id, index + 1)
      mostInCell.set(lane.id, Math.max(mostInCell.get(lane.id) ?? 0, index + 1))
      const touchpoint = buildTouchpoint(cardSpec, phase, lane, index)
      touchpoints[touchpoint.id] = touchpoint
      idByKey.set(cardSpec.key, touchpoint.id)
    }
  })
  const lanes = [...laneByKey.values()].map((lane) => {
    const cards = mostInCell.get(lane.id) ?? 0
    return cards === 0 ? lane : { ...lane, height: Math.max(lane.height, cellsHeight(cards)) }
  })
  const personas = spec.personas.map((personaSpec, index) =>
    createPersona({ ...personaSpec }, index),
  )
  const idOf = (key: string): Id => {
    const id = idByKey.get(key)
    // A typo in the template data is a programming error; fail loudly in the unit tests.
    if (id === undefined) throw new Error(`template "${spec.title}" has no card "${key}"`)
    return id
  }
  const edges: Record<Id, Edge> = {}
  for (const edge of buildEdges(spec, idOf)) edges[edge.id] = edge
  return {
    meta: { title: spec.title, description: spec.description },
    phases,
    lanes,
    personas,
    touchpoints,
    edges,
    notes: {},
    metrics: {},
  }
}

function fromSpec(id: TemplateId, summary: string, spec: JourneySpec): JourneyTemplate {
  return {
    id,
    name: spec.title,
    description: summary,
    defaultTitle: spec.title,
    phaseNames: spec.phases.map((phase) => phase.name),
    build: () => buildJourney(spec),
  }
}

/** Every template in the catalogue's language, in the order the "New map" dialog lists them. */
function templatesFrom(messages: Messages): readonly JourneyTemplate[] {
  const m = messages.templates
  return [
    {
      id: 'blank',
      name: m.blank.name,
      description: m.blank.summary,
      // The blank map keeps the editor's usual default title rather than "Blank map".
      defaultTitle: m.blank.defaultTitle,
      phaseNames: [],
      build: () => emptyMap(m.blank.defaultTitle),
    },
    fromSpec('classic-5', m.classic5.summary, classic5(m)),
    fromSpec('six-phase', m.sixPhase.summary, sixPhase(m)),
    fromSpec('ecommerce-omnichannel', m.omnichannel.summary, ecommerceOmnichannel(m)),
    fromSpec('service-blueprint', m.blueprint.summary, serviceBlueprint(m)),
    fromSpec('patient-journey', m.patient.summary, patientJourney(m)),
  ]
}

const byLocale = new Map<Locale, readonly JourneyTemplate[]>()

/** The templates written in `locale` (built once per language). */
export function templatesIn(locale: Locale): readonly JourneyTemplate[] {
  let templates = byLocale.get(locale)
  if (!templates) byLocale.set(locale, (templates = templatesFrom(messagesFor(locale))))
  return templates
}

/** Every template in English, in the order the "New map" dialog lists them. */
export const TEMPLATES: readonly JourneyTemplate[] = templatesIn(DEFAULT_LOCALE)

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((template) => template.id)

export function templateById(
  id: string,
  locale: Locale = DEFAULT_LOCALE,
): JourneyTemplate | undefined {
  return templatesIn(locale).find((template) => template.id === id)
}
