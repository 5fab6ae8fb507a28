import { describe, expect, it } from 'vitest'
import { createPhase } from '../../../src/domain/defaults'
import { addPhase, deleteTouchpoints, updateTouchpoint } from '../../../src/domain/operations'
import { templateById } from '../../../src/domain/templates'
import { messagesFor } from '../../../src/domain/i18n'
import { changeEntries, changeMarks, fieldWords } from '../../../src/domain/versions/change-list'
import { diffMaps } from '../../../src/domain/versions/diff'

const en = messagesFor('en')
const de = messagesFor('de')
const classic = () => templateById('classic-5')!.build()

describe('changeEntries', () => {
  it('lists a retitle, a deletion with its steps folded in, and an added phase', () => {
    const a = classic()
    const [first, second] = Object.values(a.touchpoints)
    const edgesOfSecond = Object.values(a.edges).filter(
      (edge) => edge.source === second!.id || edge.target === second!.id,
    )
    expect(edgesOfSecond.length).toBeGreaterThan(0)
    let b = updateTouchpoint(a, first!.id, { title: 'Renamed' })
    b = deleteTouchpoints(b, [second!.id])
    b = addPhase(b, createPhase({ id: 'loyalty', name: 'Loyalty' }))
    const entries = changeEntries(diffMaps(a, b), en)
    expect(entries.map((e) => [e.status, e.noun, e.name])).toEqual([
      ['added', 'phase', 'Loyalty'],
      ['removed', 'touchpoint', second!.title],
      ['changed', 'touchpoint', 'Renamed'],
    ])
    const n = edgesOfSecond.length
    expect(entries[1]!.also).toBe(`and ${n} ${n === 1 ? 'connection' : 'connections'}`)
    expect(entries[2]!.fields).toEqual(['title'])
    const marks = changeMarks(entries)
    expect(marks.get(first!.id)).toBe('changed')
    expect(marks.has(second!.id)).toBe(false)
    expect([...marks.values()].filter((mark) => mark === 'added')).toHaveLength(1)
  })

  it('says "order of phases" only when phases changed places', () => {
    const a = classic()
    const swapped = { ...a, phases: [a.phases[1]!, a.phases[0]!, ...a.phases.slice(2)] }
    expect(changeEntries(diffMaps(a, swapped), en).map((e) => e.name)).toEqual(['Order of phases'])
    const inserted = {
      ...a,
      phases: [a.phases[0]!, { ...a.phases[1]!, id: 'new' }, ...a.phases.slice(1)],
    }
    expect(changeEntries(diffMaps(a, inserted), en).map((e) => e.status)).toEqual(['added'])
  })

  it('names the map when its title changed, and untitled records by their noun', () => {
    const a = classic()
    const card = Object.values(a.touchpoints)[0]!
    const b = updateTouchpoint({ ...a, meta: { ...a.meta, title: 'New' } }, card.id, { title: '' })
    const entries = changeEntries(diffMaps(a, b), en)
    expect(entries[0]).toMatchObject({ kind: 'map', name: 'New', fields: ['title'] })
    expect(entries[1]).toMatchObject({ name: 'Untitled touchpoint', fields: ['title'] })
  })
})

describe('fieldWords', () => {
  it('turns field names into words', () => {
    expect(fieldWords('painPoints', en)).toBe('pain points')
    expect(fieldWords('phaseId', en)).toBe('phase')
    expect(fieldWords('personaIds', en)).toBe('personas')
    expect(fieldWords('personaEmotions', en)).toBe('persona emotions')
    expect(fieldWords('x-v1-lanes', en)).toBe('x-v1-lanes')
  })

  it('speaks the language of the messages', () => {
    expect(fieldWords('painPoints', de)).toBe('Pain Points')
    expect(fieldWords('laneId', de)).toBe('Zeile')
  })
})

describe('changeEntries in German', () => {
  it('names kinds, untitled records and what went with a card in German', () => {
    const a = classic()
    const [first, second] = Object.values(a.touchpoints)
    let b = updateTouchpoint(a, first!.id, { title: '' })
    b = deleteTouchpoints(b, [second!.id])
    const entries = changeEntries(diffMaps(a, b), de)
    const removed = entries.find((e) => e.status === 'removed')!
    expect(removed.noun).toBe('Touchpoint')
    expect(removed.also).toMatch(/^und \d+ Verbindung(en)?$/)
    expect(entries.find((e) => e.status === 'changed')).toMatchObject({
      name: 'Unbenannter Touchpoint',
      fields: ['Titel'],
    })
  })
})
