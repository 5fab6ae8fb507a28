// What the inspector shows with nothing selected: the map's own title and description, how big
// it is, and how to get started.

import { Map as MapIcon } from 'lucide-react'
import { runEdit } from '../../commands/edit'
import { setDescription, setTitle } from '../../domain/operations'
import { useEditor, useEditorStore } from '../../state/context'
import { PanelHeader, TextField } from './fields'
import { plural } from './inspector-model'

export function MapPanel() {
  const store = useEditorStore()
  const meta = useEditor((s) => s.map.meta)
  // Each collection's identity changes only when it does; counting it is cheap.
  const phases = useEditor((s) => s.map.phases)
  const touchpoints = useEditor((s) => s.map.touchpoints)
  const edges = useEditor((s) => s.map.edges)
  const notes = useEditor((s) => s.map.notes)
  const counts = [
    plural(phases.length, 'phase'),
    plural(Object.keys(touchpoints).length, 'touchpoint'),
    plural(Object.keys(edges).length, 'edge'),
    plural(Object.keys(notes).length, 'note'),
  ]
  return (
    <div className="insp-panel">
      <PanelHeader icon={MapIcon} title="Journey map" />
      <TextField
        label="Map title"
        value={meta.title}
        placeholder="Untitled journey"
        onCommit={(title) =>
          runEdit(store, (map) => setTitle(map, title), { mergeKey: 'map:title' })
        }
      />
      <TextField
        label="Map description"
        multiline
        value={meta.description}
        placeholder="Whose journey is this, and what is it for?"
        onCommit={(description) =>
          runEdit(store, (map) => setDescription(map, description), {
            mergeKey: 'map:description',
          })
        }
      />
      <ul className="insp-stats" aria-label="Map contents">
        {counts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <section className="insp-tips" aria-label="Tips">
        <h3 className="insp-label">Tips</h3>
        <ul>
          <li>Double-click the canvas to add a touchpoint</li>
          <li>Select anything to edit it here</li>
          <li>
            Press <kbd>?</kbd> for shortcuts
          </li>
        </ul>
      </section>
    </div>
  )
}
