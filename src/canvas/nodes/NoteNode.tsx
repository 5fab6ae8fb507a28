import { useState } from 'react'
import { NodeResizer, type NodeProps } from '@xyflow/react'
import { memoNode } from './memo-node'
import { MIN_NOTE_SIZE } from '../../domain/defaults'
import { resizeNoteCommand, updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import type { NoteFlowNode } from '../flow-types'
import { InlineText } from './InlineText'
import { countRender } from '../render-count'
import { RepairedMark } from './RepairedMark'
import { useT } from '../../state/locale'

function NoteNodeView({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const t = useT()
  countRender('note', id)
  const run = useRunCommand()
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
          run(resizeNoteCommand, {
            id,
            size: { width: Math.round(p.width), height: Math.round(p.height) },
          })
        }}
      />
      <RepairedMark record={note} />
      <InlineText
        value={note.text}
        label={t.canvas.noteText}
        placeholder={t.canvas.noteEmpty}
        multiline
        className="note__text"
        onCommit={(text) => run(updateRecord, { kind: 'note', id, patch: { text } })}
      />
    </div>
  )
}

export const NoteNode = memoNode(NoteNodeView)
