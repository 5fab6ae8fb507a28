import type { Edge as FlowEdge, Node } from '@xyflow/react'
import type { HeatMode, MetricStatus, PhaseHeat } from '../domain/metric-status'
import type { Edge, Note, Phase, Touchpoint } from '../domain/types'

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
export type TouchpointNodeData = { touchpoint: Touchpoint; metrics?: MetricBadge } & PeerMark
export type NoteNodeData = { note: Note } & PeerMark
export type JourneyEdgeData = { edge: Edge } & PeerMark

export type PhaseFlowNode = Node<PhaseNodeData, 'phase'>
export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>
export type NoteFlowNode = Node<NoteNodeData, 'note'>
export type JourneyFlowNode = PhaseFlowNode | TouchpointFlowNode | NoteFlowNode
export type JourneyFlowEdge = FlowEdge<JourneyEdgeData, 'journey'>
