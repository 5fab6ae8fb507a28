// Domain map → React Flow nodes and edges. Node objects are cached per record, so a node whose
// record, selection and overrides did not change keeps its identity and React Flow skips it.
// Every node carries its exact size as `measured` (cards are drawn at a fixed size), so a changed
// node never has to be re-measured before it shows, and (in its first version) its handles, so
// React Flow culls to the nodes in view from the first render on.

import { messagesFor, type Messages } from '../domain/i18n'
import { CARD_SIZE } from '../domain/card'
import { emotionCurves, type EmotionCurve } from '../domain/curve'
import {
  insightColumns,
  insightFieldOf,
  type InsightColumn,
  type InsightField,
} from '../domain/insights'
import {
  LANE_LABEL_WIDTH,
  columnHeight,
  edgeRoute,
  laneRows,
  phaseColumns,
} from '../domain/geometry'
import { laneWidth } from '../domain/kinds/lane'
import type { Metric } from '../domain/kinds/metric'
import { appliesTo } from '../domain/kinds/persona'
import { metricIndex, seriesStatuses, worstStatus, type HeatMode } from '../domain/metric-status'
import type { PhaseHeat } from '../domain/metric-status'
import type { Edge, Id, JourneyMap, Point, Touchpoint } from '../domain/types'
import { getOwn } from '../domain/records'
import type { Peer } from '../collab/presence'
import { CARD_HANDLES, NO_HANDLES } from './card-handles'
import { sameItems } from './last-call'
import { cardLabelId } from './nodes/card-label'
import type { MetricCell } from './metrics/MetricsLaneCells'
import { CARD_Z, LANE_Z, MOVING_STEP_Z, NOTE_Z, PHASE_Z, STEP_Z } from './z-order'
import type {
  HeatMark,
  JourneyFlowEdge,
  JourneyFlowNode,
  MetricBadge,
  PeerMark,
} from './flow-types'

export interface FlowInput {
  map: JourneyMap
  selection: ReadonlySet<string>
  /** Positions (as React Flow reports them, relative to the parent) of nodes I am dragging. */
  dragging: ReadonlyMap<string, Point>
  /**
   * Colleagues, for their selection colours. Their live drag positions are not read here but laid
   * over the built nodes by `withPeerDrags`: five people dragging at 10 Hz must not rebuild every
   * node and edge each frame.
   */
  peers: readonly Peer[]
  /** This person's view filters: cards outside them are dimmed, not hidden (nothing jumps). */
  filter?: CardFilter
  /** The heat overlay's level per phase, or null while it is off. */
  heat?: { readonly mode: HeatMode; readonly phases: ReadonlyMap<Id, PhaseHeat> } | null
  /** "What changed since" a version: records marked as added or changed; null while off. */
  changes?: ReadonlyMap<Id, ChangeMark> | null
  /**
   * Cards and notes moving, under my pointer or a colleague's, on layers of their own
   * (compositor-moves.ts): their steps claim a drag frame.
   */
  moving?: ReadonlySet<string>
}

type ChangeMark = 'added' | 'changed'

/**
 * React Flow's class for a node: dimmed by a filter, marked as added or changed since a version,
 * or being edited (see `editedIds`).
 */
function nodeClass(
  dimmed: boolean,
  change: ChangeMark | undefined,
  editing = false,
): { className?: string } {
  const names = [
    dimmed ? 'node--dimmed' : '',
    change ? `node--${change}` : '',
    editing ? 'node--editing' : '',
  ].filter(Boolean)
  return names.length > 0 ? { className: names.join(' ') } : {}
}

/**
 * The records someone is most likely typing into: mine when I selected exactly one, and each
 * colleague's when they selected exactly one. canvas.css gives such a card a compositor layer of
 * its own, so a keystroke in its title re-records that card rather than the layer holding every
 * other card (bench:canvas, 2,000 cards: about a quarter less CPU per keystroke). A selection of
 * many gets no layers: hundreds of them would cost more memory than the edits save.
 */
export function editedIds(selection: ReadonlySet<string>, peers: readonly Peer[]): Set<string> {
  const ids = new Set<string>()
  if (selection.size === 1) for (const id of selection) ids.add(id)
  for (const peer of peers) if (peer.selection.length === 1) ids.add(peer.selection[0]!)
  return ids
}

export interface CardFilter {
  personaId: string | null
  assumptionsOnly: boolean
}

function isDimmed(card: Touchpoint, filter: CardFilter | undefined): boolean {
  if (!filter) return false
  if (filter.personaId !== null && !appliesTo(card, filter.personaId)) return true
  return filter.assumptionsOnly && card.evidence !== 'assumed'
}

type Cache = Map<string, { key: readonly unknown[]; node: JourneyFlowNode }>

/** `messages` names the nodes for screen readers; a new language means a new builder. */
export function createFlowBuilder(messages: Messages = messagesFor('en')) {
  const m = messages.canvas
  const nodeCache: Cache = new Map()
  const edgeCache = new Map<
    string,
    { inputs: readonly unknown[]; key: readonly unknown[]; edge: JourneyFlowEdge }
  >()

  function cached(
    id: string,
    key: readonly unknown[],
    build: () => JourneyFlowNode,
  ): JourneyFlowNode {
    const hit = nodeCache.get(id)
    if (hit && sameItems(hit.key, key)) return hit.node
    const node = build()
    // A record's first node tells React Flow its handles, so it culls the node from the first
    // render on (card-handles.ts). Later versions leave them out and React Flow keeps what it has:
    // once it has measured the drawn handles, declaring them again (equal but for rounding)
    // would move and re-render the node's edges on every edit.
    if (!hit) node.handles = node.type === 'touchpoint' ? CARD_HANDLES : NO_HANDLES
    nodeCache.set(id, { key, node })
    return node
  }

  // The curve and the insight lanes depend on every card: computed once per map, not per frame.
  let curvesFor: { map: JourneyMap; curves: readonly EmotionCurve[] } | null = null
  function curvesOf(map: JourneyMap): readonly EmotionCurve[] {
    if (curvesFor?.map !== map) curvesFor = { map, curves: emotionCurves(map, m.allCards) }
    return curvesFor.curves
  }
  const insightsFor = new Map<InsightField, { map: JourneyMap; columns: InsightColumn[] }>()
  function insightsOf(map: JourneyMap, field: InsightField): readonly InsightColumn[] {
    const hit = insightsFor.get(field)
    if (hit?.map === map) return hit.columns
    const columns = insightColumns(map, field)
    insightsFor.set(field, { map, columns })
    return columns
  }

  // A metrics lane's cells change with the metrics, the columns or the cards' titles and phases.
  let cellsFor: { key: readonly unknown[]; cells: readonly MetricCell[] } | null = null
  function metricCellsOf(map: JourneyMap): readonly MetricCell[] {
    const key = [metricIndex(map), map.phases, map.touchpoints]
    if (cellsFor && sameItems(cellsFor.key, key)) return cellsFor.cells
    const cells = metricCells(map, m)
    cellsFor = { key, cells }
    return cells
  }

  let lastNodes: JourneyFlowNode[] | null = null
  function nodes({
    map,
    selection,
    dragging,
    peers,
    filter,
    heat = null,
    changes = null,
  }: FlowInput): JourneyFlowNode[] {
    const marks = peerMarks(peers)
    const edited = editedIds(selection, peers)
    const metrics = metricIndex(map)
    const height = columnHeight(map, CARD_SIZE)
    const columns = phaseColumns(map)
    const columnX = new Map(columns.map((c) => [c.phase.id, c.x]))
    const rows = laneRows(map)
    const laneTop = new Map(rows.map((row) => [row.lane.id, row.y]))
    const collapsed = new Set(rows.filter((row) => row.lane.collapsed).map((row) => row.lane.id))
    const out: JourneyFlowNode[] = []
    const seen = new Set<string>()
    const width = laneWidth(map)
    for (const { lane, y, height: laneHeight } of rows) {
      seen.add(lane.id)
      const mark = marks.get(lane.id)
      const selected = selection.has(lane.id)
      const curves = lane.type === 'emotion-curve' && !lane.collapsed ? curvesOf(map) : null
      const field = lane.collapsed ? null : insightFieldOf(lane.type)
      const insights = field ? insightsOf(map, field) : null
      const cells = lane.type === 'metrics' && !lane.collapsed ? metricCellsOf(map) : undefined
      const change = changes?.get(lane.id)
      out.push(
        cached(
          lane.id,
          [lane, y, laneHeight, width, selected, mark, curves, insights, cells, change],
          () => ({
            id: lane.id,
            type: 'lane',
            position: { x: -LANE_LABEL_WIDTH, y },
            data: {
              lane,
              width,
              height: laneHeight,
              curves,
              insights,
              ...mark,
              ...(cells ? { metricCells: cells } : {}),
            },
            width,
            height: laneHeight,
            measured: { width, height: laneHeight },
            draggable: false,
            selected,
            zIndex: LANE_Z,
            ...nodeClass(false, change),
            ariaLabel: m.laneNode(lane.name),
          }),
        ),
      )
    }
    for (const { phase, x } of columns) {
      seen.add(phase.id)
      const mark = marks.get(phase.id)
      const selected = selection.has(phase.id)
      const heatMark = heat ? heatMarkOf(heat.mode, heat.phases.get(phase.id)) : undefined
      const change = changes?.get(phase.id)
      out.push(
        cached(phase.id, [phase, x, height, selected, mark, heatMark, change], () => ({
          id: phase.id,
          type: 'phase',
          position: { x, y: 0 },
          data: { phase, height, ...mark, ...(heatMark ? { heat: heatMark } : {}) },
          width: phase.width,
          height,
          measured: { width: phase.width, height },
          draggable: false,
          selected,
          zIndex: PHASE_Z,
          ...nodeClass(false, change),
          ariaLabel: m.phaseNode(phase.name),
        })),
      )
    }
    for (const touchpoint of Object.values(map.touchpoints)) {
      const { id } = touchpoint
      seen.add(id)
      const parentX = touchpoint.phaseId === null ? undefined : columnX.get(touchpoint.phaseId)
      const moving = dragging.get(id) ?? null
      // In a lane, y is measured from the lane's top; the node's parent is the column at y = 0.
      const top = touchpoint.laneId === null ? 0 : (laneTop.get(touchpoint.laneId) ?? 0)
      const selected = selection.has(id)
      const mark = marks.get(id)
      const hidden = touchpoint.laneId !== null && collapsed.has(touchpoint.laneId)
      const dimmed = isDimmed(touchpoint, filter)
      const badge = metricBadge(metrics.byTouchpoint.get(id))
      const change = changes?.get(id)
      const editing = edited.has(id)
      const { phaseId, position, emotion } = touchpoint
      // The card reads its touchpoint from the store (record-feed.ts): only what React Flow
      // places, or what the minimap draws, makes a new node. A retitled card is the same node.
      out.push(
        cached(
          id,
          [
            phaseId,
            position.x,
            position.y,
            emotion,
            moving,
            top,
            selected,
            mark,
            parentX,
            hidden,
            dimmed,
            badge,
            change,
            editing,
          ],
          () => ({
            id,
            type: 'touchpoint',
            ...(phaseId !== null && parentX !== undefined ? { parentId: phaseId } : {}),
            position: moving ?? { x: position.x, y: top + position.y },
            data: { emotion, ...mark, ...(badge ? { metrics: badge } : {}) },
            width: CARD_SIZE.width,
            height: CARD_SIZE.height,
            measured: { ...CARD_SIZE },
            selected,
            zIndex: CARD_Z,
            hidden,
            ...nodeClass(dimmed, change, editing),
            // Named by the card's own hidden label, which follows the title without a new node.
            domAttributes: { 'aria-labelledby': cardLabelId(id) },
          }),
        ),
      )
    }
    for (const note of Object.values(map.notes)) {
      const { id } = note
      seen.add(id)
      const position = dragging.get(id) ?? note.position
      const selected = selection.has(id)
      const mark = marks.get(id)
      const change = changes?.get(id)
      const editing = edited.has(id)
      out.push(
        cached(id, [note, position, selected, mark, change, editing], () => ({
          id,
          type: 'note',
          position,
          data: { note, ...mark },
          width: note.size.width,
          height: note.size.height,
          measured: { ...note.size },
          selected,
          zIndex: NOTE_Z,
          ...nodeClass(false, change, editing),
          ariaLabel: m.noteNode(note.text.slice(0, 40)),
        })),
      )
    }
    for (const id of nodeCache.keys()) if (!seen.has(id)) nodeCache.delete(id)
    // The same array when every node is: React Flow then has nothing to adopt (a retitled card,
    // an edit in the inspector), and it walks every node of the map when it adopts.
    if (lastNodes && sameItems(lastNodes, out)) return lastNodes
    lastNodes = out
    return out
  }

  let lastEdges: JourneyFlowEdge[] = []
  /** What `lastEdges` was built from, where each step sits in it and the steps at each card. */
  let built: {
    input: FlowInput
    index: Map<string, number>
    stepsAt: Map<string, string[]>
    cards: number
  } | null = null

  /** One step for React Flow: the cached object while nothing it shows has changed. */
  function edgeFor(
    edge: Edge,
    { map, selection, moving = NONE_MOVING }: FlowInput,
    marks: ReadonlyMap<string, PeerMark>,
    collapsed: ReadonlySet<string>,
  ): JourneyFlowEdge {
    const selected = selection.has(edge.id)
    const mark = marks.get(edge.id)
    // What the edge is built from: its route and whether it hides come only from its two cards,
    // the columns and the lanes, so typing in one card's title works out no other edge's route.
    const source = getOwn(map.touchpoints, edge.source)
    const target = getOwn(map.touchpoints, edge.target)
    const isMoving = moving.has(edge.source) || moving.has(edge.target)
    const inputs = [edge, selected, mark, source, target, map.phases, map.lanes, isMoving]
    const hit = edgeCache.get(edge.id)
    if (hit && sameItems(hit.inputs, inputs)) return hit.edge
    const route = edgeRoute(map, edge.source, edge.target, CARD_SIZE)
    // A step to or from a card in a collapsed lane is hidden with the card.
    const inCollapsedLane = (card: Touchpoint | undefined) =>
      card !== undefined && card.laneId !== null && collapsed.has(card.laneId)
    const hidden = collapsed.size > 0 && (inCollapsedLane(source) || inCollapsedLane(target))
    // What the edge shows: a retitled card changes neither, so React Flow keeps the edge.
    const key = [edge, selected, mark, route, hidden, isMoving]
    if (hit && sameItems(hit.key, key)) {
      edgeCache.set(edge.id, { ...hit, inputs })
      return hit.edge
    }
    const flowEdge: JourneyFlowEdge = {
      id: edge.id,
      type: 'journey',
      source: edge.source,
      target: edge.target,
      selected,
      hidden,
      // Cards in one column link bottom → top (edges/route-ends.ts): routes come from the map's
      // positions, not drag positions, so a drag frame touches no edge.
      data: { edge, route, ...mark, ...(isMoving ? { moving: true as const } : {}) },
      zIndex: isMoving ? MOVING_STEP_Z : STEP_Z,
      ariaLabel: edge.label ? m.stepNode(edge.label) : m.step,
    }
    edgeCache.set(edge.id, { inputs, key, edge: flowEdge })
    return flowEdge
  }

  /**
   * The steps when only cards changed since the last call (a keystroke in a title, a colleague's
   * edit): only the steps at those cards are looked at, not every step of the map (~0.9 ms of a
   * keystroke at 1,000 cards, profiled). Null when anything else changed, a card came or went, or
   * something is being dragged: the whole walk below then runs.
   */
  function edgesAtChangedCards(input: FlowInput): JourneyFlowEdge[] | null {
    const before = built?.input
    if (!built || !before) return null
    const { map } = input
    const same =
      before.map.edges === map.edges &&
      before.map.phases === map.phases &&
      before.map.lanes === map.lanes &&
      before.selection === input.selection &&
      before.peers === input.peers &&
      (before.moving ?? NONE_MOVING).size === 0 &&
      (input.moving ?? NONE_MOVING).size === 0
    if (!same) return null
    const changed: string[] = []
    let cards = 0
    for (const id in map.touchpoints) {
      cards++
      const was = getOwn(before.map.touchpoints, id)
      if (was === undefined) return null
      if (was !== map.touchpoints[id]) changed.push(id)
    }
    if (cards !== built.cards) return null
    const marks = peerMarks(input.peers)
    const collapsed = collapsedLanes(map)
    let out = lastEdges
    for (const card of changed) {
      for (const id of built.stepsAt.get(card) ?? []) {
        const edge = getOwn(map.edges, id)
        const at = built.index.get(id)
        if (!edge || at === undefined) return null
        const flowEdge = edgeFor(edge, input, marks, collapsed)
        if (out[at] === flowEdge) continue
        if (out === lastEdges) out = [...lastEdges]
        out[at] = flowEdge
      }
    }
    built = { ...built, input }
    lastEdges = out
    return out
  }

  function edges(input: FlowInput): JourneyFlowEdge[] {
    const quick = edgesAtChangedCards(input)
    if (quick) return quick
    const { map } = input
    const marks = peerMarks(input.peers)
    const collapsed = collapsedLanes(map)
    const out: JourneyFlowEdge[] = []
    const index = new Map<string, number>()
    const stepsAt = new Map<string, string[]>()
    const at = (card: string, id: string) => {
      const list = stepsAt.get(card)
      if (list) list.push(id)
      else stepsAt.set(card, [id])
    }
    for (const edge of Object.values(map.edges)) {
      index.set(edge.id, out.length)
      at(edge.source, edge.id)
      if (edge.target !== edge.source) at(edge.target, edge.id)
      out.push(edgeFor(edge, input, marks, collapsed))
    }
    // Deleted steps leave the cache (their entries hold old cards, columns and lanes).
    if (edgeCache.size > out.length) {
      for (const id of edgeCache.keys()) if (!Object.hasOwn(map.edges, id)) edgeCache.delete(id)
    }
    built = { input, index, stepsAt, cards: Object.keys(map.touchpoints).length }
    // Retitling a card or moving a note changes the map but no edge: the same array then tells
    // React Flow there is nothing to do (a new one would re-run every edge's store selector).
    if (sameItems(out, lastEdges)) return lastEdges
    lastEdges = out
    return out
  }

  /**
   * `peers` as far as the nodes and edges read them (who selected what, in which colour and name),
   * the same array while that stays the same: cursors and drags moving change nothing here.
   */
  let markPeersFor: { signature: string; peers: readonly Peer[] } = { signature: '', peers: [] }
  function markPeers(peers: readonly Peer[]): readonly Peer[] {
    const signature = peers
      .map((p) => `${p.user.color}\u0000${p.user.name}\u0000${p.selection.join('\u0001')}`)
      .join('\n')
    if (signature !== markPeersFor.signature) {
      markPeersFor = { signature, peers: peers.map((peer) => ({ ...peer, dragging: null })) }
    }
    return markPeersFor.peers
  }

  return { nodes, edges, markPeers }
}

const NONE_MOVING: ReadonlySet<string> = new Set()

/** The lanes drawn collapsed (their cards and the steps at them hidden). */
function collapsedLanes(map: JourneyMap): ReadonlySet<string> {
  return new Set(map.lanes.filter((lane) => lane.collapsed).map((lane) => lane.id))
}

/** One cell per phase column: the phase's metrics, then each of its cards' (in reading order). */
function metricCells(map: JourneyMap, m: Messages['canvas']): MetricCell[] {
  const index = metricIndex(map)
  const cardsByPhase = new Map<Id, Touchpoint[]>()
  for (const card of Object.values(map.touchpoints)) {
    if (card.phaseId === null || !index.byTouchpoint.has(card.id)) continue
    const list = cardsByPhase.get(card.phaseId)
    if (list) list.push(card)
    else cardsByPhase.set(card.phaseId, [card])
  }
  return phaseColumns(map).map(({ phase, x, width }) => ({
    phaseId: phase.id,
    phaseName: phase.name || m.untitledPhase,
    x: LANE_LABEL_WIDTH + x,
    width,
    metrics: index.byPhase.get(phase.id) ?? [],
    cards: (cardsByPhase.get(phase.id) ?? [])
      .toSorted((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
      .map((card) => ({
        id: card.id,
        title: card.title || m.untitledTouchpoint,
        metrics: index.byTouchpoint.get(card.id) ?? [],
      })),
  }))
}

/**
 * A card's metric badge, cached by its metrics array (the index keeps arrays while metrics do
 * not change) and by value, so an unchanged card keeps its node and does not re-render.
 */
const badgeByMetrics = new WeakMap<readonly Metric[], MetricBadge>()
const badgeByValue = new Map<string, MetricBadge>()
function metricBadge(metrics: readonly Metric[] | undefined): MetricBadge | undefined {
  if (!metrics || metrics.length === 0) return undefined
  const hit = badgeByMetrics.get(metrics)
  if (hit) return hit
  const statuses = seriesStatuses(metrics)
  const status = worstStatus(statuses)
  const key = `${statuses.length}:${status}`
  let badge = badgeByValue.get(key)
  if (!badge) badgeByValue.set(key, (badge = { count: statuses.length, status }))
  badgeByMetrics.set(metrics, badge)
  return badge
}

const heatMarks = new Map<string, HeatMark>()
function heatMarkOf(mode: HeatMode, heat: PhaseHeat | undefined): HeatMark | undefined {
  if (!heat) return undefined
  const key = `${mode}:${heat.level}:${heat.label}`
  let mark = heatMarks.get(key)
  if (!mark) heatMarks.set(key, (mark = { mode, heat }))
  return mark
}

/** Marks are cached by colour and name so an unchanged peer keeps producing the same object. */
const markCache = new Map<string, PeerMark>()
function peerMarks(peers: readonly Peer[]): Map<string, PeerMark> {
  const marks = new Map<string, PeerMark>()
  for (const peer of peers) {
    const cacheKey = `${peer.user.color}\u0000${peer.user.name}`
    let mark = markCache.get(cacheKey)
    if (!mark) {
      mark = { peerColor: peer.user.color, peerName: peer.user.name }
      markCache.set(cacheKey, mark)
    }
    for (const id of peer.selection) if (!marks.has(id)) marks.set(id, mark)
  }
  return marks
}

/** Where colleagues are dragging cards and notes right now: canvas points by node id. */
export function peerDragPositions(peers: readonly Peer[]): Map<string, Point> {
  const positions = new Map<string, Point>()
  for (const peer of peers) {
    for (const [id, point] of Object.entries(peer.dragging ?? {})) positions.set(id, point)
  }
  return positions
}
