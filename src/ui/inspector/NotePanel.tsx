import { StickyNote } from 'lucide-react'
import { commands } from '../../commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { NOTE_COLORS } from '../../domain/defaults'
import { getOwn } from '../../domain/records'
import { useEditor, useEditorStore } from '../../state/context'
import { DeleteButton, PanelHeader, Swatches, TextField } from './fields'
import { PeersHere } from './PeersHere'

export function NotePanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const note = useEditor((s) => getOwn(s.map.notes, id))
  if (!note) return null
  return (
    <div className="insp-panel">
      <PanelHeader icon={StickyNote} title="Sticky note" />
      <PeersHere id={id} />
      <TextField
        label="Text"
        multiline
        value={note.text}
        placeholder="Write a note…"
        onCommit={(text) =>
          run(updateRecord, { kind: 'note', id, patch: { text }, mergeKey: `note:${id}:text` })
        }
      />
      <Swatches
        label="Colour"
        colors={NOTE_COLORS}
        value={note.color}
        onPick={(color) => run(updateRecord, { kind: 'note', id, patch: { color } })}
      />
      <div className="insp-actions">
        <DeleteButton
          label="Delete note"
          onClick={() => commands.run('delete', { store, viewport: null })}
        />
      </div>
    </div>
  )
}
