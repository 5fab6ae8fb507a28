// The example journeys behind the templates, written as data: phases with their example cards
// (referred to by a short key), the main path through them, and a few branches. Each one follows
// a customer-journey model workshops already know, filled with one believable scenario, so a team
// sees what a finished map looks like before replacing the cards with its own.

import type { Emotion, Channel, EdgeKind, LaneType, TouchpointKind } from './vocabulary'

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

type CardExtras = Omit<CardSpec, 'key' | 'title' | 'channel' | 'emotion'>

function card(
  key: string,
  title: string,
  channel: Channel,
  emotion: Emotion,
  extras: CardExtras = {},
): CardSpec {
  return { key, title, channel, emotion, ...extras }
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
  /** Default: the type's label. */
  readonly name?: string
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

/** A journey's rows: its cards in one lane, with the emotion curve beneath. */
const CARDS_AND_CURVE: readonly LaneSpec[] = [
  { key: 'cards', type: 'touchpoints' },
  { key: 'curve', type: 'emotion-curve' },
]

/** …and the cards' pain points and opportunities as cards of their own. */
const CARDS_CURVE_AND_INSIGHTS: readonly LaneSpec[] = [
  ...CARDS_AND_CURVE,
  { key: 'pains', type: 'pain-points' },
  { key: 'gains', type: 'opportunities' },
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
export const CLASSIC_5: JourneySpec = {
  title: 'Classic 5 phases',
  description: 'A meal-kit subscription, from the first ad to recommending it to friends.',
  lanes: CARDS_CURVE_AND_INSIGHTS,
  cardLane: 'cards',
  personas: [
    {
      name: 'Busy parent',
      role: 'Working parent of two, cooks on weeknights',
      avatar: '👩‍👧',
      description: 'Wants healthy dinners without planning and shopping every day.',
      goals: ['Dinner on the table in 30 minutes', 'Less food waste'],
      frustrations: ['Deciding what to cook', 'Boxes arriving when nobody is home'],
      quote: 'If I have to think about it after 6 pm, it will not happen.',
    },
  ],
  phases: [
    phase('Awareness', [
      card('ad', 'Sees an Instagram ad', 'social-media', 0, {
        owner: 'Marketing',
        opportunity: 'Show real customer dishes instead of studio shots',
      }),
      card('friend', 'A friend mentions the service', 'recommendation', 1),
    ]),
    phase('Consideration', [
      card('plans', 'Compares plans on the website', 'website', 0, {
        owner: 'Web team',
        pain: 'Price per serving is hard to compare between plans',
      }),
      card('reviews', 'Reads reviews on Google', 'search', 1),
      card('bot', 'Asks the chatbot about allergens', 'chatbot', -1, {
        pain: 'The bot cannot answer allergen questions',
        opportunity: 'Hand dietary questions over to a person',
      }),
    ]),
    phase('Decision', [
      card('signup', 'Signs up with a first-box discount', 'website', 1, { tags: ['conversion'] }),
      card('confirm', 'Gets the confirmation e-mail', 'email', 1, { owner: 'CRM' }),
    ]),
    phase('Retention', [
      card('cook', 'Cooks from the recipe card', 'print', 2, { tags: ['moment of truth'] }),
      card('skip', 'Skips a week in the app', 'mobile-app', -1, {
        owner: 'App team',
        pain: 'The skip deadline is hidden in the settings',
        opportunity: 'Remind two days before the cut-off',
      }),
      card('support', 'Calls about a missing ingredient', 'customer-service', -2, {
        pain: 'Long wait at dinner time',
        owner: 'Support',
      }),
    ]),
    phase('Advocacy', [
      card('share', 'Shares a dish on Instagram', 'social-media', 2),
      card('refer', 'Invites a friend with a referral code', 'email', 1, {
        opportunity: 'Give both sides a free dessert',
        owner: 'CRM',
      }),
    ]),
  ],
  path: ['ad', 'plans', 'reviews', 'signup', 'confirm', 'cook', 'skip', 'share', 'refer'],
  branches: [
    { from: 'friend', to: 'plans', kind: 'alternative', label: 'word of mouth' },
    { from: 'plans', to: 'bot', kind: 'alternative', label: 'has a question' },
    { from: 'cook', to: 'support', kind: 'alternative', label: 'item missing' },
    { from: 'support', to: 'cook', kind: 'return', label: 'refund given' },
  ],
}

/** An e-bike bought after weeks of research: the six-phase model with a separate Interest step. */
export const SIX_PHASE: JourneySpec = {
  title: 'Six-phase journey',
  description: 'An e-bike bought after weeks of research, test ride included.',
  lanes: CARDS_AND_CURVE,
  cardLane: 'cards',
  personas: [
    {
      name: 'Commuter',
      role: 'Office worker, 12 km each way',
      avatar: '🚲',
      description: 'Wants to leave the car at home without arriving sweaty.',
      goals: ['A reliable ride to work', 'Service close to home'],
      frustrations: ['Jargon in bike specs', 'Long waits for repairs'],
      quote: 'I need to trust it on a rainy Monday morning.',
    },
  ],
  phases: [
    phase('Awareness', [
      card('billboard', 'Sees a billboard at the station', 'print', 0, { owner: 'Marketing' }),
      card('video', 'Watches a sponsored commute video', 'online-ads', 1),
    ]),
    phase('Interest', [
      card('search', 'Searches "e-bike for commuting"', 'search', 0, {
        pain: 'Comparison sites push the highest commission',
      }),
      card('guide', 'Downloads the buying guide', 'email', 1, { owner: 'CRM', tags: ['lead'] }),
    ]),
    phase('Consideration', [
      card('configure', 'Configures a bike online', 'website', 1, {
        pain: 'Delivery time only appears at checkout',
      }),
      card('ride', 'Test ride at the dealer', 'store', 2, {
        owner: 'Dealers',
        opportunity: 'Book test rides online with a time slot',
      }),
    ]),
    phase('Purchase', [
      card('finance', 'Applies for 0 % financing', 'website', -1, {
        pain: 'The credit check asks for documents nobody has at hand',
      }),
      card('pickup', 'Picks the bike up at the store', 'store', 2, { owner: 'Dealers' }),
    ]),
    phase('Usage', [
      card('pair', 'Pairs the bike with the app', 'mobile-app', -1, {
        owner: 'App team',
        pain: 'Bluetooth pairing fails on older phones',
      }),
      card('service', 'First service after 500 km', 'store', 1, {
        opportunity: 'Book the service from the app when it is due',
      }),
    ]),
    phase('Advocacy', [
      card('review', 'Leaves a Google review', 'search', 1),
      card('post', 'Posts a commute photo', 'social-media', 2),
    ]),
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
    { from: 'search', to: 'guide', kind: 'alternative', label: 'not ready yet' },
    { from: 'guide', to: 'configure', kind: 'flow', label: 'follow-up e-mail' },
    { from: 'pickup', to: 'post', kind: 'alternative', label: 'first ride' },
  ],
}

/** A television bought across web shop, app and store: the omnichannel retail journey. */
export const ECOMMERCE_OMNICHANNEL: JourneySpec = {
  title: 'E-commerce omnichannel',
  description: 'A new TV bought across web shop, app and store, delivered or picked up.',
  lanes: [
    { key: 'online', type: 'touchpoints', name: 'Web shop & online' },
    { key: 'app', type: 'touchpoints', name: 'App' },
    { key: 'store', type: 'touchpoints', name: 'Store' },
    { key: 'service', type: 'touchpoints', name: 'Service & people' },
    { key: 'curve', type: 'emotion-curve' },
  ],
  cardLane: (card) => OMNICHANNEL_LANE[card.channel],
  personas: [],
  phases: [
    phase('Discover', [
      card('insta', 'Shoppable Instagram post', 'social-media', 1, { owner: 'Marketing' }),
      card('window', 'Sees the TV in the shop window', 'store', 0),
    ]),
    phase('Research', [
      card('compare', 'Compares models in the web shop', 'website', 0, {
        owner: 'E-commerce',
        pain: 'Filters miss screen-size ranges',
      }),
      card('stock', 'Checks stock at the nearest store', 'mobile-app', 1, {
        opportunity: 'Show live shelf stock per store',
        tags: ['omnichannel'],
      }),
      card('advice', 'Asks a sales associate', 'consultation', 1, { owner: 'Stores' }),
    ]),
    phase('Purchase', [
      card('checkout', 'Checks out online', 'website', 0, {
        pain: 'Forced account creation before paying',
      }),
      card('till', 'Pays at the till in store', 'store', 1),
    ]),
    phase('Delivery / Pickup', [
      card('tracking', 'Follows the delivery e-mails', 'email', 0, {
        owner: 'Logistics',
        pain: 'The delivery window is a whole day',
      }),
      card('collect', 'Click & collect at the store', 'store', 1, {
        tags: ['omnichannel'],
        opportunity: 'Reserved parking bays for pickups',
      }),
    ]),
    phase('Use & Support', [
      card('setup', 'Sets the TV up with the app', 'mobile-app', -1, {
        pain: 'The app asks to register the product again',
      }),
      card('chat', 'Reports a dead pixel to the chatbot', 'chatbot', -2, {
        owner: 'Support',
        pain: 'The bot loops without offering a person',
        opportunity: 'Hand over to the hotline after two failed answers',
      }),
      card('swap', 'Hotline arranges a swap', 'hotline', 1, { owner: 'Support' }),
    ]),
    phase('Loyalty', [
      card('points', 'Receives loyalty points', 'email', 1, { owner: 'CRM' }),
      card('offer', 'Gets a sound-bar offer', 'online-ads', 0, {
        pain: 'Ads keep showing the TV already bought',
      }),
    ]),
  ],
  path: ['insta', 'compare', 'checkout', 'tracking', 'setup', 'chat', 'swap', 'points', 'offer'],
  branches: [
    { from: 'window', to: 'advice', kind: 'alternative' },
    { from: 'compare', to: 'stock', kind: 'alternative', label: 'wants it today' },
    { from: 'stock', to: 'till', kind: 'alternative' },
    { from: 'advice', to: 'till', kind: 'flow' },
    { from: 'checkout', to: 'collect', kind: 'alternative', label: 'pick up in store' },
    { from: 'collect', to: 'setup', kind: 'flow' },
  ],
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
export const PATIENT_JOURNEY: JourneySpec = {
  title: 'Patient journey',
  description: 'From knee pain after a run to physiotherapy and aftercare.',
  lanes: [
    { key: 'actions', type: 'customer-actions', name: 'Patient actions' },
    { key: 'thoughts', type: 'thoughts-feelings' },
    { key: 'staff', type: 'frontstage', name: 'Care staff (frontstage)' },
    { key: 'admin', type: 'backstage', name: 'Backstage administration' },
    { key: 'curve', type: 'emotion-curve' },
  ],
  cardLane: 'actions',
  personas: [
    {
      name: 'Amateur runner',
      role: 'Patient, 34, runs three times a week',
      avatar: '🏃‍♀️',
      description: 'Wants to run again soon and understand what is wrong.',
      goals: ['Get back to running', 'Know what each step is for'],
      frustrations: ['Waiting without information', 'Bills nobody explains'],
      quote: 'Just tell me how long it will take.',
    },
  ],
  phases: [
    phase('Symptom', [
      card('pain', 'Knee hurts after a run', 'other', -1, { kind: 'physical' }),
      card('family', 'Asks family for advice', 'recommendation', 0),
    ]),
    phase('Research', [
      card('search', 'Searches the symptoms online', 'search', -1, {
        pain: 'Conflicting and alarming information',
      }),
      card('checker', "Uses the insurer's symptom checker", 'mobile-app', 0, {
        owner: 'Insurer',
        opportunity: 'Suggest nearby specialists with free slots',
      }),
    ]),
    phase('Appointment', [
      card('call', 'Calls the practice', 'hotline', -1, {
        owner: 'Front desk',
        pain: 'The line is busy every morning',
      }),
      card('book', 'Books a slot online', 'website', 1, {
        opportunity: 'Show the next free slot first',
      }),
      card('wait', 'Waits 40 minutes in the waiting room', 'other', -2, {
        kind: 'physical',
        pain: 'Nobody says how long it will take',
        tags: ['pain point'],
      }),
    ]),
    phase('Treatment', [
      card('consult', 'Consultation with the orthopaedist', 'consultation', 1, {
        owner: 'Doctors',
      }),
      card('mri', 'MRI scan', 'other', -1, {
        kind: 'physical',
        pain: 'Unclear what happens during the scan',
        opportunity: 'Send a short explainer video beforehand',
      }),
      card('physio', 'Physiotherapy sessions', 'consultation', 1, { owner: 'Physiotherapy' }),
    ]),
    phase('Aftercare', [
      card('exercises', 'Follows the exercise plan in the app', 'mobile-app', 1, {
        opportunity: 'Celebrate streaks to keep patients going',
      }),
      card('reminder', 'Gets a follow-up reminder', 'email', 0, { owner: 'Front desk' }),
      card('invoice', 'Receives the invoice', 'print', -1, {
        pain: 'The cost breakdown is hard to understand',
      }),
    ]),
  ],
  path: ['pain', 'search', 'call', 'wait', 'consult', 'mri', 'physio', 'exercises', 'reminder'],
  branches: [
    { from: 'family', to: 'search', kind: 'alternative' },
    { from: 'search', to: 'checker', kind: 'alternative' },
    { from: 'checker', to: 'book', kind: 'flow' },
    { from: 'book', to: 'wait', kind: 'flow' },
    { from: 'physio', to: 'invoice', kind: 'alternative', label: 'billing' },
  ],
}

/**
 * A hotel stay as a service blueprint (Shostack; Bitner, Ostrom and Morgan): physical evidence,
 * the guest's actions, and beneath the line of interaction the staff the guest sees, beneath the
 * line of visibility the work they do not, and beneath the line of internal interaction the
 * systems and suppliers that support it.
 */
export const SERVICE_BLUEPRINT: JourneySpec = {
  title: 'Service blueprint',
  description: 'A hotel stay from booking to check-out, with everything behind the front desk.',
  lanes: [
    { key: 'evidence', type: 'physical-evidence' },
    { key: 'guest', type: 'customer-actions', name: 'Guest actions' },
    { key: 'interaction', type: 'line-of-interaction' },
    { key: 'front', type: 'frontstage', name: 'Frontstage (staff the guest sees)' },
    { key: 'visibility', type: 'line-of-visibility' },
    { key: 'back', type: 'backstage' },
    { key: 'internal', type: 'line-of-internal-interaction' },
    { key: 'support', type: 'support-processes' },
  ],
  cardLane: 'guest',
  personas: [],
  phases: [
    phase('Booking', [
      card('site', 'Hotel website and booking confirmation', 'website', 0, { lane: 'evidence' }),
      card('book', 'Books a room online', 'website', 1, {
        opportunity: 'Offer early check-in while booking',
      }),
      card('requests', 'Reservations team checks special requests', 'other', 0, {
        kind: 'interpersonal',
        lane: 'back',
        owner: 'Reservations',
      }),
      card('engine', 'Booking engine and channel manager', 'other', 0, { lane: 'support' }),
    ]),
    phase('Arrival', [
      card('lobby', 'Lobby, signage and key card', 'store', 0, { lane: 'evidence' }),
      card('checkin', 'Checks in at the front desk', 'store', -1, {
        pain: 'A queue at peak arrival times',
      }),
      card('greet', 'Receptionist greets and hands over the key', 'customer-service', 1, {
        lane: 'front',
        owner: 'Front desk',
      }),
      card('status', 'Room status updated for housekeeping', 'other', 0, { lane: 'back' }),
      card('pms', 'Property management system', 'other', 0, { lane: 'support' }),
    ]),
    phase('Stay', [
      card('room', 'Clean room and amenities', 'store', 1, { lane: 'evidence' }),
      card('order', 'Orders room service', 'hotline', 1),
      card('deliver', 'Waiter delivers the order', 'customer-service', 1, { lane: 'front' }),
      card('kitchen', 'Kitchen prepares the order', 'other', 0, {
        kind: 'physical',
        lane: 'back',
        owner: 'Kitchen',
      }),
      card('stock', 'Food suppliers and stock system', 'other', 0, { lane: 'support' }),
    ]),
    phase('Departure', [
      card('bill', 'Itemised invoice', 'print', 0, { lane: 'evidence' }),
      card('checkout', 'Checks out and pays', 'store', -1, {
        pain: 'Unexpected minibar charges',
        opportunity: 'Show the running bill in the app',
      }),
      card('settle', 'Receptionist settles the bill', 'customer-service', 0, { lane: 'front' }),
      card('accounts', 'Accounting posts the payment', 'other', 0, { lane: 'back' }),
      card('payment', 'Payment provider', 'other', 0, { lane: 'support' }),
    ]),
  ],
  path: ['book', 'checkin', 'order', 'checkout'],
  branches: [
    { from: 'checkin', to: 'greet', kind: 'flow' },
    { from: 'order', to: 'deliver', kind: 'flow' },
    { from: 'checkout', to: 'settle', kind: 'flow' },
  ],
}
