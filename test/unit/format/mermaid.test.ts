// Mermaid's user journey: the examples of Mermaid's documentation read as Mermaid draws them,
// problems named by line, edits made in the Mermaid text winning over the remembered fields, and
// (property) any map surviving Trailmap → Mermaid → Trailmap exactly.

import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mapToMermaid, mermaidName } from '../../../src/domain/format/mermaid'
import { isMermaidJourney, mermaidToMap } from '../../../src/domain/format/mermaid-import'
import { templateById } from '../../../src/domain/templates'
import type { JourneyMap } from '../../../src/domain/types'
import { arbitraryJourneyMap } from '../../support/arbitraries'
import { expectSameData } from '../../support/equal'

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/mermaid')
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8')

function imported(text: string): JourneyMap {
  const result = mermaidToMap(text)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.map
}

const cardsOf = (map: JourneyMap) => Object.values(map.touchpoints)
const phaseName = (map: JourneyMap, id: string | null) => map.phases.find((p) => p.id === id)?.name
const personaNames = (map: JourneyMap, ids: readonly string[]) =>
  (ids.length === 0 ? map.personas : map.personas.filter((p) => ids.includes(p.id))).map(
    (p) => p.name,
  )

describe('Mermaid journey import', () => {
  it("reads the documentation's working-day example: sections, scores, actors", () => {
    const map = imported(fixture('my-working-day.mmd'))
    expect(map.meta.title).toBe('My working day')
    expect(map.phases.map((p) => p.name)).toEqual(['Go to work', 'Go home'])
    expect(map.personas.map((p) => p.name)).toEqual(['Me', 'Cat'])
    const rows = cardsOf(map).map((c) => [
      phaseName(map, c.phaseId),
      c.title,
      c.emotion,
      personaNames(map, c.personaIds),
    ])
    expect(rows).toEqual([
      ['Go to work', 'Make tea', 2, ['Me']],
      ['Go to work', 'Go upstairs', 0, ['Me']],
      ['Go to work', 'Do work', -2, ['Me', 'Cat']],
      ['Go home', 'Go downstairs', 2, ['Me']],
      ['Go home', 'Sit down', 2, ['Me']],
    ])
    // Laid out to read at once: cards in a Touchpoints lane, their scores as an emotion curve.
    expect(map.lanes.map((l) => l.type)).toEqual(['touchpoints', 'emotion-curve'])
    const tops = cardsOf(map)
      .filter((c) => phaseName(map, c.phaseId) === 'Go to work')
      .map((c) => c.position.y)
    expect(new Set(tops).size).toBe(3)
    expect(cardsOf(map).every((c) => c.laneId === map.lanes[0]!.id)).toBe(true)
  })

  it('reads accessibility lines, inline comments, front matter and tasks before any section', () => {
    const purchase = imported(fixture('customer-purchase.mmd'))
    expect(purchase.meta.title).toBe('Customer Purchase Flow')
    expect(purchase.meta.description).toBe(
      'How a customer finds,\n      buys and receives a product.',
    )
    expect(cardsOf(purchase).map((c) => c.title)).toContain('Browse products')
    expect(purchase.personas.map((p) => p.name)).toEqual(['Customer', 'System', 'Courier'])

    const front = imported(fixture('front-matter.mmd'))
    expect(front.meta.title).toBe('Onboarding a new employee')
    expect(front.phases.map((p) => p.name)).toEqual(['First day'])
    expect(cardsOf(front).find((c) => c.title === 'Get a laptop')?.personaIds).toEqual([])
    expect(cardsOf(front).find((c) => c.title === 'Sign the contract')?.phaseId).toBeNull()
  })

  it('names the line of every problem', () => {
    const result = mermaidToMap(
      [
        'journey',
        '  title Broken',
        '  section A',
        '    Good: 3: Me',
        '    Too happy: 6: Me',
        '    no colon here',
        '  section B: C',
        '    Semi; colon: 2',
      ].join('\n'),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.line)).toEqual([5, 6, 7, 8])
    expect(result.problems[0]!.message).toMatch(/score of "Too happy" is "6".*1 .*5/)
    expect(result.problems[1]!.message).toMatch(/not a task/)
    expect(result.problems[2]!.message).toMatch(/section name cannot contain ":"/)
    expect(mermaidToMap('flowchart LR\n  A --> B').ok).toBe(false)
    const bad = mermaidToMap('journey\n  %% trailmap: {not json\n  section A\n')
    expect(!bad.ok && bad.problems[0]).toEqual({
      line: 2,
      message: expect.stringMatching(/not valid JSON/),
    })
    expect(isMermaidJourney('%% hello\n\njourney\n')).toBe(true)
    expect(isMermaidJourney('{"type":"trailmap"}')).toBe(false)
  })
})

describe('Mermaid journey export', () => {
  it('writes the journey Mermaid draws, every extra field in trailmap comments', () => {
    const map = templateById('classic-5')!.build()
    const text = mapToMermaid(map)
    const visible = text.split('\n').filter((line) => !line.trim().startsWith('%%'))
    expect(visible.slice(0, 3)).toEqual([
      'journey',
      '  title Classic 5 phases',
      expect.stringMatching(/^ {2}accDescr: /),
    ])
    expect(visible).toContain('  section Awareness')
    expect(visible).toContain('    Calls about a missing ingredient: 1: Busy parent')
    // Every visible line is one Mermaid's lexer accepts: no ";" and no "#" outside comments.
    for (const line of visible) expect(line).not.toMatch(/[;#]/)
  })

  it('writes names Mermaid can read, and reads them back exactly', () => {
    expect(mermaidName('Pay: step #2; done', 'task')).toBe('Pay꞉ step ＃2； done')
    expect(mermaidName('Title page', 'task')).toBe('\u2060Title page')
    expect(mermaidName('  ', 'section')).toBe('Untitled')
    // A run of `%` of any length keeps no `%%` (Mermaid's comment start) after escaping.
    for (const run of ['%%', '%%%', '%%%%%']) {
      expect(mermaidName(run, 'section')).not.toContain('%%')
      expect(mermaidName(run, 'section').replaceAll('\u2060', '')).toBe(run)
    }
    const map = templateById('classic-5')!.build()
    const card = Object.values(map.touchpoints)[0]!
    const tricky = {
      ...map,
      meta: { ...map.meta, title: 'Q3: #1 journey; final %%% done' },
      phases: map.phases.map((phase, i) => (i === 0 ? { ...phase, name: '%%%' } : phase)),
      touchpoints: {
        ...map.touchpoints,
        [card.id]: { ...card, title: 'section A: pay # now %% ok\nnext' },
      },
    }
    expectSameData(imported(mapToMermaid(tricky)), tricky)
  })

  it('lets edits in the Mermaid text win: a renamed task, a new score, a task moved to another section', () => {
    const map = templateById('classic-5')!.build()
    const edited = mapToMermaid(map)
      .replace(
        'Calls about a missing ingredient: 1: Busy parent',
        'Calls the hotline: 2: Busy parent',
      )
      .replace(/(\n\s+%% trailmap: [^\n]*\n\s+Shares a dish on Instagram: 5: Busy parent)/, '')
      .replace(
        '  section Awareness\n',
        `  section Awareness\n${/(\n\s+%% trailmap: [^\n]*\n\s+Shares a dish on Instagram: 5: Busy parent)/.exec(mapToMermaid(map))![1]!.slice(1)}\n`,
      )
    const back = imported(edited)
    const called = cardsOf(back).find((c) => c.title === 'Calls the hotline')!
    const original = cardsOf(map).find((c) => c.title === 'Calls about a missing ingredient')!
    expect(called.id).toBe(original.id)
    expect(called.emotion).toBe(-1)
    expect(called.painPoints).toEqual(original.painPoints)
    const shared = cardsOf(back).find((c) => c.title === 'Shares a dish on Instagram')!
    expect(phaseName(back, shared.phaseId)).toBe('Awareness')
  })

  it('round-trips every generated map exactly (property)', () => {
    fc.assert(
      fc.property(arbitraryJourneyMap({ trickyIds: true }), (map) => {
        const back = mermaidToMap(mapToMermaid(map))
        if (!back.ok) throw new Error(JSON.stringify(back.problems))
        expect(back.repairs).toEqual([])
        expectSameData(back.map, map)
      }),
      { numRuns: 200 },
    )
  })
})
