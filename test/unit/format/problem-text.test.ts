// Import problems in German: every sentence the parsers write is recognised, rendered from the
// German catalogue with its values, and in English comes back exactly as the parser wrote it.

import { describe, expect, it } from 'vitest'
import { emptyMap } from '../../../src/domain/defaults'
import { parseMapFile } from '../../../src/domain/format'
import { importMetricsCsv } from '../../../src/domain/format/csv-metrics'
import { importTouchpointsCsv } from '../../../src/domain/format/csv-touchpoints'
import { mermaidToMap } from '../../../src/domain/format/mermaid-import'
import { problemText, repairText, whereText } from '../../../src/domain/format/problem-text'
import { messagesFor } from '../../../src/domain/i18n'
import { templateById } from '../../../src/domain/templates'

const en = messagesFor('en')
const de = messagesFor('de')

function mermaidProblems(text: string) {
  const read = mermaidToMap(text)
  return read.ok ? [] : read.problems
}

const messages: string[] = [
  ...mermaidProblems('journey\n  title T\n  section A\n  Task without score\n').map(
    (p) => p.message,
  ),
  ...mermaidProblems('flowchart LR\n').map((p) => p.message),
  ...mermaidProblems('journey\n  section A\n  Task: 9: Me\n').map((p) => p.message),
  ...mermaidProblems('journey\n  section A: b\n').map((p) => p.message),
  ...mermaidProblems('journey\n  section A\n  : 3: Me\n  a; b: 3: Me\n').map((p) => p.message),
]
for (const text of [
  '',
  '{',
  '[]',
  '{"type":"other"}',
  '{"type":"trailmap/journey-map","version":99,"map":{}}',
  '{"type":"trailmap/journey-map","version":1}',
  '{"type":"trailmap/journey-map","version":"x","map":{"phases":"no"}}',
  '{"type":"trailmap/journey-map","version":2,"map":{"title":3,"phases":[{"id":"p"},{"id":"p","name":"b","color":"red"}],"touchpoints":[7]}}',
  '{"type":"trailmap/journey-map","version":2,"map":{"touchpoints":[{"id":"t","title":"x","emotion":9,"channel":"fax","painPoints":[1]}]}}',
]) {
  const loaded = parseMapFile(text)
  if (!loaded.ok) messages.push(...loaded.problems.map((p) => p.message))
}
const classic = templateById('classic-5')!.build()
for (const text of [
  'title,emotion,channel,lane,personas\n,5,fax,Nowhere,Nobody\n',
  'heading\nx\n',
  '"title\nx\n',
]) {
  const read = importTouchpointsCsv(classic, text)
  if (!read.ok) messages.push(...read.problems.map((p) => p.message))
}
for (const text of [
  'metric,value,phase,touchpoint,date,better\nNPS,abc,Nope,Ghost,31.3.,maybe\n',
  'metric,value,phase\n,,\n',
  'metric,value,phase,touchpoint\nNPS,3,Awareness,Reads reviews on Google\n',
  'metric\nx\n',
]) {
  const read = importMetricsCsv(classic, text)
  if (!read.ok) messages.push(...read.problems.map((p) => p.message))
}

describe('import problems in German', () => {
  it('collects a good sample of problems', () => {
    expect(new Set(messages).size).toBeGreaterThan(15)
  })

  it.each(messages.map((m) => [m]))('translates %s', (message) => {
    expect(problemText(en, message)).toBe(message)
    expect(problemText(de, message)).not.toBe(message)
  })

  it('names the line of a Mermaid problem', () => {
    const [problem] = mermaidProblems('journey\n  section A\n  Task: 9: Me\n')
    expect(whereText(de, `line ${problem!.line}`)).toBe('Zeile 3')
    expect(problemText(de, problem!.message)).toMatch(/Wertung von „Task“ ist „9“/)
  })

  it('names the row and column of a CSV problem', () => {
    expect(whereText(de, 'row 4, emotion')).toBe('Zeile 4, emotion')
    expect(whereText(en, 'row 4, emotion')).toBe('row 4, emotion')
    expect(whereText(de, '$.map.phases[0].name')).toBe('$.map.phases[0].name')
  })

  it('shows a sentence it does not know as it is', () => {
    expect(problemText(de, 'something new went wrong')).toBe('something new went wrong')
  })

  it('translates the problems inside a Mermaid file\'s "trailmap:" comments', () => {
    const text = `the "trailmap:" comments do not describe a valid map: $.map.phases[0].name: is required`
    expect(problemText(de, text)).toBe(
      'die Kommentare „trailmap:“ beschreiben keine gültige Map: $.map.phases[0].name: fehlt',
    )
    expect(emptyMap().phases).toEqual([])
  })
})

const repairs = [
  'edge "e-lost" from "t" to "gone" was removed: touchpoint "gone" does not exist',
  'edge "e2" from "a" to "b" was removed: touchpoint "a" and "b" does not exist',
  'edge "e3" from "a" to "b" was removed: it repeats edge "e1"',
  'edge "e4" from "a" to "a" was removed: it connects a touchpoint to itself',
  'lane "l" was 5 tall; it is now 60',
  'phase "p" was 20 wide; it was widened to the minimum 120',
  'note "n" was 10×10; it was enlarged to at least 80×60',
  'the map title was 300 characters; it was shortened to 200',
  'metric "m" was on a touchpoint and a phase; it stays on touchpoint "t"',
  'metric "m" was on touchpoint "t", which does not exist; it is now on phase "p"',
  'metric "m" was on touchpoint "t", which does not exist; it is now unassigned',
  'metric "m" was on phase "p", which does not exist; it is now unassigned',
  'touchpoint "t" was in phase "gone", which does not exist; it is now unassigned, right of the last phase',
  'touchpoint "t1" was in lane "gone", which does not exist; it is now in no lane',
  'touchpoint "t2" named personas that do not exist (ghost, spectre); they were left out',
  'touchpoint "t1" was in lane "gone", which does not exist; it is now in no lane; touchpoint "t1" named personas that do not exist (ghost); they were left out',
]

describe('repairs in German', () => {
  it.each(repairs.map((r) => [r]))('translates %s', (repair) => {
    expect(repairText(en, repair)).toBe(repair)
    expect(repairText(de, repair)).not.toBe(repair)
    expect(repairText(de, repair)).not.toMatch(/ was | which /)
  })
})
