import { StickyNote } from 'lucide-react'
import { commands } from '../../commands'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { NOTE_COLORS } from '../../domain/defaults'
import { getOwn } from '../../domain/records'
import { useEditor, useEditorStore } from '../../state/context'
import { useT } from '../../state/locale'
import { DeleteButton, PanelHeader, Swatches, TextField } from './fields'
import { PeersHere } from './PeersHere'

export function NotePanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const note = useEditor((s) => getOwn(s.map.notes, id))
  const t = useT()
  const m = t.inspector.note
  if (!note) return null
  return (
    <div className="insp-panel">
      <PanelHeader icon={StickyNote} title={m.heading} />
      <PeersHere id={id} />
      <TextField
        label={m.text}
        multiline
        value={note.text}
        placeholder={m.placeholder}
        onCommit={(text) =>
          run(updateRecord, { kind: 'note', id, patch: { text }, mergeKey: `note:${id}:text` })
        }
      />
      <Swatches
        label={t.inspector.colour}
        colors={NOTE_COLORS}
        value={note.color}
        onPick={(color) => run(updateRecord, { kind: 'note', id, patch: { color } })}
      />
      <div className="insp-actions">
        <DeleteButton
          label={m.delete}
          onClick={() => commands.run('delete', { store, viewport: null })}
        />
      </div>
    </div>
  )
}
