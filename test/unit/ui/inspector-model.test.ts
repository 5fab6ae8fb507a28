import { describe, expect, it } from 'vitest'
import type { Peer } from '../../../src/collab/presence'
import { emptyMap } from '../../../src/domain/defaults'
import { messagesFor } from '../../../src/domain/i18n'
import {
  countSelection,
  countsOf,
  describeSelection,
  neighbourPhase,
  parsePeerTags,
  peersSelectingKey,
  recordKind,
  singleSelected,
  touchpointsInPhase,
} from '../../../src/ui/inspector/inspector-model'
import { sampleMap } from '../../support/sample-map'

const en = messagesFor('en')

describe('inspector model', () => {
  const map = sampleMap()

  it("counts a map's records once per map, however often the store updates", () => {
    // Every read of the cards' keys is seen: the counts' selector runs on every store update.
    let reads = 0
    const touchpoints = new Proxy(map.touchpoints, {
      ownKeys(target) {
        reads += 1
        return Reflect.ownKeys(target)
      },
    })
    const watched = { ...map, touchpoints }
    const counts = countsOf(watched, en)
    expect(counts.split('\n')).toContain(
      en.vocabulary.kindCounts['touchpoint']!(Object.keys(map.touchpoints).length),
    )
    const afterFirst = reads
    expect(afterFirst).toBeGreaterThan(0)
    for (let i = 0; i < 5; i++) expect(countsOf(watched, en)).toBe(counts)
    expect(reads).toBe(afterFirst)
    // Another language, or another map, counts again.
    const de = messagesFor('de')
    expect(countsOf(watched, de)).not.toBe(counts)
    expect(reads).toBeGreaterThan(afterFirst)
  })

  it('tells which kind of record an id names', () => {
    expect(recordKind(map, 't1')).toBe('touchpoint')
    expect(recordKind(map, 'n1')).toBe('note')
    expect(recordKind(map, 'e1')).toBe('edge')
    expect(recordKind(map, 'p2')).toBe('phase')
    expect(recordKind(map, 'gone')).toBeNull()
    // Inherited object keys are not records.
    expect(recordKind(map, 'toString')).toBeNull()
  })

  it('finds the single selected id', () => {
    expect(singleSelected(new Set())).toBeNull()
    expect(singleSelected(new Set(['t1']))).toBe('t1')
    expect(singleSelected(new Set(['t1', 't2']))).toBeNull()
  })

  it('summarises a mixed selection in a fixed order, skipping unknown ids', () => {
    const counts = countSelection(map, ['t1', 'n1', 't2', 'gone', 't3'])
    expect(counts).toEqual({
      phase: 0,
      lane: 0,
      persona: 0,
      touchpoint: 3,
      edge: 0,
      note: 1,
      metric: 0,
    })
    expect(describeSelection(counts, en)).toBe('3 touchpoints, 1 note selected')
    expect(describeSelection(countSelection(map, ['e1', 'p1', 'p2']), en)).toBe(
      '2 phases, 1 connection selected',
    )
    expect(describeSelection(countSelection(map, []), en)).toBe('Nothing selected')
    expect(describeSelection(counts, messagesFor('de'))).toBe('3 Touchpoints, 1 Notiz ausgewählt')
  })

  it('picks the phase before, or after the first one, as the neighbour', () => {
    expect(neighbourPhase(map, 'p2')?.id).toBe('p1')
    expect(neighbourPhase(map, 'p3')?.id).toBe('p2')
    expect(neighbourPhase(map, 'p1')?.id).toBe('p2')
    expect(neighbourPhase(map, 'nope')).toBeNull()
    const single = { ...emptyMap(), phases: [map.phases[0]!] }
    expect(neighbourPhase(single, 'p1')).toBeNull()
  })

  it('counts the touchpoints in a phase', () => {
    expect(touchpointsInPhase(map, 'p1')).toBe(2)
    expect(touchpointsInPhase(map, 'p3')).toBe(0)
  })

  it('lists the colleagues who selected a record, as a stable string', () => {
    const peer = (clientId: number, name: string, selection: string[]): Peer => ({
      clientId,
      user: { name, color: '#2563eb' },
      cursor: null,
      selection,
      dragging: null,
    })
    const peers = [peer(1, 'Ana', ['t1']), peer(2, 'Ben', ['t2']), peer(3, 'Cy', ['t1', 'n1'])]
    const key = peersSelectingKey(peers, 't1')
    expect(parsePeerTags(key).map((tag) => tag.name)).toEqual(['Ana', 'Cy'])
    // A cursor move builds new peer objects; the key stays equal, so nothing re-renders.
    const moved = peers.map((p) => ({ ...p, cursor: { x: 1, y: 2 } }))
    expect(peersSelectingKey(moved, 't1')).toBe(key)
    expect(parsePeerTags(peersSelectingKey(peers, 'e1'))).toEqual([])
  })
})
