import type { Messages } from '../catalogue'
import { formatNumber, pluralFor } from '../format'

const p = pluralFor('de')

export const canvas: Messages['canvas'] = {
  label: 'Arbeitsfläche der Journey Map',
  minimap: 'Übersichtskarte der ganzen Journey Map',
  phaseNode: (name: string) => `Phase ${name}`,
  laneNode: (name: string) => `Zeile ${name}`,
  touchpointNode: (title: string) => `Touchpoint ${title}`,
  noteNode: (text: string) => `Notiz ${text}`,
  step: 'Schritt',
  stepNode: (label: string) => `Schritt ${label}`,
  untitledPhase: 'Unbenannte Phase',
  untitledTouchpoint: 'Unbenannter Touchpoint',
  untitledLane: 'Unbenannte Zeile',
  unnamedPersona: 'Unbenannte Persona',
  allCards: 'Alle Karten',
  phaseName: 'Name der Phase',
  laneName: 'Name der Zeile',
  touchpointTitle: 'Titel des Touchpoints',
  noteText: 'Text der Notiz',
  noteEmpty: 'Zum Schreiben doppelklicken',
  editHint: (label: string) => `${label} – zum Bearbeiten doppelklicken`,
  stepLabel: 'Beschriftung des Schritts',
  stepLabelHint: 'Doppelklicken, um diesen Schritt zu beschriften',
  dropConnection: 'Verbindung hier ablegen',
  dragToConnect: 'Ziehen, um mit einer anderen Karte zu verbinden',
  expandLane: (name: string) => `Zeile ${name} aufklappen`,
  collapseLane: (name: string) => `Zeile ${name} zuklappen`,
  toBe: 'Soll',
  curve: (lines: string) => `Emotionskurve: ${lines}`,
  curveLine: (name: string, points: number) =>
    `${name} ${p(points, { one: '# Punkt', other: '# Punkte' })}`,
  emotion: (label: string) => `Emotion: ${label}`,
  painPointsTip: (list: string) => `Pain Points:\n${list}`,
  painPointsCount: (n: number) => p(n, { one: '# Pain Point', other: '# Pain Points' }),
  opportunitiesTip: (list: string) => `Chancen:\n${list}`,
  opportunitiesCount: (n: number) => p(n, { one: '# Chance', other: '# Chancen' }),
  metricsTip: (count: number, status: string) => `Kennzahlen: ${count}, ${status}`,
  metricsCount: (count: number, status: string) =>
    `${p(count, { one: '# Kennzahl', other: '# Kennzahlen' })}, ${status}`,
  metricsOf: (name: string) => `Kennzahlen von ${name}`,
  metricSeries: (label: string, value: string, target: string | null, status: string) =>
    `${label} ${value}${target === null ? '' : ` (Ziel ${target})`}, ${status}`,
  metricTrend: (count: number, from: string, to: string) =>
    `; ${count} Werte von ${from} bis ${to}`,
  evidence: (label: string) => `Evidenz: ${label}`,
  evidenceWithSource: (label: string, source: string) => `${label} (${source})`,
  insightOf: (text: string, noun: string, title: string) => `${text}\n– ${noun} von „${title}“`,
  moreInsights: (n: number) => `+${n} weitere`,
  heat: {
    pain: 'Pain Points',
    metrics: 'Schlechtester Kennzahlstatus',
    off: 'Heatmap ausschalten',
    offTip: 'Ausschalten (H)',
    colourBy: 'Phasen einfärben nach',
    painMode: 'Pain Points',
    metricsMode: 'Kennzahlen',
    painLevels: ['Keine Pain Points', '1–2', '3–5', '6 oder mehr'],
    noTarget: 'Kein Ziel gesetzt',
    onTarget: 'Im Ziel',
    nearTarget: (tolerance: number) =>
      `Nahe am Ziel (innerhalb ${formatNumber('de', tolerance)} %)`,
    offTarget: 'Ziel verfehlt',
  },
}
