// The persona kind: its defaults and badge, its operations, and the per-card persona edits (which
// personas a card applies to, how each feels there).

import { describe, expect, it } from 'vitest'
import { createTouchpoint, emptyMap } from '../../../src/domain/defaults'
import { checkInvariants } from '../../../src/domain/invariants'
import {
  DEFAULT_PERSONA_NAME,
  PERSONA_COLORS,
  addPersona,
  appliesTo,
  createPersona,
  deletePersona,
  feltAt,
  movePersona,
  nextPersonaColor,
  personaBadge,
  personaColorAt,
  personaKind,
  setCardPersona,
  setPersonaEmotion,
  updatePersona,
  withoutPersona,
  type Persona,
} from '../../../src/domain/kinds/persona'
import { addTouchpoint, updateTouchpoint } from '../../../src/domain/operations'
import { templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { cardOf, laneMap } from '../../support/lane-map'
import { expectJourneyError } from '../../support/sample-map'

const ids = (map: JourneyMap) => map.personas.map((persona) => persona.id)

/** laneMap with persona references: t1 lists pa and pb with feelings, t2 only pb, t3 feels pb. */
function referencedMap(): JourneyMap {
  let map = laneMap()
  map = updateTouchpoint(map, 't1', {
    personaIds: ['pa', 'pb'],
    personaEmotions: [
      { personaId: 'pa', emotion: -2 },
      { personaId: 'pb', target: 2 },
    ],
  })
  map = updateTouchpoint(map, 't2', { personaIds: ['pb'] })
  return updateTouchpoint(map, 't3', { personaEmotions: [{ personaId: 'pb', emotion: 1 }] })
}

describe('createPersona and colours', () => {
  it('fills every field; the colour follows the index around the palette', () => {
    expect(createPersona({ id: 'x' }, 9)).toEqual({
      id: 'x',
      name: DEFAULT_PERSONA_NAME,
      role: '',
      description: '',
      color: PERSONA_COLORS[1],
      avatar: '',
      goals: [],
      frustrations: [],
      quote: '',
      visible: true,
    })
    expect(personaColorAt(0)).toBe(PERSONA_COLORS[0])
    expect(personaColorAt(-3)).toBe(PERSONA_COLORS[3])
    expect(createPersona().id).not.toBe(createPersona().id)
  })

  it('nextPersonaColor picks the first unused colour, in any case, then cycles', () => {
    expect(nextPersonaColor(emptyMap())).toBe(PERSONA_COLORS[0])
    expect(nextPersonaColor(laneMap())).toBe(PERSONA_COLORS[3])
    const upper = updatePersona(laneMap(), 'pa', { color: PERSONA_COLORS[0].toUpperCase() })
    expect(nextPersonaColor(upper)).toBe(PERSONA_COLORS[3])
    let full = emptyMap()
    PERSONA_COLORS.forEach((color, i) => {
      full = addPersona(full, createPersona({ id: `q${i}`, color }))
    })
    expect(nextPersonaColor(full)).toBe(PERSONA_COLORS[0])
    full = addPersona(full, createPersona({ id: 'q8', color: PERSONA_COLORS[0] }))
    expect(nextPersonaColor(full)).toBe(PERSONA_COLORS[1])
  })
})

describe('personaBadge', () => {
  const badge = (name: string, avatar = '') => personaBadge({ name, avatar })

  it("shows the avatar, trimmed, at most three characters, else the name's initials", () => {
    expect(badge('Ana', ' AB ')).toBe('AB')
    expect(badge('Ana', 'abcd')).toBe('abc')
    expect(badge('Ana', '🧑‍💼')).toBe('🧑‍💼')
    expect(badge('Ana Maria Lopez')).toBe('AL')
    expect(badge('  ben  ')).toBe('B')
    expect(badge('émile zola')).toBe('ÉZ')
    expect(badge('')).toBe('?')
    expect(badge('   ')).toBe('?')
  })

  it('never cuts an emoji avatar in half', () => {
    expect(badge('Doctor', '👩🏽‍⚕️')).toBe('👩🏽‍⚕️')
    expect(badge('Family', '👨‍👩‍👧‍👦')).toBe('👨‍👩‍👧‍👦')
  })

  it("shows the patient-journey template's runner whole", () => {
    const runner = templateById('patient-journey')!.build().personas[0]!
    expect(runner.avatar).toBe('🏃‍♀️')
    expect(personaBadge(runner)).toBe('🏃‍♀️')
  })
})

describe('addPersona, updatePersona, movePersona', () => {
  it('adds at a clamped index and keeps unknown fields', () => {
    const map = laneMap()
    const added = addPersona(map, { ...createPersona({ id: 'pd' }), 'x-seg': 'b2b' } as Persona, 1)
    expect(ids(added)).toEqual(['pa', 'pd', 'pb', 'pc'])
    expect(added.personas[1]).toMatchObject({ 'x-seg': 'b2b' })
    expect(ids(addPersona(map, createPersona({ id: 'pd' })))).toEqual(['pa', 'pb', 'pc', 'pd'])
    expect(ids(addPersona(map, createPersona({ id: 'pd' }), -1))[0]).toBe('pd')
    expect(checkInvariants(added)).toEqual([])
  })

  it('refuses a taken id, a bad field and a fractional index', () => {
    const map = laneMap()
    expectJourneyError(() => addPersona(map, createPersona({ id: 'pa' })), 'duplicate-id')
    expectJourneyError(() => addPersona(map, createPersona({ id: 'act' })), 'duplicate-id')
    const bad = (fields: Record<string, unknown>) =>
      addPersona(map, { ...createPersona({ id: 'pd' }), ...fields } as Persona)
    expectJourneyError(() => bad({ color: 'blue' }), 'invalid-value', 'color')
    expectJourneyError(() => bad({ goals: 'win' }), 'invalid-value', 'goals')
    expectJourneyError(() => bad({ visible: 'yes' }), 'invalid-value', 'visible')
    expectJourneyError(() => addPersona(map, createPersona({ id: 'pd' }), 0.5), 'invalid-value')
  })

  it('updates fields and refuses unknown personas, a new id and bad values', () => {
    const map = laneMap()
    const next = updatePersona(map, 'pb', { name: 'Benjamin', visible: false, goals: ['x'] })
    expect(next.personas[1]).toMatchObject({ id: 'pb', name: 'Benjamin', visible: false })
    expect(next.personas[0]).toBe(map.personas[0])
    expect(next.touchpoints).toBe(map.touchpoints)
    expectJourneyError(() => updatePersona(map, 'ghost', { name: 'x' }), 'unknown-persona')
    expectJourneyError(() => updatePersona(map, 'pa', { id: 'pz' }), 'invalid-value', 'id')
    expectJourneyError(() => updatePersona(map, 'pa', { color: '#12' }), 'invalid-value')
  })

  it('updatePersona returns the same map when nothing changes', () => {
    const map = laneMap()
    expect(updatePersona(map, 'pa', { name: 'Ana Lopez' })).toBe(map)
  })

  it('moves a persona to a clamped index, or returns the same map', () => {
    const map = laneMap()
    expect(ids(movePersona(map, 'pc', 0))).toEqual(['pc', 'pa', 'pb'])
    expect(ids(movePersona(map, 'pa', 10))).toEqual(['pb', 'pc', 'pa'])
    expect(movePersona(map, 'pb', 1)).toBe(map)
    expectJourneyError(() => movePersona(map, 'ghost', 0), 'unknown-persona', '"ghost"')
    expectJourneyError(() => movePersona(map, 'pa', 1.5), 'invalid-value')
  })

  it('is an ordered kind stored under "personas" with no migrations yet', () => {
    expect(personaKind).toMatchObject({ name: 'persona', collection: 'personas', ordered: true })
    expect(personaKind.migrations).toEqual([])
  })
})

describe('deletePersona', () => {
  it("removes the persona from every card's list and feelings", () => {
    const map = referencedMap()
    const next = deletePersona(map, 'pb')
    expect(ids(next)).toEqual(['pa', 'pc'])
    expect(cardOf(next, 't1')).toMatchObject({
      personaIds: ['pa'],
      personaEmotions: [{ personaId: 'pa', emotion: -2 }],
    })
    expect(cardOf(next, 't3').personaEmotions).toEqual([])
    expect(cardOf(next, 't4')).toBe(cardOf(map, 't4'))
    // Unknown fields survive.
    expect(cardOf(next, 't1')).toMatchObject({ 'x-extra': { kept: true } })
    expect(checkInvariants(next)).toEqual([])
  })

  it('a card that listed only that persona applies to everyone afterwards', () => {
    const next = deletePersona(referencedMap(), 'pb')
    expect(cardOf(next, 't2').personaIds).toEqual([])
    for (const persona of next.personas)
      expect(appliesTo(cardOf(next, 't2'), persona.id)).toBe(true)
  })

  it('keeps the cards when no card names the persona; refuses an unknown persona', () => {
    const map = referencedMap()
    expect(deletePersona(map, 'pc').touchpoints).toBe(map.touchpoints)
    expectJourneyError(() => deletePersona(map, 'ghost'), 'unknown-persona', '"ghost"')
    expectJourneyError(() => deletePersona(map, 't1'), 'unknown-persona')
  })

  it('withoutPersona returns the same card when it does not name the persona', () => {
    const card = cardOf(referencedMap(), 't1')
    expect(withoutPersona(card, 'pc')).toBe(card)
    expect(withoutPersona(card, 'pa')).toMatchObject({
      personaIds: ['pb'],
      personaEmotions: [{ personaId: 'pb', target: 2 }],
    })
  })
})

describe('setPersonaEmotion', () => {
  it('sets, then adds a target, each entry in the order of the personas', () => {
    let map = laneMap()
    map = setPersonaEmotion(map, 't2', 'pc', 'emotion', -1)
    expect(cardOf(map, 't2').personaEmotions).toEqual([{ personaId: 'pc', emotion: -1 }])
    map = setPersonaEmotion(map, 't2', 'pa', 'target', 2)
    expect(cardOf(map, 't2').personaEmotions).toEqual([
      { personaId: 'pa', target: 2 },
      { personaId: 'pc', emotion: -1 },
    ])
    map = setPersonaEmotion(map, 't2', 'pc', 'target', 1)
    expect(cardOf(map, 't2').personaEmotions[1]).toEqual({
      personaId: 'pc',
      emotion: -1,
      target: 1,
    })
    // The card's own emotion is untouched.
    expect(cardOf(map, 't2').emotion).toBe(0)
    expect(checkInvariants(map)).toEqual([])
  })

  it('clears one value with null and removes an entry left empty', () => {
    let map = setPersonaEmotion(laneMap(), 't2', 'pb', 'emotion', 2)
    map = setPersonaEmotion(map, 't2', 'pb', 'target', -2)
    map = setPersonaEmotion(map, 't2', 'pb', 'emotion', null)
    expect(cardOf(map, 't2').personaEmotions).toEqual([{ personaId: 'pb', target: -2 }])
    expect(Object.keys(cardOf(map, 't2').personaEmotions[0]!)).not.toContain('emotion')
    map = setPersonaEmotion(map, 't2', 'pb', 'target', null)
    expect(cardOf(map, 't2').personaEmotions).toEqual([])
  })

  it('sorts by the order of the personas as it is now', () => {
    let map = movePersona(laneMap(), 'pc', 0)
    map = setPersonaEmotion(map, 't2', 'pa', 'emotion', 1)
    map = setPersonaEmotion(map, 't2', 'pc', 'emotion', 1)
    expect(cardOf(map, 't2').personaEmotions.map((e) => e.personaId)).toEqual(['pc', 'pa'])
  })

  it('returns the same map when the value does not change', () => {
    const map = setPersonaEmotion(laneMap(), 't2', 'pb', 'emotion', 2)
    expect(setPersonaEmotion(map, 't2', 'pb', 'emotion', 2)).toBe(map)
    expect(setPersonaEmotion(map, 't2', 'pb', 'target', null)).toBe(map)
    expect(setPersonaEmotion(map, 't2', 'pa', 'emotion', null)).toBe(map)
  })

  it('refuses unknown personas and cards and emotions out of range', () => {
    const map = laneMap()
    expectJourneyError(() => setPersonaEmotion(map, 't2', 'ghost', 'emotion', 1), 'unknown-persona')
    expectJourneyError(
      () => setPersonaEmotion(map, 'ghost', 'pa', 'emotion', 1),
      'unknown-touchpoint',
    )
    expectJourneyError(() => setPersonaEmotion(map, 't2', 'pa', 'emotion', 3 as 2), 'invalid-value')
  })
})

describe('setCardPersona', () => {
  it('unchecking one persona of "everyone" lists all the others', () => {
    const map = setCardPersona(laneMap(), 't2', 'pb', false)
    expect(cardOf(map, 't2').personaIds).toEqual(['pa', 'pc'])
    expect(appliesTo(cardOf(map, 't2'), 'pb')).toBe(false)
  })

  it('checking keeps the personas order; listing all of them becomes everyone', () => {
    let map = setCardPersona(laneMap(), 't2', 'pa', false)
    map = setCardPersona(map, 't2', 'pb', false)
    expect(cardOf(map, 't2').personaIds).toEqual(['pc'])
    map = setCardPersona(map, 't2', 'pa', true)
    expect(cardOf(map, 't2').personaIds).toEqual(['pa', 'pc'])
    map = setCardPersona(map, 't2', 'pb', true)
    expect(cardOf(map, 't2').personaIds).toEqual([])
  })

  it('unchecking the last listed persona leaves the card for everyone, never for nobody', () => {
    const map = updateTouchpoint(laneMap(), 't2', { personaIds: ['pc'] })
    const next = setCardPersona(map, 't2', 'pc', false)
    expect(cardOf(next, 't2').personaIds).toEqual([])
  })

  it('returns the same map when nothing changes; refuses unknown ids', () => {
    const map = laneMap()
    expect(setCardPersona(map, 't2', 'pa', true)).toBe(map)
    const listed = updateTouchpoint(map, 't2', { personaIds: ['pa'] })
    expect(setCardPersona(listed, 't2', 'pb', false)).toBe(listed)
    expectJourneyError(() => setCardPersona(map, 't2', 'ghost', true), 'unknown-persona')
    expectJourneyError(() => setCardPersona(map, 'ghost', 'pa', true), 'unknown-touchpoint')
  })
})

describe('feltAt and appliesTo', () => {
  it("give a persona's own feelings, else the card's emotion, and a target only when set", () => {
    const card = cardOf(referencedMap(), 't1')
    expect(card.emotion).toBe(0)
    expect(feltAt(card, 'pa')).toEqual({ emotion: -2 })
    expect(Object.keys(feltAt(card, 'pa'))).toEqual(['emotion'])
    expect(feltAt(card, 'pb')).toEqual({ emotion: 0, target: 2 })
    expect(feltAt(card, 'pc')).toEqual({ emotion: 0 })
  })

  it('an empty list applies to everyone, a list to its personas only', () => {
    const map = referencedMap()
    expect(appliesTo(cardOf(map, 't3'), 'anyone')).toBe(true)
    expect(appliesTo(cardOf(map, 't1'), 'pa')).toBe(true)
    expect(appliesTo(cardOf(map, 't1'), 'pc')).toBe(false)
  })
})

describe('unknown personas are refused by the card operations', () => {
  it('in personaIds and in personaEmotions, on add and on update', () => {
    const map = laneMap()
    expectJourneyError(
      () => updateTouchpoint(map, 't1', { personaIds: ['pa', 'ghost'] }),
      'unknown-persona',
      '"ghost"',
    )
    expectJourneyError(
      () => updateTouchpoint(map, 't1', { personaEmotions: [{ personaId: 'ghost', emotion: 1 }] }),
      'unknown-persona',
    )
    expectJourneyError(
      () => addTouchpoint(map, createTouchpoint({ id: 'n', personaIds: ['ghost'] })),
      'unknown-persona',
    )
    expectJourneyError(() => updateTouchpoint(map, 't1', { personaIds: ['t2'] }), 'unknown-persona')
  })

  it('refuses a persona listed twice and a per-persona emotion out of range', () => {
    const map = laneMap()
    expectJourneyError(
      () => updateTouchpoint(map, 't1', { personaIds: ['pa', 'pa'] }),
      'invalid-value',
      'twice',
    )
    expectJourneyError(
      () =>
        updateTouchpoint(map, 't1', {
          personaEmotions: [
            { personaId: 'pa', emotion: 1 },
            { personaId: 'pa', target: 1 },
          ],
        }),
      'invalid-value',
      'twice',
    )
    expectJourneyError(
      () => updateTouchpoint(map, 't1', { personaEmotions: [{ personaId: 'pa', target: 5 as 2 }] }),
      'invalid-value',
    )
  })
})
