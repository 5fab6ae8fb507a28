import { describe, expect, it } from 'vitest'
import { createPhase, createTouchpoint } from '../../../src/domain/defaults'
import { addPhase, deleteTouchpoints, updateTouchpoint } from '../../../src/domain/operations'
import { templateById } from '../../../src/domain/templates'
import { messagesFor } from '../../../src/domain/i18n'
import { compareMaps, matchPhases } from '../../../src/domain/versions/compare'

const classic = () => templateById('classic-5')!.build()

const en = messagesFor('en')

describe('compareMaps', () => {
  it('matches cards by id and says what changed, what is new and what is gone', () => {
    const asIs = classic()
    const [first, second, third] = Object.values(asIs.touchpoints)
    let toBe = updateTouchpoint(asIs, first!.id, { emotion: 2, title: 'Better' })
    toBe = deleteTouchpoints(toBe, [second!.id])
    toBe = updateTouchpoint(toBe, third!.id, { position: { x: 999, y: 1 } })
    const extra = createTouchpoint({
      id: 'new-card',
      title: 'Chat with us',
      phaseId: asIs.phases[0]!.id,
    })
    toBe = { ...toBe, touchpoints: { ...toBe.touchpoints, [extra.id]: extra } }
    const result = compareMaps(asIs, toBe, en)
    const total = Object.keys(asIs.touchpoints).length
    expect(result.counts).toEqual({ same: total - 2, changed: 1, removed: 1, added: 1 })
    const all = result.rows.flatMap((row) => row.cards)
    expect(all.find((c) => c.id === first!.id)).toMatchObject({
      status: 'changed',
      fields: ['emotion', 'title'],
    })
    // Moving a card inside its cell is layout, not a change.
    expect(all.find((c) => c.id === third!.id)?.status).toBe('same')
    const removed = all.find((c) => c.id === second!.id)!
    expect(removed).toMatchObject({ status: 'removed', b: null })
    // A gone card stays in its (as-is) phase's row.
    const rowOfRemoved = result.rows.find((row) => row.cards.includes(removed))!
    expect(rowOfRemoved.phase.a?.id).toBe(second!.phaseId)
  })

  it('puts both maps curves on one axis of matched phases', () => {
    const asIs = classic()
    const card = Object.values(asIs.touchpoints).find((c) => c.phaseId === asIs.phases[2]!.id)!
    const toBe = updateTouchpoint(asIs, card.id, { emotion: 2 })
    const { curves } = compareMaps(asIs, toBe, en)
    expect(curves.map((c) => c.side).sort()).toEqual(['a', 'b'])
    for (const curve of curves) {
      expect(curve.points.length).toBeGreaterThan(0)
      for (const point of curve.points) {
        expect(point.x).toBeGreaterThanOrEqual(0)
        expect(point.x).toBeLessThanOrEqual(asIs.phases.length)
      }
    }
    const pointOf = (side: 'a' | 'b') =>
      curves.find((c) => c.side === side)!.points.find((p) => p.cardId === card.id)!
    // The same card is at the same place on both curves, at its new height on the to-be.
    expect(pointOf('a').x).toBe(pointOf('b').x)
    expect(Math.floor(pointOf('b').x)).toBe(2)
    expect(pointOf('b').emotion).toBe(2)
  })
})

describe('matchPhases', () => {
  it('matches by id, then by name, and keeps phases of only one side in place', () => {
    const a = [
      createPhase({ id: 'p1', name: 'Awareness' }),
      createPhase({ id: 'p2', name: 'Old step' }),
      createPhase({ id: 'x3', name: 'Purchase' }),
    ]
    const b = [
      createPhase({ id: 'p1', name: 'Awareness' }),
      createPhase({ id: 'y3', name: 'purchase ' }),
      createPhase({ id: 'p4', name: 'Advocacy' }),
    ]
    const matched = matchPhases(a, b)
    expect(matched.map((m) => [m.a?.id ?? null, m.b?.id ?? null])).toEqual([
      ['p1', 'p1'],
      ['p2', null],
      ['x3', 'y3'],
      [null, 'p4'],
    ])
  })

  it('handles a phase added in the to-be', () => {
    const asIs = classic()
    const toBe = addPhase(asIs, createPhase({ id: 'loyal', name: 'Loyalty' }))
    const rows = compareMaps(asIs, toBe, en).rows
    expect(rows.at(-1)?.phase).toMatchObject({ a: null, name: 'Loyalty' })
  })
})
