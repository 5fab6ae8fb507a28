// Mermaid's user journey (`journey`) as an exchange format. Mapping: `section` ↔ phase, task ↔
// touchpoint, score 1…5 ↔ emotion −2…+2, actors ↔ personas, `title` ↔ the map's title, `accDescr`
// ↔ its description. What Mermaid cannot hold (ids, channels, pain points, lanes, positions,
// edges, notes, metrics, names with characters Mermaid forbids) rides in `%% trailmap: {json}`
// comment lines — one before the `journey` body for the whole map, one before each section and
// task for its record — which Mermaid ignores, so Trailmap → Mermaid → Trailmap keeps everything,
// and an edit made in the Mermaid text (a renamed task, a new score, a task moved to another
// section) wins over the comment. Mermaid's lexer (journey.jison) reads `#` and `%%` as comments,
// ends names at `:` and refuses `;`; names are written with look-alike characters instead.

import type { JourneyMap, Touchpoint } from '../types'
import { readingOrder } from './mermaid-order'

export const TRAILMAP_COMMENT = '%% trailmap: '
export const MERMAID_FORMAT_VERSION = 1

/** Mermaid keywords a name must not start with (they are matched case-insensitively). */
const KEYWORD = /^(title\s|section\s|acctitle|accdescr|journey)/i
const WORD_JOINER = '\u2060'

/**
 * A name Mermaid reads back as written: no line breaks, look-alikes for `:` `#` `;` (and `,` in
 * actors), `%%` split, no leading keyword, never empty.
 */
export function mermaidName(text: string, kind: 'task' | 'section' | 'actor' | 'title'): string {
  let name = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/#/g, '＃')
    .replace(/;/g, '；')
    // Every `%` before another gets the joiner: `%%%` must not keep a `%%` after the first pair.
    .replace(/%(?=%)/g, `%${WORD_JOINER}`)
  if (kind !== 'title') name = name.replace(/:/g, '꞉')
  if (kind === 'actor') name = name.replace(/,/g, '‚')
  name = name.trim()
  if (name === '' && kind !== 'actor') name = kind === 'title' ? 'Journey' : 'Untitled'
  if (kind !== 'title' && KEYWORD.test(name)) name = `${WORD_JOINER}${name}`
  return name
}

/** The score of an emotion: −2…+2 → 1…5. */
export const scoreOf = (emotion: number) => emotion + 3

function comment(data: unknown): string {
  return `${TRAILMAP_COMMENT}${JSON.stringify(data)}`
}

/** The names a card's actors line lists: its personas, or every persona when it names none. */
export function actorNames(map: JourneyMap, card: Pick<Touchpoint, 'personaIds'>): string[] {
  const personas =
    card.personaIds.length === 0
      ? map.personas
      : card.personaIds.flatMap((id) => map.personas.filter((p) => p.id === id))
  return personas.map((persona) => mermaidName(persona.name, 'actor')).filter((name) => name !== '')
}

export function mapToMermaid(map: JourneyMap): string {
  const { phases, touchpoints: _touchpoints, meta, ...rest } = map
  const lines = [
    `%% ${meta.title.replace(/[\r\n]+/g, ' ')} — a customer journey exported by Trailmap.`,
    '%% The "trailmap:" comments keep what Mermaid cannot show; Mermaid ignores them.',
    comment({ format: MERMAID_FORMAT_VERSION, meta, ...rest }),
    'journey',
    `  title ${mermaidName(meta.title, 'title')}`,
  ]
  const description = meta.description.replace(/[\r\n]+/g, ' ').trim()
  if (description !== '') lines.push(`  accDescr: ${description}`)
  const rows = readingOrder(map)
  const task = (card: Touchpoint) => {
    const { phaseId: _phaseId, ...record } = card
    const actors = actorNames(map, card)
    lines.push(
      `    ${comment({ touchpoint: record })}`,
      `    ${mermaidName(card.title, 'task')}: ${scoreOf(card.emotion)}${actors.length ? `: ${actors.join(', ')}` : ''}`,
    )
  }
  // Cards in no phase come first: Mermaid draws tasks before any section without one.
  for (const card of rows.filter(
    (c) => c.phaseId === null || !phases.some((p) => p.id === c.phaseId),
  ))
    task(card)
  for (const phase of phases) {
    lines.push(`  ${comment({ phase })}`, `  section ${mermaidName(phase.name, 'section')}`)
    for (const card of rows.filter((c) => c.phaseId === phase.id)) task(card)
  }
  return `${lines.join('\n')}\n`
}
