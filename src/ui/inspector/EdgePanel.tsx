import { ArrowLeftRight, ArrowRight, Spline } from 'lucide-react'
import { commands } from '../../commands'
import { reverseEdgeCommand, updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { getOwn } from '../../domain/records'
import { EDGE_KINDS, type EdgeKind } from '../../domain/vocabulary'
import { useEditor, useEditorStore } from '../../state/context'
import { useT } from '../../state/locale'
import { DeleteButton, PanelHeader, Segmented, TextField, type Choice } from './fields'
import { PeersHere } from './PeersHere'

export function EdgePanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const edge = useEditor((s) => getOwn(s.map.edges, id))
  const t = useT()
  const m = t.inspector.edge
  const from = useEditor((s) => (edge ? getOwn(s.map.touchpoints, edge.source)?.title : undefined))
  const to = useEditor((s) => (edge ? getOwn(s.map.touchpoints, edge.target)?.title : undefined))
  if (!edge) return null
  const kindChoices: readonly Choice<EdgeKind>[] = EDGE_KINDS.map((kind) => ({
    value: kind,
    label: t.vocabulary.edgeKinds[kind],
  }))
  return (
    <div className="insp-panel">
      <PanelHeader icon={Spline} title={m.heading} />
      <PeersHere id={id} />
      <p className="insp-route">
        <span className="insp-route__end">{from || t.inspector.untitledTouchpoint}</span>
        <ArrowRight size={16} aria-label={m.to} />
        <span className="insp-route__end">{to || t.inspector.untitledTouchpoint}</span>
      </p>
      <TextField
        label={m.label}
        value={edge.label}
        placeholder={m.labelPlaceholder}
        onCommit={(label) =>
          run(updateRecord, { kind: 'edge', id, patch: { label }, mergeKey: `edge:${id}:label` })
        }
      />
      <Segmented
        label={t.inspector.kind}
        choices={kindChoices}
        value={edge.kind}
        onChange={(kind) => run(updateRecord, { kind: 'edge', id, patch: { kind } })}
      />
      <p className="insp-hint insp-hint--tight">{m.hints[edge.kind]}</p>
      <div className="insp-actions">
        <button
          type="button"
          className="insp-button"
          onClick={() => run(reverseEdgeCommand, { id })}
        >
          <ArrowLeftRight size={16} aria-hidden />
          {m.reverse}
        </button>
        <DeleteButton
          label={m.delete}
          onClick={() => commands.run('delete', { store, viewport: null })}
        />
      </div>
    </div>
  )
}
