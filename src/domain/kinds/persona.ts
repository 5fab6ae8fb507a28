// Persona: whose journey it is. A map has any number, in the order of `map.personas`; each card
// applies to all of them or to a chosen few, and may record how each persona feels there (their
// own point on the emotion curve, as-is and to-be). Hidden personas keep their data but draw no
// curve and are left out of exports.

import { newId } from '../ids'
import { assertFields, assertFreshId, assertPatch, mapRecords, patched } from '../records'
import { booleanRule, colorRule, idRule, stringArrayRule, stringRule } from '../rules'
import type { Id, JourneyMap, PersonaEmotion, Touchpoint } from '../types'
import type { Emotion } from '../vocabulary'
import { defineKind, type FieldRules } from './kind'
import { indexIn, insertAt, moveTo, replaceIn } from './ordered'
import { requireTouchpoint, updateTouchpoint } from './touchpoint'
import { templates } from '../i18n/en/templates'

export interface Persona {
  readonly id: Id
  readonly name: string
  /** Role or segment: "First-time buyer", "Key account". */
  readonly role: string
  readonly description: string
  /** CSS hex colour `#rrggbb`: the persona's avatar and curve. */
  readonly color: string
  /** An emoji or up to three initials; empty: the name's initials are shown. */
  readonly avatar: string
  readonly goals: readonly string[]
  readonly frustrations: readonly string[]
  readonly quote: string
  readonly visible: boolean
}

/** English; commands pass the name in the interface language (`templates.newRecords`). */
export const DEFAULT_PERSONA_NAME = templates.newRecords.persona

/** Saturated, distinct curve colours that stay readable as 3-pixel lines on white. */
export const PERSONA_COLORS = [
  '#2563eb', // blue
  '#db2777', // pink
  '#059669', // green
  '#d97706', // amber
  '#7c3aed', // violet
  '#dc2626', // red
  '#0891b2', // cyan
  '#4d7c0f', // olive
] as const

export const PERSONA_RULES = {
  id: idRule,
  name: stringRule,
  role: stringRule,
  description: stringRule,
  color: colorRule,
  avatar: stringRule,
  goals: stringArrayRule,
  frustrations: stringArrayRule,
  quote: stringRule,
  visible: booleanRule,
} as const satisfies FieldRules<Persona>

export function personaColorAt(index: number): string {
  return PERSONA_COLORS[Math.abs(Math.trunc(index)) % PERSONA_COLORS.length] ?? PERSONA_COLORS[0]
}

export function createPersona(partial: Partial<Persona> = {}, index = 0): Persona {
  return {
    id: partial.id ?? newId(),
    name: DEFAULT_PERSONA_NAME,
    role: '',
    description: '',
    color: personaColorAt(index),
    avatar: '',
    goals: [],
    frustrations: [],
    quote: '',
    visible: true,
    ...partial,
  }
}

/** The first palette colour no persona uses yet (then the palette again). */
export function nextPersonaColor(map: JourneyMap): string {
  const used = new Set(map.personas.map((persona) => persona.color.toLowerCase()))
  return PERSONA_COLORS.find((color) => !used.has(color)) ?? personaColorAt(map.personas.length)
}

/** What the avatar shows: the chosen emoji/initials, else the name's first letters. */
export function personaBadge(persona: Pick<Persona, 'avatar' | 'name'>): string {
  const avatar = persona.avatar.trim()
  if (avatar) return graphemes(avatar).slice(0, 3).join('')
  const words = persona.name.trim().split(/\s+/).filter(Boolean)
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words
  return letters.map((word) => graphemes(word)[0]!.toUpperCase()).join('') || '?'
}

/** User-perceived characters: a family emoji or a skin-toned profession is one, not four. */
function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return [...segmenter.segment(text)].map((part) => part.segment)
}

export const personaKind = defineKind<Persona>({
  name: 'persona',
  nouns: ['persona', 'personas'],
  collection: 'personas',
  ordered: true,
  since: 2,
  onCanvas: false,
  fields: PERSONA_RULES,
  file: { listRequired: false, requiredFields: ['id', 'name'] },
  // Not `color`: its default follows the persona's place in the list.
  sparseFields: ['role', 'description', 'avatar', 'goals', 'frustrations', 'quote', 'visible'],
  create: (partial, pass) => createPersona(partial, pass?.index ?? 0),
  update: (map, id, patch) => updatePersona(map, id, patch),
  migrations: [],
})

const requirePersonaIndex = (map: JourneyMap, id: Id) =>
  indexIn(map.personas, id, 'unknown-persona', 'persona')

export function requirePersona(map: JourneyMap, id: Id): Persona {
  return map.personas[requirePersonaIndex(map, id)] as Persona
}

export function addPersona(map: JourneyMap, persona: Persona, index?: number): JourneyMap {
  assertFields('persona', String(persona.id), PERSONA_RULES, persona, Object.keys(PERSONA_RULES))
  assertFreshId(map, persona.id)
  return { ...map, personas: insertAt(map.personas, persona, index, 'persona') }
}

export function updatePersona(
  map: JourneyMap,
  id: Id,
  patch: Partial<Omit<Persona, 'id'>> & Readonly<Record<string, unknown>>,
): JourneyMap {
  const persona = requirePersona(map, id)
  assertPatch('persona', persona, PERSONA_RULES, patch)
  const personas = replaceIn(map.personas, persona, patched(persona, patch))
  return personas === map.personas ? map : { ...map, personas }
}

export function movePersona(map: JourneyMap, id: Id, toIndex: number): JourneyMap {
  const personas = moveTo(map.personas, requirePersonaIndex(map, id), toIndex, 'persona')
  return personas === map.personas ? map : { ...map, personas }
}

/** A card without the persona: out of its list and its per-persona emotions. */
export function withoutPersona(card: Touchpoint, personaId: Id): Touchpoint {
  const listed = card.personaIds.includes(personaId)
  const felt = card.personaEmotions.some((entry) => entry.personaId === personaId)
  if (!listed && !felt) return card
  return {
    ...card,
    personaIds: listed ? card.personaIds.filter((id) => id !== personaId) : card.personaIds,
    personaEmotions: card.personaEmotions.filter((entry) => entry.personaId !== personaId),
  }
}

/**
 * Removes a persona and every card's reference to it. A card that applied only to this persona
 * applies to everyone afterwards (an empty list means all personas), rather than to nobody.
 */
export function deletePersona(map: JourneyMap, id: Id): JourneyMap {
  requirePersona(map, id)
  const touchpoints = mapRecords(map.touchpoints, (card) => withoutPersona(card, id))
  return { ...map, touchpoints, personas: map.personas.filter((persona) => persona.id !== id) }
}

/**
 * Sets (or with null clears) one persona's as-is `emotion` or to-be `target` on a card. An entry
 * left with neither is removed, so "no opinion" is stored as nothing.
 */
export function setPersonaEmotion(
  map: JourneyMap,
  cardId: Id,
  personaId: Id,
  field: 'emotion' | 'target',
  value: Emotion | null,
): JourneyMap {
  requirePersona(map, personaId)
  const card = requireTouchpoint(map, cardId)
  const current = card.personaEmotions.find((entry) => entry.personaId === personaId)
  if ((current?.[field] ?? null) === value) return map
  const { [field]: _dropped, ...rest } = current ?? { personaId }
  const next: PersonaEmotion = value === null ? rest : { ...rest, [field]: value }
  const keep = next.emotion !== undefined || next.target !== undefined
  const others = card.personaEmotions.filter((entry) => entry.personaId !== personaId)
  // Entries keep the personas' order, so the list reads the same in every file.
  const order = new Map(map.personas.map((persona, index) => [persona.id, index]))
  const personaEmotions = (keep ? [...others, next] : others).toSorted(
    (a, b) => (order.get(a.personaId) ?? 0) - (order.get(b.personaId) ?? 0),
  )
  return updateTouchpoint(map, cardId, { personaEmotions })
}

/**
 * Includes or leaves out one persona on a card. An empty list means every persona, so a card
 * never ends up applying to nobody by accident; the list keeps the personas' order.
 */
export function setCardPersona(
  map: JourneyMap,
  cardId: Id,
  personaId: Id,
  applies: boolean,
): JourneyMap {
  requirePersona(map, personaId)
  const card = requireTouchpoint(map, cardId)
  const everyone = card.personaIds.length === 0
  if (appliesTo(card, personaId) === applies) return map
  // Leaving one persona out of "everyone" lists all the others; listing all of them is everyone.
  const current = everyone ? map.personas.map((persona) => persona.id) : card.personaIds
  const chosen = applies ? [...current, personaId] : current.filter((id) => id !== personaId)
  const all = map.personas.every((persona) => chosen.includes(persona.id))
  const personaIds = all ? [] : map.personas.map((p) => p.id).filter((id) => chosen.includes(id))
  return updateTouchpoint(map, cardId, { personaIds })
}

/** How a persona feels at a card: their own entry, else the card's emotion; and their target. */
export function feltAt(
  card: Pick<Touchpoint, 'emotion' | 'personaEmotions'>,
  personaId: Id,
): { emotion: Emotion; target?: Emotion } {
  const entry = card.personaEmotions.find((e) => e.personaId === personaId)
  const emotion = entry?.emotion ?? card.emotion
  return entry?.target === undefined ? { emotion } : { emotion, target: entry.target }
}

/** Whether a card is part of a persona's journey (no list: everyone's). */
export function appliesTo(card: Pick<Touchpoint, 'personaIds'>, personaId: Id): boolean {
  return card.personaIds.length === 0 || card.personaIds.includes(personaId)
}
