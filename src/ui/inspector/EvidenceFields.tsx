// How sure the team is of a record (assumed, observed, validated) and where that comes from. Any
// kind with `evidence` and `evidenceSource` fields uses it.

import { useId } from 'react'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import {
  EVIDENCE_LABELS,
  EVIDENCE_SOURCES,
  EVIDENCE_STATUSES,
  type EvidenceStatus,
} from '../../domain/vocabulary'
import { Segmented, TextField, type Choice } from './fields'

const CHOICES: readonly Choice<EvidenceStatus>[] = EVIDENCE_STATUSES.map((status) => ({
  value: status,
  label: EVIDENCE_LABELS[status],
}))

interface Props {
  kind: string
  id: string
  evidence: EvidenceStatus
  source: string
}

export function EvidenceFields({ kind, id, evidence, source }: Props) {
  const run = useRunCommand()
  const listId = useId()
  return (
    <>
      <Segmented
        label="Evidence"
        choices={CHOICES}
        value={evidence}
        onChange={(next) => run(updateRecord, { kind, id, patch: { evidence: next } })}
      />
      <TextField
        label="Evidence source"
        value={source}
        placeholder="Interview, analytics, survey, a URL…"
        list={listId}
        onCommit={(evidenceSource) =>
          run(updateRecord, {
            kind,
            id,
            patch: { evidenceSource },
            mergeKey: `${kind}:${id}:evidenceSource`,
          })
        }
      />
      <datalist id={listId}>
        {EVIDENCE_SOURCES.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </>
  )
}
