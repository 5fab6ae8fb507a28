// Metrics as a spreadsheet: one row per measured value (date, phase, touchpoint, metric, value,
// target, unit, source, better). Phases and touchpoints are found by name, case-insensitively; the
// metric column is a type (NPS, CSAT, CES, conversion rate, drop-off rate, time on task) or any
// other text, which makes a custom metric of that name. Like the touchpoint sheet, every row is
// checked first and then everything or nothing is added: one bad row changes no map, and each
// problem names its row and column.

import { addMetric, createMetric, metricLabel, isIsoDate } from '../kinds/metric'
import { METRIC_TYPES, metricsOf, type Better } from '../kinds/metric'
import { LOCALES, messagesFor } from '../i18n'
import type { Metric, MetricType } from '../kinds/metric'
import { newId } from '../ids'
import type { Id, JourneyMap, Touchpoint } from '../types'
import { EVIDENCE_SOURCES } from '../vocabulary'
import { CsvSyntaxError, cellOf, headerColumn, parseCsv, toCsv } from './csv'
import type { CsvProblem } from './csv-touchpoints'

export const METRIC_COLUMNS = [
  'date',
  'phase',
  'touchpoint',
  'metric',
  'value',
  'target',
  'unit',
  'source',
  'better',
] as const
type Column = (typeof METRIC_COLUMNS)[number]

const SYNONYMS: Readonly<Record<string, Column>> = {
  date: 'date',
  day: 'date',
  when: 'date',
  phase: 'phase',
  stage: 'phase',
  touchpoint: 'touchpoint',
  card: 'touchpoint',
  metric: 'metric',
  kpi: 'metric',
  measure: 'metric',
  value: 'value',
  result: 'value',
  score: 'value',
  target: 'target',
  goal: 'target',
  unit: 'unit',
  source: 'source',
  better: 'better',
  direction: 'better',
}

const MAX_ROWS = 5000

/** Names people give each type, compared without case, spaces or punctuation. */
const TYPE_NAMES: Readonly<Record<string, MetricType>> = Object.fromEntries([
  ...METRIC_TYPES.filter((type) => type !== 'custom').flatMap((type) => [
    [squash(type), type],
    // The type's name in every language we speak ("Conversion rate", "Konversionsrate").
    ...LOCALES.map((locale) => [squash(messagesFor(locale).vocabulary.metricTypes[type]), type]),
  ]),
  ['netpromoterscore', 'nps'],
  ['customersatisfaction', 'csat'],
  ['customersatisfactionscore', 'csat'],
  ['customereffortscore', 'ces'],
  ['conversion', 'conversion-rate'],
  ['dropoff', 'drop-off-rate'],
  ['abandonmentrate', 'drop-off-rate'],
  ['tasktime', 'time-on-task'],
])

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** The type a metric cell names, or custom. */
export function metricTypeOf(text: string): MetricType {
  return TYPE_NAMES[squash(text)] ?? 'custom'
}

/** The sheet with the open map's metrics, ordered by phase, card, metric and date. */
export function metricsToCsv(map: JourneyMap): string {
  const phaseName = new Map(map.phases.map((phase) => [phase.id, phase.name]))
  const order = new Map(map.phases.map((phase, index) => [phase.id, index]))
  const rows = Object.values(metricsOf(map)).map((metric) => {
    const card =
      metric.touchpointId === null ? undefined : (map.touchpoints[metric.touchpointId] ?? undefined)
    const phaseId = card ? card.phaseId : metric.phaseId
    return {
      rank: order.get(phaseId ?? '') ?? Infinity,
      cells: [
        metric.date,
        phaseId === null ? '' : (phaseName.get(phaseId) ?? ''),
        card?.title ?? '',
        // The sheet is the same in every language: an unnamed metric is written as its English type.
        metricLabel(metric, messagesFor('en')),
        String(metric.value),
        metric.target === null ? '' : String(metric.target),
        metric.unit,
        metric.source,
        metric.better,
      ],
    }
  })
  rows.sort(
    (a, b) =>
      a.rank - b.rank ||
      compare(a.cells[2], b.cells[2]) ||
      compare(a.cells[3], b.cells[3]) ||
      compare(a.cells[0], b.cells[0]),
  )
  return toCsv([[...METRIC_COLUMNS], ...rows.map((row) => row.cells)])
}

const compare = (a = '', b = '') => a.localeCompare(b, 'en', { sensitivity: 'base' })

export type MetricsCsvResult =
  | { ok: true; map: JourneyMap; added: number; ignoredColumns: string[] }
  | { ok: false; problems: CsvProblem[] }

/** Whether a sheet's header is a metrics sheet (it has metric and value columns). */
export function isMetricsCsv(text: string): boolean {
  try {
    const header = parseCsv(text).rows[0] ?? []
    const columns = header.map(columnOf)
    return columns.includes('metric') && columns.includes('value')
  } catch {
    return false
  }
}

const columnOf = (name: string): Column | undefined => headerColumn(SYNONYMS, name)

export function importMetricsCsv(map: JourneyMap, text: string): MetricsCsvResult {
  let rows: string[][]
  let separator: ',' | ';'
  try {
    ;({ rows, separator } = parseCsv(text))
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail(error.line, error.message)
    throw error
  }
  const [header, ...body] = rows
  if (!header) return fail(0, 'the file is empty')
  if (body.length > MAX_ROWS) return fail(0, `${body.length} rows is more than ${MAX_ROWS}`)
  const columns = header.map(columnOf)
  const ignoredColumns = header.filter((_, i) => columns[i] === undefined)
  const missing = (['metric', 'value'] as const).filter((column) => !columns.includes(column))
  if (missing.length > 0) {
    return fail(
      1,
      `no ${missing.map((m) => `"${m}"`).join(' or ')} column (found: ${header.join(', ')}); expected ${METRIC_COLUMNS.join(', ')}`,
    )
  }
  if (!columns.includes('phase') && !columns.includes('touchpoint')) {
    return fail(1, 'no "phase" or "touchpoint" column: each row must say where it was measured')
  }
  const places = new Places(map)
  const problems: CsvProblem[] = []
  const read = body.map((cells, index) => {
    const row = index + 2
    const value = (column: Column) => cellOf(columns, cells, column)
    return readRow(value, places, separator, (column, message) =>
      problems.push({ row, column, message }),
    )
  })
  if (problems.length > 0) return { ok: false, problems }
  let next = map
  for (const metric of read) next = addMetric(next, metric as Metric)
  return { ok: true, map: next, added: read.length, ignoredColumns }
}

function readRow(
  value: (column: Column) => string,
  places: Places,
  separator: ',' | ';',
  report: (column: Column, message: string) => void,
): Metric | null {
  let count = 0
  const problem = (column: Column, message: string) => {
    count += 1
    report(column, message)
  }
  const metricText = value('metric')
  if (metricText === '') problem('metric', 'is empty')
  const type = metricTypeOf(metricText)

  const valueText = value('value')
  const parsed = valueText === '' ? null : readNumber(valueText, separator)
  if (valueText === '') problem('value', 'is empty')
  else if (parsed === null) problem('value', `"${valueText}" is not a number`)

  const targetText = value('target')
  const target = targetText === '' ? null : readNumber(targetText, separator)
  if (targetText !== '' && target === null) {
    problem('target', `"${targetText}" is not a number`)
  }

  const date = value('date')
  if (date !== '' && !isIsoDate(date)) {
    problem('date', `"${date}" is not a date written YYYY-MM-DD (such as 2025-03-31)`)
  }

  const betterText = value('better').toLowerCase()
  let better: Better | undefined
  if (betterText === 'higher' || betterText === 'lower') better = betterText
  else if (betterText !== '') problem('better', `"${value('better')}" is not higher or lower`)

  const place = places.find(value('phase'), value('touchpoint'), problem)
  if (count > 0 || place === null) return null

  const percent = /%\s*$/.test(valueText)
  const unitText = value('unit')
  const source = value('source')
  const evidenceSource = EVIDENCE_SOURCES.find((known) => known === source.toLowerCase()) ?? ''
  return createMetric({
    id: newId(),
    type,
    name: type === 'custom' ? metricText : '',
    value: parsed?.value ?? 0,
    target: target?.value ?? null,
    ...(unitText !== '' ? { unit: unitText } : percent ? { unit: '%' } : {}),
    ...(better ? { better } : {}),
    date,
    source,
    evidenceSource,
    ...place,
  })
}

/**
 * "72", "-12.5", "72 %", and with semicolon sheets the decimal comma "72,5". A thousands
 * separator is not guessed: "1,200" in a comma sheet is quoted and refused.
 */
function readNumber(text: string, separator: ',' | ';'): { value: number } | null {
  let clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '')
  if (separator === ';' && /^[+-]?\d+,\d+$/.test(clean)) clean = clean.replace(',', '.')
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(clean)) return null
  const value = Number(clean)
  return Number.isFinite(value) ? { value: Object.is(value, -0) ? 0 : value } : null
}

type Place = { phaseId: Id; touchpointId: null } | { phaseId: null; touchpointId: Id }

/** Phases and cards of the map, by lower-cased name. */
class Places {
  private readonly phases = new Map<string, Id>()
  private readonly phaseNames: string[]
  private readonly cards = new Map<string, Touchpoint[]>()

  constructor(map: JourneyMap) {
    // The first phase of a name wins, as in the touchpoint sheet.
    for (const phase of map.phases) {
      const key = phase.name.trim().toLowerCase()
      if (!this.phases.has(key)) this.phases.set(key, phase.id)
    }
    this.phaseNames = map.phases.map((phase) => phase.name.trim()).filter(Boolean)
    for (const card of Object.values(map.touchpoints)) {
      const key = card.title.trim().toLowerCase()
      const list = this.cards.get(key)
      if (list) list.push(card)
      else this.cards.set(key, [card])
    }
  }

  find(
    phaseName: string,
    title: string,
    problem: (column: Column, message: string) => void,
  ): Place | null {
    let phaseId: Id | null = null
    if (phaseName !== '') {
      phaseId = this.phases.get(phaseName.toLowerCase()) ?? null
      if (phaseId === null) {
        const known = this.phaseNames.length > 0 ? this.phaseNames.join(', ') : 'none'
        problem('phase', `no phase is called "${phaseName}" (phases: ${known})`)
        return null
      }
    }
    if (title === '') {
      if (phaseId === null) {
        problem('phase', 'is empty, and so is touchpoint: name where it was measured')
        return null
      }
      return { phaseId, touchpointId: null }
    }
    const named = this.cards.get(title.toLowerCase()) ?? []
    const candidates = phaseId === null ? named : named.filter((card) => card.phaseId === phaseId)
    if (candidates.length === 1)
      return { phaseId: null, touchpointId: (candidates[0] as Touchpoint).id }
    if (candidates.length > 1) {
      problem(
        'touchpoint',
        `${candidates.length} touchpoints are called "${title}"${phaseId === null ? '; name the phase too' : ' in this phase'}`,
      )
    } else if (named.length > 0) {
      problem('touchpoint', `touchpoint "${title}" is not in phase "${phaseName}"`)
    } else {
      problem('touchpoint', `no touchpoint is called "${title}"`)
    }
    return null
  }
}

function fail(row: number, message: string): MetricsCsvResult {
  return { ok: false, problems: [{ row, message }] }
}
