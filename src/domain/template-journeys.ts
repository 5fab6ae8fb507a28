// The example journeys behind the templates, written as data: phases with their example cards
// (referred to by a short key), the main path through them, and a few branches. Each one follows
// a customer-journey model workshops already know, filled with one believable scenario, so a team
// sees what a finished map looks like before replacing the cards with its own. The words come from
// the catalogue (`templates` namespace), looked up by the same keys, so a German map is German
// throughout while its shape (cards, channels, emotions, paths) stays one and the same.

import type { Messages } from './i18n'
import type { Emotion, Channel, EdgeKind, LaneType, TouchpointKind } from './vocabulary'

type TemplateMessages = Messages['templates']

export interface CardSpec {
  /** Local name used by `path` and `branches`; never stored. */
  readonly key: string
  readonly title: string
  readonly channel: Channel
  readonly emotion: Emotion
  readonly description?: string
  /** Only where the channel's default kind would be wrong (a clinic visit filed under "other"). */
  readonly kind?: TouchpointKind
  /** One pain point (the templates show one at most per card, to keep cards readable). */
  readonly pain?: string
  readonly opportunity?: string
  readonly owner?: string
  readonly tags?: readonly string[]
  /** The key of the lane it sits in; default: the journey's `cardLane`. */
  readonly lane?: string
}

type CardExtras = Omit<CardSpec, 'key' | 'title' | 'channel' | 'emotion' | 'pain' | 'opportunity'>

/** A card's words in the catalogue: its title, and its pain point and opportunity if it has them. */
interface CardText {
  readonly title: string
  readonly pain?: string
  readonly opportunity?: string
}

/** The card maker of one journey: `card(key, …)` takes the title (and pain, opportunity) by key. */
function cardsOf(texts: Readonly<Record<string, CardText>>) {
  return (key: string, channel: Channel, emotion: Emotion, extras: CardExtras = {}): CardSpec => {
    const text = texts[key]
    // A key missing from the catalogue is a programming error; the unit tests build every template.
    if (!text) throw new Error(`no text for template card "${key}"`)
    return {
      key,
      title: text.title,
      channel,
      emotion,
      ...(text.pain ? { pain: text.pain } : {}),
      ...(text.opportunity ? { opportunity: text.opportunity } : {}),
      ...extras,
    }
  }
}

export interface PhaseSpec {
  readonly name: string
  readonly cards: readonly CardSpec[]
}

const phase = (name: string, cards: readonly CardSpec[]): PhaseSpec => ({ name, cards })

export interface BranchSpec {
  readonly from: string
  readonly to: string
  readonly kind: EdgeKind
  readonly label?: string
}

export interface LaneSpec {
  readonly key: string
  readonly type: LaneType
  readonly name: string
}

export interface PersonaSpec {
  readonly name: string
  readonly role: string
  readonly avatar: string
  readonly description: string
  readonly goals: readonly string[]
  readonly frustrations: readonly string[]
  readonly quote: string
}

type PersonaText = Omit<PersonaSpec, 'avatar'>

const persona = (text: PersonaText, avatar: string): PersonaSpec => ({
  name: text.name,
  role: text.role,
  avatar,
  description: text.description,
  goals: [...text.goals],
  frustrations: [...text.frustrations],
  quote: text.quote,
})

/** A journey's rows: its cards in one lane, with the emotion curve beneath. */
const cardsAndCurve = (m: TemplateMessages): LaneSpec[] => [
  { key: 'cards', type: 'touchpoints', name: m.lanes.touchpoints },
  { key: 'curve', type: 'emotion-curve', name: m.lanes.emotionCurve },
]

/** …and the cards' pain points and opportunities as cards of their own. */
const cardsCurveAndInsights = (m: TemplateMessages): LaneSpec[] => [
  ...cardsAndCurve(m),
  { key: 'pains', type: 'pain-points', name: m.lanes.painPoints },
  { key: 'gains', type: 'opportunities', name: m.lanes.opportunities },
]

export interface JourneySpec {
  readonly title: string
  readonly description: string
  readonly lanes: readonly LaneSpec[]
  /** The lane of a card that names none (by key), or a rule (the omnichannel journey's channels). */
  readonly cardLane: string | ((card: CardSpec) => string)
  readonly personas: readonly PersonaSpec[]
  readonly phases: readonly PhaseSpec[]
  /** The customer's main path, card keys in order; consecutive keys become `flow` edges. */
  readonly path: readonly string[]
  readonly branches: readonly BranchSpec[]
}

/** A meal-kit subscription through the textbook five-phase funnel. */
export function classic5(m: TemplateMessages): JourneySpec {
  const t = m.classic5
  const card = cardsOf(t.cards)
  const { owners, tags } = m
  return {
    title: t.name,
    description: t.description,
    lanes: cardsCurveAndInsights(m),
    cardLane: 'cards',
    personas: [persona(t.persona, '👩‍👧')],
    phases: [
      phase(t.phases.awareness, [
        card('ad', 'social-media', 0, { owner: owners.marketing }),
        card('friend', 'recommendation', 1),
      ]),
      phase(t.phases.consideration, [
        card('plans', 'website', 0, { owner: owners.web }),
        card('reviews', 'search', 1),
        card('bot', 'chatbot', -1),
      ]),
      phase(t.phases.decision, [
        card('signup', 'website', 1, { tags: [tags.conversion] }),
        card('confirm', 'email', 1, { owner: owners.crm }),
      ]),
      phase(t.phases.retention, [
        card('cook', 'print', 2, { tags: [tags.momentOfTruth] }),
        card('skip', 'mobile-app', -1, { owner: owners.app }),
        card('support', 'customer-service', -2, { owner: owners.support }),
      ]),
      phase(t.phases.advocacy, [
        card('share', 'social-media', 2),
        card('refer', 'email', 1, { owner: owners.crm }),
      ]),
    ],
    path: ['ad', 'plans', 'reviews', 'signup', 'confirm', 'cook', 'skip', 'share', 'refer'],
    branches: [
      { from: 'friend', to: 'plans', kind: 'alternative', label: t.branches.wordOfMouth },
      { from: 'plans', to: 'bot', kind: 'alternative', label: t.branches.question },
      { from: 'cook', to: 'support', kind: 'alternative', label: t.branches.missing },
      { from: 'support', to: 'cook', kind: 'return', label: t.branches.refund },
    ],
  }
}

/** An e-bike bought after weeks of research: the six-phase model with a separate Interest step. */
export function sixPhase(m: TemplateMessages): JourneySpec {
  const t = m.sixPhase
  const card = cardsOf(t.cards)
  const { owners, tags } = m
  return {
    title: t.name,
    description: t.description,
    lanes: cardsAndCurve(m),
    cardLane: 'cards',
    personas: [persona(t.persona, '🚲')],
    phases: [
      phase(t.phases.awareness, [
        card('billboard', 'print', 0, { owner: owners.marketing }),
        card('video', 'online-ads', 1),
      ]),
      phase(t.phases.interest, [
        card('search', 'search', 0),
        card('guide', 'email', 1, { owner: owners.crm, tags: [tags.lead] }),
      ]),
      phase(t.phases.consideration, [
        card('configure', 'website', 1),
        card('ride', 'store', 2, { owner: owners.dealers }),
      ]),
      phase(t.phases.purchase, [
        card('finance', 'website', -1),
        card('pickup', 'store', 2, { owner: owners.dealers }),
      ]),
      phase(t.phases.usage, [
        card('pair', 'mobile-app', -1, { owner: owners.app }),
        card('service', 'store', 1),
      ]),
      phase(t.phases.advocacy, [card('review', 'search', 1), card('post', 'social-media', 2)]),
    ],
    path: [
      'billboard',
      'search',
      'configure',
      'ride',
      'finance',
      'pickup',
      'pair',
      'service',
      'review',
    ],
    branches: [
      { from: 'video', to: 'search', kind: 'alternative' },
      { from: 'search', to: 'guide', kind: 'alternative', label: t.branches.notReady },
      { from: 'guide', to: 'configure', kind: 'flow', label: t.branches.followUp },
      { from: 'pickup', to: 'post', kind: 'alternative', label: t.branches.firstRide },
    ],
  }
}

/** A television bought across web shop, app and store: the omnichannel retail journey. */
export function ecommerceOmnichannel(m: TemplateMessages): JourneySpec {
  const t = m.omnichannel
  const card = cardsOf(t.cards)
  const { owners, tags } = m
  return {
    title: t.name,
    description: t.description,
    lanes: [
      { key: 'online', type: 'touchpoints', name: t.lanes.online },
      { key: 'app', type: 'touchpoints', name: t.lanes.app },
      { key: 'store', type: 'touchpoints', name: t.lanes.store },
      { key: 'service', type: 'touchpoints', name: t.lanes.service },
      { key: 'curve', type: 'emotion-curve', name: m.lanes.emotionCurve },
    ],
    cardLane: (card) => OMNICHANNEL_LANE[card.channel],
    personas: [],
    phases: [
      phase(t.phases.discover, [
        card('insta', 'social-media', 1, { owner: owners.marketing }),
        card('window', 'store', 0),
      ]),
      phase(t.phases.research, [
        card('compare', 'website', 0, { owner: owners.ecommerce }),
        card('stock', 'mobile-app', 1, { tags: [tags.omnichannel] }),
        card('advice', 'consultation', 1, { owner: owners.stores }),
      ]),
      phase(t.phases.purchase, [card('checkout', 'website', 0), card('till', 'store', 1)]),
      phase(t.phases.delivery, [
        card('tracking', 'email', 0, { owner: owners.logistics }),
        card('collect', 'store', 1, { tags: [tags.omnichannel] }),
      ]),
      phase(t.phases.use, [
        card('setup', 'mobile-app', -1),
        card('chat', 'chatbot', -2, { owner: owners.support }),
        card('swap', 'hotline', 1, { owner: owners.support }),
      ]),
      phase(t.phases.loyalty, [
        card('points', 'email', 1, { owner: owners.crm }),
        card('offer', 'online-ads', 0),
      ]),
    ],
    path: ['insta', 'compare', 'checkout', 'tracking', 'setup', 'chat', 'swap', 'points', 'offer'],
    branches: [
      { from: 'window', to: 'advice', kind: 'alternative' },
      { from: 'compare', to: 'stock', kind: 'alternative', label: t.branches.today },
      { from: 'stock', to: 'till', kind: 'alternative' },
      { from: 'advice', to: 'till', kind: 'flow' },
      { from: 'checkout', to: 'collect', kind: 'alternative', label: t.branches.pickUp },
      { from: 'collect', to: 'setup', kind: 'flow' },
    ],
  }
}

/** The omnichannel journey's rows: where the customer meets the retailer. */
const OMNICHANNEL_LANE: Readonly<Record<Channel, string>> = {
  website: 'online',
  search: 'online',
  email: 'online',
  'online-ads': 'online',
  'social-media': 'online',
  'mobile-app': 'app',
  chatbot: 'app',
  store: 'store',
  'trade-fair': 'store',
  print: 'store',
  hotline: 'service',
  'customer-service': 'service',
  consultation: 'service',
  recommendation: 'service',
  other: 'service',
}

/** Knee pain to recovery: the care pathway as a patient lives it. */
export function patientJourney(m: TemplateMessages): JourneySpec {
  const t = m.patient
  const card = cardsOf(t.cards)
  const { owners, tags } = m
  return {
    title: t.name,
    description: t.description,
    lanes: [
      { key: 'actions', type: 'customer-actions', name: t.lanes.actions },
      { key: 'thoughts', type: 'thoughts-feelings', name: m.lanes.thoughtsFeelings },
      { key: 'staff', type: 'frontstage', name: t.lanes.staff },
      { key: 'admin', type: 'backstage', name: t.lanes.admin },
      { key: 'curve', type: 'emotion-curve', name: m.lanes.emotionCurve },
    ],
    cardLane: 'actions',
    personas: [persona(t.persona, '🏃‍♀️')],
    phases: [
      phase(t.phases.symptom, [
        card('pain', 'other', -1, { kind: 'physical' }),
        card('family', 'recommendation', 0),
      ]),
      phase(t.phases.research, [
        card('search', 'search', -1),
        card('checker', 'mobile-app', 0, { owner: owners.insurer }),
      ]),
      phase(t.phases.appointment, [
        card('call', 'hotline', -1, { owner: owners.frontDesk }),
        card('book', 'website', 1),
        card('wait', 'other', -2, { kind: 'physical', tags: [tags.painPoint] }),
      ]),
      phase(t.phases.treatment, [
        card('consult', 'consultation', 1, { owner: owners.doctors }),
        card('mri', 'other', -1, { kind: 'physical' }),
        card('physio', 'consultation', 1, { owner: owners.physiotherapy }),
      ]),
      phase(t.phases.aftercare, [
        card('exercises', 'mobile-app', 1),
        card('reminder', 'email', 0, { owner: owners.frontDesk }),
        card('invoice', 'print', -1),
      ]),
    ],
    path: ['pain', 'search', 'call', 'wait', 'consult', 'mri', 'physio', 'exercises', 'reminder'],
    branches: [
      { from: 'family', to: 'search', kind: 'alternative' },
      { from: 'search', to: 'checker', kind: 'alternative' },
      { from: 'checker', to: 'book', kind: 'flow' },
      { from: 'book', to: 'wait', kind: 'flow' },
      { from: 'physio', to: 'invoice', kind: 'alternative', label: t.branches.billing },
    ],
  }
}

/**
 * A hotel stay as a service blueprint (Shostack; Bitner, Ostrom and Morgan): physical evidence,
 * the guest's actions, and beneath the line of interaction the staff the guest sees, beneath the
 * line of visibility the work they do not, and beneath the line of internal interaction the
 * systems and suppliers that support it.
 */
export function serviceBlueprint(m: TemplateMessages): JourneySpec {
  const t = m.blueprint
  const card = cardsOf(t.cards)
  const { owners } = m
  return {
    title: t.name,
    description: t.description,
    lanes: [
      { key: 'evidence', type: 'physical-evidence', name: m.lanes.physicalEvidence },
      { key: 'guest', type: 'customer-actions', name: t.lanes.guest },
      { key: 'interaction', type: 'line-of-interaction', name: m.lanes.lineOfInteraction },
      { key: 'front', type: 'frontstage', name: t.lanes.front },
      { key: 'visibility', type: 'line-of-visibility', name: m.lanes.lineOfVisibility },
      { key: 'back', type: 'backstage', name: m.lanes.backstage },
      {
        key: 'internal',
        type: 'line-of-internal-interaction',
        name: m.lanes.lineOfInternalInteraction,
      },
      { key: 'support', type: 'support-processes', name: m.lanes.supportProcesses },
    ],
    cardLane: 'guest',
    personas: [],
    phases: [
      phase(t.phases.booking, [
        card('site', 'website', 0, { lane: 'evidence' }),
        card('book', 'website', 1),
        card('requests', 'other', 0, {
          kind: 'interpersonal',
          lane: 'back',
          owner: owners.reservations,
        }),
        card('engine', 'other', 0, { lane: 'support' }),
      ]),
      phase(t.phases.arrival, [
        card('lobby', 'store', 0, { lane: 'evidence' }),
        card('checkin', 'store', -1),
        card('greet', 'customer-service', 1, { lane: 'front', owner: owners.frontDesk }),
        card('status', 'other', 0, { lane: 'back' }),
        card('pms', 'other', 0, { lane: 'support' }),
      ]),
      phase(t.phases.stay, [
        card('room', 'store', 1, { lane: 'evidence' }),
        card('order', 'hotline', 1),
        card('deliver', 'customer-service', 1, { lane: 'front' }),
        card('kitchen', 'other', 0, { kind: 'physical', lane: 'back', owner: owners.kitchen }),
        card('stock', 'other', 0, { lane: 'support' }),
      ]),
      phase(t.phases.departure, [
        card('bill', 'print', 0, { lane: 'evidence' }),
        card('checkout', 'store', -1),
        card('settle', 'customer-service', 0, { lane: 'front' }),
        card('accounts', 'other', 0, { lane: 'back' }),
        card('payment', 'other', 0, { lane: 'support' }),
      ]),
    ],
    path: ['book', 'checkin', 'order', 'checkout'],
    branches: [
      { from: 'checkin', to: 'greet', kind: 'flow' },
      { from: 'order', to: 'deliver', kind: 'flow' },
      { from: 'checkout', to: 'settle', kind: 'flow' },
    ],
  }
}
