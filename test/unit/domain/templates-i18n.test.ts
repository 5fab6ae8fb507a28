// A template is built in the language of the person creating the map: a German map is German
// throughout (phases, lanes, cards, personas), with the same shape as the English one.

import { describe, expect, it } from 'vitest'
import { TEMPLATE_IDS, templateById, templatesIn } from '../../../src/domain/templates'
import { en } from '../../../src/domain/i18n/en'

const shape = (id: string, locale: 'en' | 'de') => {
  const map = templateById(id, locale)!.build()
  const touchpoints = Object.values(map.touchpoints)
  return {
    phases: map.phases.length,
    lanes: map.lanes.map((lane) => lane.type),
    touchpoints: touchpoints.map((t) => [t.channel, t.emotion, t.painPoints.length]),
    edges: Object.keys(map.edges).length,
    personas: map.personas.length,
  }
}

describe('templates in German', () => {
  it('uses the seed phase names', () => {
    const phases = (id: string) =>
      templateById(id, 'de')!
        .build()
        .phases.map((p) => p.name)
    expect(phases('classic-5')).toEqual([
      'Aufmerksamkeit',
      'Erwägung',
      'Entscheidung',
      'Bindung',
      'Weiterempfehlung',
    ])
    expect(phases('six-phase')).toEqual([
      'Aufmerksamkeit',
      'Interesse',
      'Erwägung',
      'Kauf',
      'Nutzung',
      'Weiterempfehlung',
    ])
    expect(templateById('six-phase', 'de')!.phaseNames).toEqual(phases('six-phase'))
  })

  it("names the service blueprint's three lines", () => {
    const lanes = templateById('service-blueprint', 'de')!.build().lanes
    expect(lanes.filter((l) => l.type.startsWith('line-of-')).map((l) => l.name)).toEqual([
      'Interaktionslinie',
      'Sichtbarkeitslinie',
      'Linie der internen Interaktion',
    ])
  })

  it('writes names, titles, cards and personas in German', () => {
    const map = templateById('classic-5', 'de')!.build()
    expect(templateById('classic-5', 'de')!.name).toBe('Klassisch in 5 Phasen')
    expect(map.meta.title).toBe('Klassisch in 5 Phasen')
    expect(Object.values(map.touchpoints).map((t) => t.title)).toContain(
      'Sieht eine Instagram-Anzeige',
    )
    expect(map.lanes.map((l) => l.name)).toContain('Emotionskurve')
    expect(map.personas[0]?.quote).toMatch(/nach 18 Uhr/)
    expect(templateById('blank', 'de')!.build().meta.title).toBe('Unbenannte Journey')
  })

  it.each(TEMPLATE_IDS.map((id) => [id]))('%s has the English shape', (id) => {
    expect(shape(id, 'de')).toEqual(shape(id, 'en'))
  })

  it('lists the same templates in both languages', () => {
    expect(templatesIn('de').map((t) => t.id)).toEqual(templatesIn('en').map((t) => t.id))
    expect(new Set(templatesIn('de').map((t) => t.name)).size).toBe(TEMPLATE_IDS.length)
  })

  it('names English lanes as their types are called', () => {
    const labels = Object.values(en.vocabulary.laneTypes)
    for (const name of Object.values(en.templates.lanes)) expect(labels).toContain(name)
  })
})
