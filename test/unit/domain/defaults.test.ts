import { describe, expect, it } from 'vitest'
import {
  DEFAULT_NOTE_SIZE,
  DEFAULT_PHASE_WIDTH,
  NOTE_COLORS,
  PHASE_COLORS,
  createEdge,
  createNote,
  createPhase,
  createTouchpoint,
  emptyMap,
  nextPhaseColor,
  phaseColorAt,
} from '../../../src/domain/defaults'
import { isValidId } from '../../../src/domain/ids'
import { checkInvariants } from '../../../src/domain/invariants'
import { addPhase } from '../../../src/domain/operations'
import { isHexColor } from '../../../src/domain/rules'
import { CHANNELS, DEFAULT_KIND_BY_CHANNEL } from '../../../src/domain/vocabulary'

describe('emptyMap', () => {
  it('is a valid map with no records', () => {
    const map = emptyMap()
    expect(map).toEqual({
      meta: { title: 'Untitled journey', description: '' },
      phases: [],
      lanes: [],
      personas: [],
      touchpoints: {},
      edges: {},
      notes: {},
    })
    expect(checkInvariants(map)).toEqual([])
    expect(emptyMap('Onboarding').meta.title).toBe('Onboarding')
  })
})

describe('factories', () => {
  it('fill phases with a fresh id, a palette colour and the default width', () => {
    const phase = createPhase()
    expect(isValidId(phase.id)).toBe(true)
    expect(phase).toMatchObject({ name: 'New phase', width: DEFAULT_PHASE_WIDTH })
    expect(PHASE_COLORS).toContain(phase.color)
    expect(createPhase().id).not.toBe(phase.id)
    expect(createPhase({ id: 'p', name: 'Usage', width: 500 })).toMatchObject({
      id: 'p',
      name: 'Usage',
      width: 500,
    })
  })

  it('derive a touchpoint kind from its channel unless given', () => {
    for (const channel of CHANNELS) {
      expect(createTouchpoint({ channel }).kind).toBe(DEFAULT_KIND_BY_CHANNEL[channel])
    }
    expect(createTouchpoint({ channel: 'store', kind: 'digital' }).kind).toBe('digital')
    const touchpoint = createTouchpoint()
    expect(touchpoint).toMatchObject({
      channel: 'website',
      kind: 'digital',
      emotion: 0,
      phaseId: null,
      painPoints: [],
      opportunities: [],
      tags: [],
      owner: '',
      description: '',
    })
  })

  it('fill edges and notes', () => {
    expect(createEdge({ source: 'a', target: 'b' })).toMatchObject({
      source: 'a',
      target: 'b',
      label: '',
      kind: 'flow',
    })
    const note = createNote({ text: 'Hi' })
    expect(note).toMatchObject({ text: 'Hi', color: NOTE_COLORS[0], size: DEFAULT_NOTE_SIZE })
    expect(DEFAULT_NOTE_SIZE).toEqual({ width: 200, height: 140 })
  })

  it('produce records that the operations accept', () => {
    let map = emptyMap()
    map = addPhase(map, createPhase())
    expect(checkInvariants(map)).toEqual([])
  })
})

describe('palettes', () => {
  it('hold distinct #rrggbb colours', () => {
    for (const palette of [PHASE_COLORS, NOTE_COLORS]) {
      expect(palette.length).toBeGreaterThanOrEqual(6)
      expect(palette.every(isHexColor)).toBe(true)
      expect(new Set(palette).size).toBe(palette.length)
    }
  })

  it('hand out unused phase colours first, then cycle', () => {
    let map = emptyMap()
    const seen: string[] = []
    for (let i = 0; i < PHASE_COLORS.length; i += 1) {
      const color = nextPhaseColor(map)
      seen.push(color)
      map = addPhase(map, createPhase({ color }))
    }
    expect(seen).toEqual([...PHASE_COLORS])
    expect(nextPhaseColor(map)).toBe(PHASE_COLORS[0])
    expect(phaseColorAt(PHASE_COLORS.length + 1)).toBe(PHASE_COLORS[1])
    expect(phaseColorAt(Number.NaN)).toBe(PHASE_COLORS[0])
  })
})
