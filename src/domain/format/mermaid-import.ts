// Reads a Mermaid user journey (see mermaid.ts for the mapping) into a new map. Lines are read as
// Mermaid's lexer reads them (journey.jison): `%%` and `#` start comments, `title`, `accTitle`,
// `accDescr` (also the `{ … }` block), `section <name>`, `Task: score: actor, actor`; a YAML front
// matter may give the title. `%% trailmap:` comments restore what Trailmap wrote; where the text
// was edited since, the text wins. Every problem names its line. The result goes through the same
// validation and restore as a JSON file, so a damaged comment is repaired or reported, never
// rendered raw.

import { CARD_GAP, CARD_SIZE } from '../card'
import { DEFAULT_MAP_TITLE, emptyMap } from '../defaults'
import { PHASE_HEADER_HEIGHT } from '../geometry'
import { LANE_PADDING, createLane } from '../kinds/lane'
import { createPersona } from '../kinds/persona'
import { createPhase } from '../kinds/phase'
import { createTouchpoint } from '../kinds/touchpoint'
import { newId } from '../ids'
import { defaultCardLane, freeSpotInPhase } from '../placement'
import { isPlainObject } from '../rules'
import { putOwn } from '../records'
import type { Id, JourneyMap, Lane, Persona, Phase, Touchpoint } from '../types'
import { isEmotion, type Emotion } from '../vocabulary'
import { serializeMap } from './envelope'
import { parseMapFile } from './load'
import { TRAILMAP_COMMENT, actorNames, mermaidName } from './mermaid'
import { errors } from '../i18n/en/errors'
import { templates } from '../i18n/en/templates'

/** Problems and the lanes of a journey without any are written in English, from the catalogue. */
const P = errors.problems
const LANES = templates.lanes

export interface MermaidProblem {
  /** 1-based line number in the text. */
  readonly line: number
  readonly message: string
}

export type MermaidImportResult =
  | { readonly ok: true; readonly map: JourneyMap; readonly repairs: readonly string[] }
  | { readonly ok: false; readonly problems: readonly MermaidProblem[] }

/** Whether a text looks like a Mermaid user journey (its first statement is `journey`). */
export function isMermaidJourney(text: string): boolean {
  for (const raw of stripFrontMatter(text.replace(/^\uFEFF/, '').split(/\r?\n/)).lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('%%') || line.startsWith('#')) continue
    return /^journey\b/i.test(line)
  }
  return false
}

function stripFrontMatter(lines: string[]): {
  lines: string[]
  offset: number
  title: string | null
} {
  if (lines[0]?.trim() !== '---') return { lines, offset: 0, title: null }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---')
  if (end < 0) return { lines, offset: 0, title: null }
  const titleLine = lines.slice(1, end).find((line) => /^title\s*:/.test(line))
  const title = titleLine
    ? titleLine
        .replace(/^title\s*:\s*/, '')
        .replace(/^(['"])(.*)\1$/, '$2')
        .trim()
    : null
  return { lines: lines.slice(end + 1).map((l) => l), offset: end + 1, title }
}

/** Text up to a comment: Mermaid ends a statement at `#` and at `%%`. */
function uncommented(text: string): string {
  const hash = text.indexOf('#')
  const percent = text.indexOf('%%')
  const cut = [hash, percent].filter((i) => i >= 0)
  return (cut.length ? text.slice(0, Math.min(...cut)) : text).trim()
}

type Pending = Record<string, unknown> | null

export function mermaidToMap(text: string): MermaidImportResult {
  const problems: MermaidProblem[] = []
  const front = stripFrontMatter(text.replace(/^\uFEFF/, '').split(/\r?\n/))
  const base = emptyMap()
  let header: Record<string, unknown> = {}
  let title: string | null = front.title
  let description: string | null = null
  const phases: Phase[] = []
  const cards: { card: Touchpoint; actors: string[]; remembered: boolean; line: number }[] = []
  let pending: Pending = null
  let started = false
  let inDescription: string[] | null = null
  let currentPhase: Id | null = null

  front.lines.forEach((raw, index) => {
    const lineNo = index + 1 + front.offset
    const report = (message: string) => problems.push({ line: lineNo, message })
    if (inDescription) {
      const close = raw.indexOf('}')
      inDescription.push(close >= 0 ? raw.slice(0, close) : raw)
      if (close >= 0) {
        description = inDescription.join('\n').trim()
        inDescription = null
      }
      return
    }
    const line = raw.trim()
    if (line === '') return
    if (line.startsWith(TRAILMAP_COMMENT.trim())) {
      const json = line.slice(TRAILMAP_COMMENT.trim().length).trim()
      let data: unknown
      try {
        data = JSON.parse(json)
      } catch {
        return report(P.commentNotJson)
      }
      if (!isPlainObject(data)) return report(P.commentNotObject)
      if (!started) header = data
      else pending = data
      return
    }
    if (line.startsWith('%%') || line.startsWith('#')) return
    if (!started) {
      if (!/^journey\b/i.test(line)) return report(P.notJourneyStart(line.slice(0, 40)))
      started = true
      return
    }
    const take = () => {
      const data = pending
      pending = null
      return data
    }
    const body = uncommented(line)
    if (body === '') return
    if (/^title\s/i.test(body)) {
      title = body.slice(6).trim()
      return
    }
    if (/^acctitle\s*:/i.test(body)) return
    if (/^accdescr\s*:/i.test(line)) {
      description = line.replace(/^accdescr\s*:\s*/i, '').trim()
      return
    }
    if (/^accdescr\s*\{/i.test(line)) {
      const after = line.replace(/^accdescr\s*\{/i, '')
      const close = after.indexOf('}')
      if (close >= 0) description = after.slice(0, close).trim()
      else inDescription = [after]
      return
    }
    if (body.includes(';')) return report(P.semicolon)
    if (/^section\s/i.test(body)) {
      const name = body.slice(8).trim()
      if (name.includes(':')) return report(P.sectionColon(name))
      const remembered = take()
      const stored = isPlainObject(remembered?.phase)
        ? (remembered.phase as Record<string, unknown>)
        : null
      const exact =
        typeof stored?.name === 'string' && mermaidName(stored.name, 'section') === name
          ? stored.name
          : name
      const phase = stored
        ? ({ ...stored, name: exact } as unknown as Phase)
        : createPhase({ id: newId(), name }, phases.length)
      phases.push(phase)
      currentPhase = phase.id
      return
    }
    const colon = body.indexOf(':')
    if (colon < 0) return report(P.notATask(body.slice(0, 60)))
    const name = body.slice(0, colon).trim()
    if (name === '') return report(P.taskName)
    const [scoreText = '', actorText = ''] = body.slice(colon + 1).split(':')
    const score = Number(scoreText.trim())
    if (scoreText.trim() === '' || !Number.isInteger(score) || score < 1 || score > 5) {
      return report(P.scoreRange(name, scoreText.trim()))
    }
    const emotion = (score - 3) as Emotion
    const actors = actorText
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
    const remembered = take()
    const stored = isPlainObject(remembered?.touchpoint)
      ? (remembered.touchpoint as Record<string, unknown>)
      : null
    const exact =
      typeof stored?.title === 'string' && mermaidName(stored.title, 'task') === name
        ? stored.title
        : name
    const card = stored
      ? ({
          ...stored,
          title: exact,
          emotion: isEmotion(emotion) ? emotion : 0,
          phaseId: currentPhase,
        } as unknown as Touchpoint)
      : createTouchpoint({
          id: newId(),
          title: name,
          emotion,
          phaseId: currentPhase,
          channel: 'other',
          kind: 'digital',
        })
    cards.push({ card, actors, remembered: stored !== null, line: lineNo })
  })
  if (!started && problems.length === 0) problems.push({ line: 1, message: P.journeyMissing })
  if (inDescription)
    problems.push({
      line: front.lines.length + front.offset,
      message: P.accDescrOpen,
    })
  if (problems.length > 0) return { ok: false, problems }

  const { format: _format, meta: storedMeta, ...collections } = header
  const meta = isPlainObject(storedMeta) ? storedMeta : {}
  const str = (value: unknown) => (typeof value === 'string' ? value : null)
  const storedTitle = str(meta.title)
  const finalTitle =
    title === null
      ? (storedTitle ?? DEFAULT_MAP_TITLE)
      : storedTitle !== null && mermaidName(storedTitle, 'title') === title
        ? storedTitle
        : title
  const storedDescription = str(meta.description) ?? ''
  const finalDescription =
    description === null || storedDescription.replace(/[\r\n]+/g, ' ').trim() === description
      ? storedDescription
      : description
  let map = {
    ...base,
    ...collections,
    meta: { ...meta, title: finalTitle, description: finalDescription },
    phases,
  } as JourneyMap
  map = withPersonas(map, cards)
  map = placed(map, cards)
  const loaded = parseMapFile(serializeMap(map))
  if (!loaded.ok) {
    return {
      ok: false,
      problems: loaded.problems.map((p) => ({
        line: 1,
        message: P.commentsInvalid(p.path, p.message),
      })),
    }
  }
  return { ok: true, map: loaded.map, repairs: loaded.repairs }
}

/** Actors become personas (found by name, else created); a card keeps its remembered list while the actors still match it. */
function withPersonas(
  map: JourneyMap,
  cards: { card: Touchpoint; actors: string[] }[],
): JourneyMap {
  const personas: Persona[] = Array.isArray(map.personas) ? [...map.personas] : []
  const byName = new Map<string, Id>()
  for (const persona of personas) {
    const key = mermaidName(persona.name, 'actor').toLowerCase()
    if (!byName.has(key)) byName.set(key, persona.id)
  }
  for (const entry of cards) {
    for (const actor of entry.actors) {
      if (byName.has(actor.toLowerCase())) continue
      const persona = createPersona({ id: newId(), name: actor }, personas.length)
      personas.push(persona)
      byName.set(actor.toLowerCase(), persona.id)
    }
  }
  const next = { ...map, personas }
  for (const entry of cards) {
    const expected = new Set(actorNames(next, entry.card).map((n) => n.toLowerCase()))
    const given = new Set(entry.actors.map((n) => n.toLowerCase()))
    const same =
      Array.isArray(entry.card.personaIds) &&
      expected.size === given.size &&
      [...given].every((n) => expected.has(n))
    if (!same)
      entry.card = {
        ...entry.card,
        personaIds: [...new Set(entry.actors.map((a) => byName.get(a.toLowerCase())!))],
      }
  }
  return next
}

/**
 * Cards that Trailmap wrote keep their place; new ones (from a plain Mermaid file, or added in
 * the text) go below the cards of their column, in the map's card lane. A map without lanes gets
 * a Touchpoints lane above an Emotion curve lane, so the scores read as a curve at once.
 */
function placed(map: JourneyMap, cards: { card: Touchpoint; remembered: boolean }[]): JourneyMap {
  let lanes: readonly Lane[] = Array.isArray(map.lanes) ? map.lanes : []
  const fresh = cards.filter((entry) => !entry.remembered)
  if (fresh.some((entry) => entry.card.phaseId !== null) && lanes.length === 0) {
    lanes = [
      createLane({ id: newId(), type: 'touchpoints', name: LANES.touchpoints }, 0),
      createLane({ id: newId(), type: 'emotion-curve', name: LANES.emotionCurve }, 1),
    ]
  }
  const touchpoints: Record<Id, Touchpoint> = {}
  for (const entry of cards) if (entry.remembered) putOwn(touchpoints, entry.card.id, entry.card)
  let next: JourneyMap = { ...map, lanes, touchpoints }
  const laneId = defaultCardLane(next)
  let unassignedY = PHASE_HEADER_HEIGHT + CARD_GAP
  for (const entry of fresh) {
    const { phaseId } = entry.card
    let card: Touchpoint
    if (phaseId === null) {
      card = { ...entry.card, laneId: null, position: { x: -CARD_SIZE.width - 80, y: unassignedY } }
      unassignedY += CARD_SIZE.height + CARD_GAP
    } else {
      card = { ...entry.card, laneId, position: freeSpotInPhase(next, phaseId, laneId) }
      if (laneId !== null) {
        const needed = card.position.y + CARD_SIZE.height + LANE_PADDING
        next = {
          ...next,
          lanes: next.lanes.map((l) =>
            l.id === laneId && l.height < needed ? { ...l, height: needed } : l,
          ),
        }
      }
    }
    next = { ...next, touchpoints: { ...next.touchpoints, [card.id]: card } }
  }
  // The map's record order follows the text, as a person reading it expects.
  const ordered: Record<Id, Touchpoint> = {}
  for (const entry of cards) putOwn(ordered, entry.card.id, next.touchpoints[entry.card.id]!)
  return { ...next, touchpoints: ordered }
}
