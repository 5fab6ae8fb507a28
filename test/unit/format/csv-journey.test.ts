// The touchpoint sheet's version-2 columns: lane, personas, evidence and its source.

import { describe, expect, it } from 'vitest'
import { importTouchpointsCsv, touchpointsToCsv } from '../../../src/domain/format/csv-touchpoints'
import { parseCsv } from '../../../src/domain/format/csv'
import { checkInvariants } from '../../../src/domain/invariants'
import { templateById } from '../../../src/domain/templates'

const journey = () => templateById('classic-5')!.build()

describe('touchpoint CSV with lanes, personas and evidence', () => {
  it('exports the lane, the personas and the evidence of every card', () => {
    const map = journey()
    const persona = map.personas[0]!
    const card = Object.values(map.touchpoints)[0]!
    const edited = {
      ...map,
      touchpoints: {
        ...map.touchpoints,
        [card.id]: {
          ...card,
          personaIds: [persona.id],
          evidence: 'validated' as const,
          evidenceSource: 'interview',
        },
      },
    }
    const { rows } = parseCsv(touchpointsToCsv(edited))
    const header = rows[0]!
    expect(header.slice(-4)).toEqual(['lane', 'personas', 'evidence', 'evidence source'])
    const row = rows.find((cells) => cells[1] === card.title)!
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('lane')).toBe('Touchpoints')
    expect(cell('personas')).toBe(persona.name)
    expect(cell('evidence')).toBe('validated')
    expect(cell('evidence source')).toBe('interview')
  })

  it('imports them, and puts cards without a lane into the Touchpoints lane, grown to fit', () => {
    const map = journey()
    const persona = map.personas[0]!
    const csv = [
      'phase,title,lane,personas,evidence,evidence source',
      `Awareness,Hears a podcast,Touchpoints,${persona.name.toUpperCase()},observed,survey`,
      'Awareness,Sees a billboard,,,,',
    ].join('\n')
    const result = importTouchpointsCsv(map, csv)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(checkInvariants(result.map)).toEqual([])
    const cards = Object.values(result.map.touchpoints)
    const lane = result.map.lanes.find((l) => l.type === 'touchpoints')!
    const podcast = cards.find((card) => card.title === 'Hears a podcast')!
    expect(podcast).toMatchObject({
      laneId: lane.id,
      personaIds: [persona.id],
      evidence: 'observed',
      evidenceSource: 'survey',
    })
    const billboard = cards.find((card) => card.title === 'Sees a billboard')!
    expect(billboard).toMatchObject({ laneId: lane.id, personaIds: [], evidence: 'assumed' })
    // Below the cards already in that cell, and inside the lane.
    expect(billboard.position.y).toBeGreaterThan(podcast.position.y)
    expect(billboard.position.y + 132).toBeLessThanOrEqual(lane.height)
  })

  it('refuses unknown lanes, personas and evidence, naming row and column, and adds nothing', () => {
    const map = journey()
    const csv = [
      'phase,title,lane,personas,evidence',
      'Awareness,Fine,,,',
      'Awareness,Bad,Backstage,Nobody,guessed',
    ].join('\n')
    const result = importTouchpointsCsv(map, csv)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      {
        row: 3,
        column: 'evidence',
        message: '"guessed" is not one of assumed, observed, validated',
      },
      { row: 3, column: 'lane', message: 'no lane of this map is named "Backstage"' },
      { row: 3, column: 'personas', message: 'no persona of this map is named "Nobody"' },
    ])
  })
})

describe('sheet headers', () => {
  it('ignores a column named like an Object property instead of misreading it', () => {
    const result = importTouchpointsCsv(journey(), 'title,constructor,toString\nA card,x,y')
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.ignoredColumns).toEqual(['constructor', 'toString'])
    expect(result.added).toBe(1)
  })
})

describe('channel names', () => {
  it('reads channels by id, English name or German name, and writes the id', () => {
    const csv = 'title,channel\nA,trade-fair\nB,Trade fair\nC,Messe\nD,Kundenservice'
    const result = importTouchpointsCsv(journey(), csv)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const channels = Object.values(result.map.touchpoints)
      .filter((card) => ['A', 'B', 'C', 'D'].includes(card.title))
      .toSorted((a, b) => a.title.localeCompare(b.title))
      .map((card) => card.channel)
    expect(channels).toEqual(['trade-fair', 'trade-fair', 'trade-fair', 'customer-service'])
  })
})
