// The fixed vocabularies of a journey map, keyed by the ids the map stores (channels, touchpoint
// kinds, emotions, evidence, lane types, connection kinds, metric types and statuses) and the
// kinds' nouns for counts. Files (CSV, JSON) keep the ids; these are only what people read.
import type { MetricType } from '../../kinds/metric'
import type { MetricStatus } from '../../metric-status'
import type {
  Channel,
  EdgeKind,
  Emotion,
  EvidenceStatus,
  LaneType,
  TouchpointKind,
} from '../../vocabulary'
import { pluralFor } from '../format'

const p = pluralFor('en')

export const vocabulary = {
  channels: {
    website: 'Website',
    'social-media': 'Social media',
    email: 'E-mail',
    'online-ads': 'Online ads',
    'mobile-app': 'Mobile app',
    chatbot: 'Chatbot',
    search: 'Search',
    store: 'Store',
    'trade-fair': 'Trade fair',
    hotline: 'Hotline',
    print: 'Print',
    'customer-service': 'Customer service',
    consultation: 'Consultation',
    recommendation: 'Recommendation',
    other: 'Other',
  } satisfies Record<Channel, string>,
  touchpointKinds: {
    digital: 'Digital',
    physical: 'Physical',
    interpersonal: 'Interpersonal',
  } satisfies Record<TouchpointKind, string>,
  /** Customer emotion, −2 … +2. */
  emotions: {
    [-2]: 'Very negative',
    [-1]: 'Negative',
    0: 'Neutral',
    1: 'Positive',
    2: 'Delighted',
  } satisfies Record<Emotion, string>,
  evidence: {
    assumed: 'Assumed',
    observed: 'Observed',
    validated: 'Validated',
  } satisfies Record<EvidenceStatus, string>,
  /** Suggestions for where evidence comes from (free text is allowed too). */
  evidenceSources: {
    interview: 'interview',
    analytics: 'analytics',
    survey: 'survey',
    'support tickets': 'support tickets',
    'usability test': 'usability test',
    observation: 'observation',
  },
  laneTypes: {
    'customer-actions': 'Customer actions',
    touchpoints: 'Touchpoints',
    'thoughts-feelings': 'Thoughts & feelings',
    'pain-points': 'Pain points',
    opportunities: 'Opportunities',
    'physical-evidence': 'Physical evidence',
    frontstage: 'Frontstage (employee actions)',
    backstage: 'Backstage',
    'support-processes': 'Support processes',
    metrics: 'Metrics',
    'emotion-curve': 'Emotion curve',
    text: 'Free text',
    'line-of-interaction': 'Line of interaction',
    'line-of-visibility': 'Line of visibility',
    'line-of-internal-interaction': 'Line of internal interaction',
  } satisfies Record<LaneType, string>,
  edgeKinds: {
    flow: 'Flow',
    alternative: 'Alternative',
    return: 'Return',
  } satisfies Record<EdgeKind, string>,
  metricTypes: {
    nps: 'NPS',
    csat: 'CSAT',
    ces: 'CES',
    'conversion-rate': 'Conversion rate',
    'drop-off-rate': 'Drop-off rate',
    'time-on-task': 'Time on task',
    custom: 'Custom',
  } satisfies Record<MetricType, string>,
  /** A metric without a name or a known type. */
  metric: 'Metric',
  metricStatus: {
    green: 'On target',
    amber: 'Near target',
    red: 'Off target',
    none: 'No target',
  } satisfies Record<MetricStatus, string>,
  painPointCount: (n: number) => p(n, { one: '# pain point', other: '# pain points' }),
  /** "3 touchpoints": a count of records of each kind, by the kind's name. */
  kindCounts: {
    phase: (n: number) => p(n, { one: '# phase', other: '# phases' }),
    lane: (n: number) => p(n, { one: '# lane', other: '# lanes' }),
    persona: (n: number) => p(n, { one: '# persona', other: '# personas' }),
    touchpoint: (n: number) => p(n, { one: '# touchpoint', other: '# touchpoints' }),
    edge: (n: number) => p(n, { one: '# connection', other: '# connections' }),
    note: (n: number) => p(n, { one: '# note', other: '# notes' }),
    metric: (n: number) => p(n, { one: '# metric', other: '# metrics' }),
  },
} as const
