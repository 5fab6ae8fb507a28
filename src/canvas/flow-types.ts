import type { Edge as FlowEdge, Node } from '@xyflow/react'
import type { EmotionCurve } from '../domain/curve'
import type { InsightColumn } from '../domain/insights'
import type { Edge, Lane, Note, Phase, Touchpoint } from '../domain/types'

/** Colour of a colleague who has this record selected, for the outline others see. */
export type PeerMark = {
  peerColor?: string
  peerName?: string
}

export type PhaseNodeData = { phase: Phase; height: number } & PeerMark
export type TouchpointNodeData = { touchpoint: Touchpoint } & PeerMark
export type NoteNodeData = { note: Note } & PeerMark
/** `curves` only for the emotion lane: the personas' lines across it. */
export type LaneNodeData = {
  lane: Lane
  width: number
  height: number
  curves: readonly EmotionCurve[] | null
  /** Only for the pain-points and opportunities lanes: their cards, column by column. */
  insights: readonly InsightColumn[] | null
} & PeerMark
export type JourneyEdgeData = { edge: Edge } & PeerMark

export type PhaseFlowNode = Node<PhaseNodeData, 'phase'>
export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>
export type NoteFlowNode = Node<NoteNodeData, 'note'>
export type LaneFlowNode = Node<LaneNodeData, 'lane'>
export type JourneyFlowNode = PhaseFlowNode | TouchpointFlowNode | NoteFlowNode | LaneFlowNode
export type JourneyFlowEdge = FlowEdge<JourneyEdgeData, 'journey'>
