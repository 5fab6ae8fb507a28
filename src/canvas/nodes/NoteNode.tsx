import { memo, useState } from 'react'
import { NodeResizer, type NodeProps } from '@xyflow/react'
import { MIN_NOTE_SIZE } from '../../domain/defaults'
import { resizeNote, updateNote } from '../../domain/operations'
import { runEdit } from '../../commands/edit'
import { useEditorStore } from '../../state/context'
import type { NoteFlowNode } from '../flow-types'
import { InlineText } from './InlineText'

function NoteNodeView({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const store = useEditorStore()
  const { note, peerColor } = data
  const [preview, setPreview] = useState<{ width: number; height: number } | null>(null)
  const size = preview ?? note.size
  return (
    <div
      className={`note${selected ? ' note--selected' : ''}`}
      style={{
        width: size.width,
        height: size.height,
        background: note.color,
        ...(peerColor ? { outlineColor: peerColor } : {}),
      }}
      data-peer={peerColor ? 'true' : undefined}
      data-testid="sticky-note"
    >
      <NodeResizer
        isVisible={selected}
        minWidth={MIN_NOTE_SIZE.width}
        minHeight={MIN_NOTE_SIZE.height}
        onResize={(_, p) => setPreview({ width: p.width, height: p.height })}
        onResizeEnd={(_, p) => {
          setPreview(null)
          runEdit(store, (map) =>
            resizeNote(map, id, { width: Math.round(p.width), height: Math.round(p.height) }),
          )
        }}
      />
      <InlineText
        value={note.text}
        label="Note text"
        placeholder="Double-click to write"
        multiline
        className="note__text"
        onCommit={(text) => runEdit(store, (map) => updateNote(map, id, { text }))}
      />
    </div>
  )
}

export const NoteNode = memo(NoteNodeView)
