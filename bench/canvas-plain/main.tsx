// The reference for `npm run bench:canvas`: the same cards and edges as the Trailmap map under
// test, on a plain React Flow 12 page built the way React Flow's performance guide recommends
// (memoised custom node, nodeTypes at module level, useNodesState/useEdgesState, changes applied
// with the library's reducers). It reads `map.json` (written next to it by the benchmark) and
// has a side panel with one text input that retitles the selected card on every keystroke, the
// plain counterpart of Trailmap's inspector. Never part of the app's bundle.

import { memo, useCallback, useEffect, useState, type ChangeEvent } from 'react'
import { createRoot } from 'react-dom/client'
import {
  Background,
  BackgroundVariant,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react'
import { MIN_ZOOM } from '../../src/canvas/zoom-range'
import '@xyflow/react/dist/style.css'
import './plain.css'

interface CardData extends Record<string, unknown> {
  title: string
  channel: string
  color: string
}
type CardNode = Node<CardData, 'card'>
interface PlainMap {
  cards: { id: string; x: number; y: number; title: string; channel: string; color: string }[]
  edges: { id: string; source: string; target: string }[]
}

function CardView({ data, selected }: NodeProps<CardNode>) {
  return (
    <div className={`plain-card${selected ? ' plain-card--selected' : ''}`}>
      <Handle type="target" position={Position.Left} />
      <div className="plain-card__head">
        <span>{data.channel}</span>
        <span className="plain-card__dot" style={{ background: data.color }} />
      </div>
      <div className="plain-card__title">{data.title}</div>
      <Handle type="source" position={Position.Right} />
    </div>
  )
}
const Card = memo(CardView)
const nodeTypes = { card: Card }
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed } }

function Flow({ map }: { map: PlainMap }) {
  const [nodes, setNodes, onNodesChange] = useNodesState<CardNode>(
    map.cards.map((card) => ({
      id: card.id,
      type: 'card',
      position: { x: card.x, y: card.y },
      data: { title: card.title, channel: card.channel, color: card.color },
      width: 240,
      height: 132,
    })),
  )
  const [edges, , onEdgesChange] = useEdgesState<Edge>(
    map.edges.map((edge) => ({ ...edge, ...defaultEdgeOptions })),
  )
  const [selected, setSelected] = useState<string | null>(null)
  const [draft, setDraft] = useState('')
  const onSelectionChange = useCallback(({ nodes: picked }: { nodes: Node[] }) => {
    const node = picked.length === 1 ? picked[0] : undefined
    setSelected(node?.id ?? null)
    setDraft(node ? String((node.data as CardData).title) : '')
  }, [])
  const onTitle = (event: ChangeEvent<HTMLInputElement>) => {
    const title = event.target.value
    setDraft(title)
    setNodes((current) =>
      current.map((node) =>
        node.id === selected ? { ...node, data: { ...node.data, title } } : node,
      ),
    )
  }
  return (
    <div className="plain-page">
      <div className="plain-flow">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onSelectionChange={onSelectionChange}
          // The benchmark pans with the wheel, as Trailmap's canvas does (zooming with Ctrl).
          panOnScroll
          minZoom={MIN_ZOOM}
          maxZoom={2.5}
          fitView
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} />
        </ReactFlow>
      </div>
      <aside className="plain-panel">
        <label>
          Title
          <input aria-label="Title" value={draft} disabled={!selected} onChange={onTitle} />
        </label>
      </aside>
    </div>
  )
}

function App() {
  const [map, setMap] = useState<PlainMap | null>(null)
  useEffect(() => {
    void fetch('./map.json')
      .then((res) => res.json())
      .then((data: PlainMap) => setMap(data))
  }, [])
  return map ? (
    <ReactFlowProvider>
      <Flow map={map} />
    </ReactFlowProvider>
  ) : null
}

createRoot(document.getElementById('root')!).render(<App />)
