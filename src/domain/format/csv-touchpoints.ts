// Touchpoints as a spreadsheet: one row each (phase, title, channel, kind, emotion, pain points,
// opportunities, owner, tags, description, lane, personas, evidence, evidence source). Lists are written one item per line inside the cell.
// Import maps headers by name (with common synonyms), checks every row first, and then either adds
// everything or nothing: a sheet with one bad row changes no map.

import { CARD_GAP, CARD_SIZE } from '../card'
import { createPhase, createTouchpoint, nextPhaseColor } from '../defaults'
import { PHASE_HEADER_HEIGHT, phaseColumns } from '../geometry'
import { newId } from '../ids'
import { addPhase, addTouchpoint } from '../operations'
import type { JourneyMap, Touchpoint } from '../types'
import { LOCALES, messagesFor } from '../i18n'
import { laneHolding } from '../kinds/lane'
import { defaultCardLane, freeSpotInPhase } from '../placement'
import {
  CHANNELS,
  DEFAULT_KIND_BY_CHANNEL,
  EVIDENCE_STATUSES,
  TOUCHPOINT_KINDS,
  isDrawnLane,
  isLineLane,
  type EvidenceStatus,
  isEmotion,
  type Channel,
  type TouchpointKind,
} from '../vocabulary'
import { CsvSyntaxError, cellOf, headerColumn, parseCsv, toCsv } from './csv'

const COLUMNS = [
  'phase',
  'title',
  'channel',
  'kind',
  'emotion',
  'pain points',
  'opportunities',
  'owner',
  'tags',
  'description',
  'lane',
  'personas',
  'evidence',
  'evidence source',
] as const
type Column = (typeof COLUMNS)[number]

const SYNONYMS: Readonly<Record<string, Column>> = {
  phase: 'phase',
  stage: 'phase',
  step: 'phase',
  title: 'title', // i18n-exempt: a CSV column name, the same in every language
  touchpoint: 'title',
  name: 'title',
  channel: 'channel',
  kind: 'kind',
  type: 'kind',
  emotion: 'emotion',
  feeling: 'emotion',
  'pain points': 'pain points',
  painpoints: 'pain points',
  pains: 'pain points',
  opportunities: 'opportunities',
  opportunity: 'opportunities',
  owner: 'owner',
  responsible: 'owner',
  tags: 'tags',
  description: 'description', // i18n-exempt: a CSV column name, the same in every language
  notes: 'description',
  lane: 'lane',
  row: 'lane',
  swimlane: 'lane',
  personas: 'personas',
  persona: 'personas',
  evidence: 'evidence',
  'evidence source': 'evidence source',
  source: 'evidence source',
}

const MAX_CSV_ROWS = 5000

export function touchpointsToCsv(map: JourneyMap): string {
  const phaseName = new Map(map.phases.map((phase) => [phase.id, phase.name]))
  const laneName = new Map(map.lanes.map((lane) => [lane.id, lane.name]))
  const personaName = new Map(map.personas.map((persona) => [persona.id, persona.name]))
  const order = new Map(map.phases.map((phase, index) => [phase.id, index]))
  const cards = Object.values(map.touchpoints).sort(
    (a, b) =>
      (order.get(a.phaseId ?? '') ?? Infinity) - (order.get(b.phaseId ?? '') ?? Infinity) ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x,
  )
  const rows = cards.map((card) => [
    card.phaseId ? (phaseName.get(card.phaseId) ?? '') : '',
    card.title,
    card.channel,
    card.kind,
    String(card.emotion),
    card.painPoints.join('\n'),
    card.opportunities.join('\n'),
    card.owner,
    card.tags.join(', '),
    card.description,
    card.laneId ? (laneName.get(card.laneId) ?? '') : '',
    // Empty: the card applies to every persona.
    card.personaIds.map((id) => personaName.get(id) ?? '').join('\n'),
    card.evidence,
    card.evidenceSource,
  ])
  return toCsv([[...COLUMNS], ...rows])
}

export interface CsvProblem {
  /** 1-based row of the sheet (the header is row 1), or 0 for the sheet as a whole. */
  row: number
  column?: string
  message: string
}

export type CsvImportResult =
  | { ok: true; map: JourneyMap; added: number; newPhases: string[]; ignoredColumns: string[] }
  | { ok: false; problems: CsvProblem[] }

export function importTouchpointsCsv(map: JourneyMap, text: string): CsvImportResult {
  let rows: string[][]
  try {
    rows = parseCsv(text).rows
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail(error.line, error.message)
    throw error
  }
  const [header, ...body] = rows
  if (!header) return fail(0, 'the file is empty')
  if (body.length > MAX_CSV_ROWS) return fail(0, `${body.length} rows is more than ${MAX_CSV_ROWS}`)
  const columns = header.map((name) => headerColumn(SYNONYMS, name))
  const ignoredColumns = header.filter((_, i) => columns[i] === undefined)
  if (!columns.includes('title')) {
    return fail(
      1,
      `no "title" column (found: ${header.join(', ')}); expected ${COLUMNS.join(', ')}`,
    )
  }
  const problems: CsvProblem[] = []
  const names = namesOf(map)
  const parsed = body.map((cells, index) => readRow(cells, columns, index + 2, problems, names))
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, ignoredColumns, ...addRows(map, parsed as ParsedRow[]) }
}

interface ParsedRow {
  phase: string
  card: Partial<Touchpoint>
}

/** Lanes (that hold cards) and personas by lower-case name, for the lane and personas columns. */
function namesOf(map: JourneyMap) {
  const byName = <T extends { id: string }>(records: readonly T[], name: (r: T) => string) =>
    new Map(records.map((record) => [name(record).trim().toLowerCase(), record.id]))
  return {
    lanes: byName(
      map.lanes.filter((lane) => !isLineLane(lane.type) && !isDrawnLane(lane.type)),
      (lane) => lane.name,
    ),
    personas: byName(map.personas, (persona) => persona.name),
  }
}

function readRow(
  cells: string[],
  columns: (Column | undefined)[],
  row: number,
  problems: CsvProblem[],
  names: ReturnType<typeof namesOf>,
) {
  const value = (column: Column) => cellOf(columns, cells, column)
  const report = (column: Column, message: string) => problems.push({ row, column, message })
  const title = value('title')
  if (title === '') report('title', 'is empty')
  const channel = readChannel(value('channel'))
  if (channel === null)
    report('channel', `"${value('channel')}" is not one of ${CHANNELS.join(', ')}`)
  const kindText = value('kind').toLowerCase()
  const kind =
    kindText === ''
      ? undefined
      : (TOUCHPOINT_KINDS as readonly string[]).includes(kindText)
        ? (kindText as TouchpointKind)
        : null
  if (kind === null)
    report('kind', `"${value('kind')}" is not one of ${TOUCHPOINT_KINDS.join(', ')}`)
  const emotionText = value('emotion')
  const emotion = emotionText === '' ? 0 : Number(emotionText.replace(/^\+/, ''))
  if (!isEmotion(emotion)) report('emotion', `"${emotionText}" must be an integer from -2 to 2`)
  const evidenceText = value('evidence').toLowerCase()
  const evidence = evidenceText === '' ? 'assumed' : evidenceText
  if (!(EVIDENCE_STATUSES as readonly string[]).includes(evidence)) {
    report('evidence', `"${value('evidence')}" is not one of ${EVIDENCE_STATUSES.join(', ')}`)
  }
  const laneText = value('lane')
  const laneId = laneText === '' ? undefined : names.lanes.get(laneText.toLowerCase())
  if (laneId === undefined && laneText !== '') {
    report('lane', `no lane of this map is named "${laneText}"`)
  }
  const personaIds = list(value('personas'), /\r?\n|;|,/).flatMap((name) => {
    const id = names.personas.get(name.toLowerCase())
    if (id === undefined) report('personas', `no persona of this map is named "${name}"`)
    return id === undefined ? [] : [id]
  })
  const resolvedChannel: Channel = channel ?? 'other'
  const card: Partial<Touchpoint> = {
    title,
    channel: resolvedChannel,
    kind: kind ?? DEFAULT_KIND_BY_CHANNEL[resolvedChannel],
    emotion: isEmotion(emotion) ? emotion : 0,
    painPoints: list(value('pain points'), /\r?\n|;/),
    opportunities: list(value('opportunities'), /\r?\n|;/),
    owner: value('owner'),
    tags: list(value('tags'), /[,;\n]/),
    description: value('description'),
    personaIds: [...new Set(personaIds)],
    evidence: evidence as EvidenceStatus,
    evidenceSource: value('evidence source'),
    ...(laneId === undefined ? {} : { laneId }),
  }
  return { phase: value('phase'), card }
}

function readChannel(text: string): Channel | null {
  if (text === '') return 'other'
  const wanted = text.toLowerCase().replace(/[\s_]+/g, '-')
  const byId = CHANNELS.find((channel) => channel === wanted)
  if (byId) return byId
  const label = text.toLowerCase()
  const byLabel = CHANNELS.find((channel) =>
    CHANNEL_NAMES.some((names) => names[channel].toLowerCase() === label),
  )
  return byLabel ?? (wanted === 'e-mail' ? 'email' : null)
}

/** A sheet may name channels in any language we speak ("Trade fair", "Messe"). */
const CHANNEL_NAMES = LOCALES.map((locale) => messagesFor(locale).vocabulary.channels)

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean)

function addRows(map: JourneyMap, rows: readonly ParsedRow[]) {
  let next = map
  const newPhases: string[] = []
  const phaseIdByName = new Map(
    map.phases.map((phase) => [phase.name.trim().toLowerCase(), phase.id]),
  )
  const nextY = new Map<string, number>()
  for (const { phase: name, card } of rows) {
    let phaseId: string | null = null
    if (name !== '') {
      phaseId = phaseIdByName.get(name.toLowerCase()) ?? null
      if (phaseId === null) {
        const phase = createPhase({ name, color: nextPhaseColor(next) })
        next = addPhase(next, phase)
        phaseId = phase.id
        phaseIdByName.set(name.toLowerCase(), phase.id)
        newPhases.push(name)
      }
    }
    // Cards go into the lane the sheet names, else the map's Touchpoints lane (none without lanes).
    const laneId = phaseId === null ? null : (card.laneId ?? defaultCardLane(next))
    const key = `${phaseId ?? ''}\u0000${laneId ?? ''}`
    const y = nextY.get(key) ?? lowestFreeY(next, phaseId, laneId)
    nextY.set(key, y + CARD_SIZE.height + CARD_GAP)
    const x = phaseId ? columnOffset(next, phaseId) : -CARD_SIZE.width - 80
    if (laneId !== null) next = laneHolding(next, laneId, y, CARD_SIZE.height)
    next = addTouchpoint(
      next,
      createTouchpoint({ ...card, id: newId(), phaseId, laneId, position: { x, y } }),
    )
  }
  return { map: next, added: rows.length, newPhases }
}

function lowestFreeY(map: JourneyMap, phaseId: string | null, laneId: string | null): number {
  if (phaseId !== null) return freeSpotInPhase(map, phaseId, laneId).y
  let y = PHASE_HEADER_HEIGHT + CARD_GAP
  for (const card of Object.values(map.touchpoints)) {
    if (card.phaseId === null) y = Math.max(y, card.position.y + CARD_SIZE.height + CARD_GAP)
  }
  return y
}

function columnOffset(map: JourneyMap, phaseId: string): number {
  const column = phaseColumns(map).find((c) => c.phase.id === phaseId)
  return Math.max(8, Math.round(((column?.width ?? CARD_SIZE.width) - CARD_SIZE.width) / 2))
}

function fail(row: number, message: string): CsvImportResult {
  return { ok: false, problems: [{ row, message }] }
}
