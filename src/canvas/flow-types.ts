import type { Edge as FlowEdge, Node } from '@xyflow/react'
import type { EmotionCurve } from '../domain/curve'
import type { EdgeRoute } from '../domain/geometry'
import type { InsightColumn } from '../domain/insights'
import type { HeatMode, MetricStatus, PhaseHeat } from '../domain/metric-status'
import type { MetricCell } from './metrics/MetricsLaneCells'
import type { Edge, Lane, Note, Phase } from '../domain/types'
import type { Emotion } from '../domain/vocabulary'

/** Colour of a colleague who has this record selected, for the outline others see. */
export type PeerMark = {
  peerColor?: string
  peerName?: string
}

/** A card's metrics at a glance: how many series, and the worst latest status. */
export type MetricBadge = { readonly count: number; readonly status: MetricStatus }

/** The heat overlay's colour of a column (absent while the overlay is off). */
export type HeatMark = { readonly mode: HeatMode; readonly heat: PhaseHeat }

export type PhaseNodeData = { phase: Phase; height: number; heat?: HeatMark } & PeerMark
/** The card itself reads its touchpoint from the store (record-feed.ts); `emotion` is for the minimap. */
export type TouchpointNodeData = { emotion: Emotion; metrics?: MetricBadge } & PeerMark
export type NoteNodeData = { note: Note } & PeerMark
/** `curves` only for the emotion lane: the personas' lines across it. */
export type LaneNodeData = {
  lane: Lane
  width: number
  height: number
  curves: readonly EmotionCurve[] | null
  /** Only for the pain-points and opportunities lanes: their cards, column by column. */
  insights: readonly InsightColumn[] | null
  /** A metrics lane's cells, one per phase column (absent for other lanes or collapsed). */
  metricCells?: readonly MetricCell[]
} & PeerMark
/**
 * `route`: how the step leaves and enters its cards (side to side, or down/up a column).
 * `moving`: a card at either end moves; the step's drawing is held on a layer of its own and
 * claims a fixed area meanwhile (compositor-moves.ts, edges/drag-frame.ts).
 */
export type JourneyEdgeData = { edge: Edge; route: EdgeRoute; moving?: true } & PeerMark

export type PhaseFlowNode = Node<PhaseNodeData, 'phase'>
export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>
export type NoteFlowNode = Node<NoteNodeData, 'note'>
export type LaneFlowNode = Node<LaneNodeData, 'lane'>
export type JourneyFlowNode = PhaseFlowNode | TouchpointFlowNode | NoteFlowNode | LaneFlowNode
export type JourneyFlowEdge = FlowEdge<JourneyEdgeData, 'journey'>
