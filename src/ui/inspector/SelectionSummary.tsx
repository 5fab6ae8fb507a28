import { BoxSelect } from 'lucide-react'
import { commands } from '../../commands'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { DeleteButton, PanelHeader } from './fields'
import { countSelection, describeSelection } from './inspector-model'

/** Several records selected: what they are, and what can be done to all of them. */
export function SelectionSummary() {
  const store = useEditorStore()
  const summary = useEditor((s) => describeSelection(countSelection(s.map, s.selection)))
  const hasPhases = useEditor((s) => (countSelection(s.map, s.selection)['phase'] ?? 0) > 0)
  return (
    <div className="insp-panel">
      <PanelHeader icon={BoxSelect} title="Selection" />
      <p className="insp-summary" data-testid="selection-summary">
        {summary}
      </p>
      {hasPhases && (
        <p className="insp-hint">
          Deleting a phase moves its touchpoints to the neighbouring phase.
        </p>
      )}
      <div className="insp-actions insp-row">
        <DeleteButton
          label="Delete selected"
          onClick={() => commands.run('delete', { store, viewport: null })}
        />
        <button type="button" className="insp-button" onClick={() => setSelection(store, [])}>
          Clear selection
        </button>
      </div>
    </div>
  )
}
