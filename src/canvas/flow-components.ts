// Defined once at module level: React Flow re-mounts every node when these objects change.
import type { EdgeTypes, NodeTypes } from '@xyflow/react'
import { JourneyEdge } from './edges/JourneyEdge'
import { LaneNode } from './lanes/LaneNode'
import { NoteNode } from './nodes/NoteNode'
import { PhaseNode } from './nodes/PhaseNode'
import { TouchpointNode } from './nodes/TouchpointNode'

export const nodeTypes: NodeTypes = {
  phase: PhaseNode,
  lane: LaneNode,
  touchpoint: TouchpointNode,
  note: NoteNode,
}
export const edgeTypes: EdgeTypes = { journey: JourneyEdge }
