// The right-hand panel: the one selected record's fields, a summary of a multiple selection, or
// the map itself when nothing is selected. Each panel subscribes to its own record only.

import { useEditor } from '../../state/context'
import { useT } from '../../state/locale'
import { canEdit } from '../../state/selectors'
import { recordKind, singleSelected } from './inspector-model'
import { MapPanel } from './MapPanel'
import { INSPECTOR_PANELS } from './panels'
import { SelectionSummary } from './SelectionSummary'
import './inspector.css'

export function Inspector() {
  const id = useEditor((s) => singleSelected(s.selection))
  const kind = useEditor((s) => (id === null ? null : recordKind(s.map, id)))
  const several = useEditor((s) => s.selection.size > 1)
  const Panel = kind === null ? undefined : INSPECTOR_PANELS[kind]
  const editable = useEditor(canEdit)
  const t = useT()
  return (
    <aside className="insp" aria-label={t.inspector.label} data-testid="inspector">
      {/* A disabled fieldset disables every field inside: read-only at once on a view link. */}
      <fieldset className="insp__fields" disabled={!editable}>
        {/* Keyed by id: switching records drops the previous record's drafts and confirm steps. */}
        {id !== null && Panel && <Panel key={id} id={id} />}
        {(several || (id !== null && kind !== null && !Panel)) && <SelectionSummary />}
        {!several && kind === null && <MapPanel />}
      </fieldset>
    </aside>
  )
}
