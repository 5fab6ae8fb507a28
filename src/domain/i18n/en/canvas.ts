import { pluralFor } from '../format'

const p = pluralFor('en')

// What the canvas draws and names for screen readers: cards, columns, lanes, steps, the curve.
export const canvas = {
  label: 'Journey map canvas',
  minimap: 'Minimap of the whole journey map',
  phaseNode: (name: string) => `Phase ${name}`,
  laneNode: (name: string) => `Lane ${name}`,
  touchpointNode: (title: string) => `Touchpoint ${title}`,
  noteNode: (text: string) => `Sticky note ${text}`,
  step: 'Step',
  stepNode: (label: string) => `Step ${label}`,
  untitledPhase: 'Untitled phase',
  untitledTouchpoint: 'Untitled touchpoint',
  untitledLane: 'Untitled lane',
  unnamedPersona: 'Unnamed persona',
  /** The curve's name in a map without personas. */
  allCards: 'All cards',
  phaseName: 'Phase name',
  laneName: 'Lane name',
  touchpointTitle: 'Touchpoint title',
  noteText: 'Note text',
  noteEmpty: 'Double-click to write',
  editHint: (label: string) => `${label} — double-click to edit`,
  stepLabel: 'Step label',
  stepLabelHint: 'Double-click to label this step',
  dropConnection: 'Drop a connection here',
  dragToConnect: 'Drag to connect to another card',
  expandLane: (name: string) => `Expand lane ${name}`,
  collapseLane: (name: string) => `Collapse lane ${name}`,
  toBe: 'to-be',
  curve: (lines: string) => `Emotion curve: ${lines}`,
  curveLine: (name: string, points: number) =>
    `${name} ${p(points, { one: '# point', other: '# points' })}`,
  emotion: (label: string) => `Emotion: ${label}`,
  painPointsTip: (list: string) => `Pain points:\n${list}`,
  painPointsCount: (n: number) => p(n, { one: '# pain point', other: '# pain points' }),
  opportunitiesTip: (list: string) => `Opportunities:\n${list}`,
  opportunitiesCount: (n: number) => p(n, { one: '# opportunity', other: '# opportunities' }),
  metricsTip: (count: number, status: string) => `Metrics: ${count}, ${status}`,
  metricsCount: (count: number, status: string) =>
    `${p(count, { one: '# metric', other: '# metrics' })}, ${status}`,
  metricsOf: (name: string) => `Metrics of ${name}`,
  /** A metric chip for screen readers: "CSAT 72% (target 80%), near target; 3 values from … to …". */
  metricSeries: (label: string, value: string, target: string | null, status: string) =>
    `${label} ${value}${target === null ? '' : ` (target ${target})`}, ${status}`,
  metricTrend: (count: number, from: string, to: string) =>
    `; ${count} values from ${from} to ${to}`,
  evidence: (label: string) => `Evidence: ${label}`,
  evidenceWithSource: (label: string, source: string) => `${label} (${source})`,
  insightOf: (text: string, noun: string, title: string) => `${text}\n— ${noun} of “${title}”`,
  moreInsights: (n: number) => `+${n} more`,
  heat: {
    pain: 'Pain points',
    metrics: 'Worst metric status',
    off: 'Turn the heat overlay off',
    offTip: 'Turn off (H)',
    colourBy: 'Colour phases by',
    painMode: 'Pain points',
    metricsMode: 'Metrics',
    painLevels: ['No pain points', '1–2', '3–5', '6 or more'],
    noTarget: 'No target set',
    onTarget: 'On target',
    nearTarget: (tolerance: number) => `Near target (within ${tolerance} %)`,
    offTarget: 'Off target',
  },
} as const
