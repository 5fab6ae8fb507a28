import { BoxSelect } from 'lucide-react'
import { commands } from '../../commands'
import { useEditor, useEditorStore } from '../../state/context'
import { setSelection } from '../../state/editor-store'
import { useT } from '../../state/locale'
import { DeleteButton, PanelHeader } from './fields'
import { countSelection, describeSelection } from './inspector-model'

/** Several records selected: what they are, and what can be done to all of them. */
export function SelectionSummary() {
  const store = useEditorStore()
  const t = useT()
  const summary = useEditor((s) => describeSelection(countSelection(s.map, s.selection), t))
  const hasPhases = useEditor((s) => (countSelection(s.map, s.selection)['phase'] ?? 0) > 0)
  return (
    <div className="insp-panel">
      <PanelHeader icon={BoxSelect} title={t.inspector.selection.heading} />
      <p className="insp-summary" data-testid="selection-summary">
        {summary}
      </p>
      {hasPhases && <p className="insp-hint">{t.inspector.selection.phaseHint}</p>}
      <div className="insp-actions insp-row">
        <DeleteButton
          label={t.inspector.selection.deleteSelected}
          onClick={() => commands.run('delete', { store, viewport: null })}
        />
        <button type="button" className="insp-button" onClick={() => setSelection(store, [])}>
          {t.inspector.selection.clear}
        </button>
      </div>
    </div>
  )
}
