import { StickyNote } from 'lucide-react'
import { commands } from '../../commands'
import { runEdit } from '../../commands/edit'
import { NOTE_COLORS } from '../../domain/defaults'
import { getOwn, updateNote } from '../../domain/operations'
import { useEditor, useEditorStore } from '../../state/context'
import { DeleteButton, PanelHeader, Swatches, TextField } from './fields'
import { PeersHere } from './PeersHere'

export function NotePanel({ id }: { id: string }) {
  const store = useEditorStore()
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
          runEdit(store, (map) => updateNote(map, id, { text }), { mergeKey: `note:${id}:text` })
        }
      />
      <Swatches
        label="Colour"
        colors={NOTE_COLORS}
        value={note.color}
        onPick={(color) => runEdit(store, (map) => updateNote(map, id, { color }))}
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
