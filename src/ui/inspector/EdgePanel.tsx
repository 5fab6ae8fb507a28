import { ArrowLeftRight, ArrowRight, Spline } from 'lucide-react'
import { commands } from '../../commands'
import { reverseEdgeCommand, updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { getOwn } from '../../domain/records'
import { EDGE_KINDS, type EdgeKind } from '../../domain/vocabulary'
import { useEditor, useEditorStore } from '../../state/context'
import { DeleteButton, PanelHeader, Segmented, TextField, type Choice } from './fields'
import { PeersHere } from './PeersHere'

const KIND_LABELS: Record<EdgeKind, string> = {
  flow: 'Flow',
  alternative: 'Alternative',
  return: 'Return',
}
const KIND_HINTS: Record<EdgeKind, string> = {
  flow: 'The main path the customer takes.',
  alternative: 'A branch some customers take instead.',
  return: 'The customer goes back to an earlier step.',
}
const KIND_CHOICES: readonly Choice<EdgeKind>[] = EDGE_KINDS.map((kind) => ({
  value: kind,
  label: KIND_LABELS[kind],
}))

export function EdgePanel({ id }: { id: string }) {
  const store = useEditorStore()
  const run = useRunCommand()
  const edge = useEditor((s) => getOwn(s.map.edges, id))
  const from = useEditor((s) => (edge ? getOwn(s.map.touchpoints, edge.source)?.title : undefined))
  const to = useEditor((s) => (edge ? getOwn(s.map.touchpoints, edge.target)?.title : undefined))
  if (!edge) return null
  return (
    <div className="insp-panel">
      <PanelHeader icon={Spline} title="Connection" />
      <PeersHere id={id} />
      <p className="insp-route">
        <span className="insp-route__end">{from || 'Untitled touchpoint'}</span>
        <ArrowRight size={16} aria-label="to" />
        <span className="insp-route__end">{to || 'Untitled touchpoint'}</span>
      </p>
      <TextField
        label="Label"
        value={edge.label}
        placeholder="e.g. clicks the ad"
        onCommit={(label) =>
          run(updateRecord, { kind: 'edge', id, patch: { label }, mergeKey: `edge:${id}:label` })
        }
      />
      <Segmented
        label="Kind"
        choices={KIND_CHOICES}
        value={edge.kind}
        onChange={(kind) => run(updateRecord, { kind: 'edge', id, patch: { kind } })}
      />
      <p className="insp-hint insp-hint--tight">{KIND_HINTS[edge.kind]}</p>
      <div className="insp-actions">
        <button
          type="button"
          className="insp-button"
          onClick={() => run(reverseEdgeCommand, { id })}
        >
          <ArrowLeftRight size={16} aria-hidden />
          Reverse direction
        </button>
        <DeleteButton
          label="Delete connection"
          onClick={() => commands.run('delete', { store, viewport: null })}
        />
      </div>
    </div>
  )
}
