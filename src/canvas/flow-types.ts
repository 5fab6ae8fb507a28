import type { Edge as FlowEdge, Node } from '@xyflow/react'
import type { Edge, Note, Phase, Touchpoint } from '../domain/types'

/** Colour of a colleague who has this record selected, for the outline others see. */
export type PeerMark = {
  peerColor?: string
  peerName?: string
}

export type PhaseNodeData = { phase: Phase; height: number } & PeerMark
export type TouchpointNodeData = { touchpoint: Touchpoint } & PeerMark
export type NoteNodeData = { note: Note } & PeerMark
export type JourneyEdgeData = { edge: Edge } & PeerMark

export type PhaseFlowNode = Node<PhaseNodeData, 'phase'>
export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>
export type NoteFlowNode = Node<NoteNodeData, 'note'>
export type JourneyFlowNode = PhaseFlowNode | TouchpointFlowNode | NoteFlowNode
export type JourneyFlowEdge = FlowEdge<JourneyEdgeData, 'journey'>
