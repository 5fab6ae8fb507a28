// The right-hand panel: the one selected record's fields, a summary of a multiple selection, or
// the map itself when nothing is selected. Each panel subscribes to its own record only.

import { useEditor } from '../../state/context'
import { EdgePanel } from './EdgePanel'
import { recordKind, singleSelected } from './inspector-model'
import { MapPanel } from './MapPanel'
import { NotePanel } from './NotePanel'
import { PhasePanel } from './PhasePanel'
import { SelectionSummary } from './SelectionSummary'
import { TouchpointPanel } from './TouchpointPanel'
import './inspector.css'

export function Inspector() {
  const id = useEditor((s) => singleSelected(s.selection))
  const kind = useEditor((s) => (id === null ? null : recordKind(s.map, id)))
  const several = useEditor((s) => s.selection.size > 1)
  return (
    <aside className="insp" aria-label="Inspector" data-testid="inspector">
      {/* Keyed by id: switching records drops the previous record's drafts and confirm steps. */}
      {id !== null && kind === 'touchpoint' && <TouchpointPanel key={id} id={id} />}
      {id !== null && kind === 'phase' && <PhasePanel key={id} id={id} />}
      {id !== null && kind === 'edge' && <EdgePanel key={id} id={id} />}
      {id !== null && kind === 'note' && <NotePanel key={id} id={id} />}
      {several && <SelectionSummary />}
      {!several && kind === null && <MapPanel />}
    </aside>
  )
}
