// How sure the team is of a record (assumed, observed, validated) and where that comes from. Any
// kind with `evidence` and `evidenceSource` fields uses it.

import { memo, useId } from 'react'
import { updateRecord } from '../../commands/record-commands'
import { useRunCommand } from '../../commands/use-command'
import { EVIDENCE_SOURCES, EVIDENCE_STATUSES, type EvidenceStatus } from '../../domain/vocabulary'
import { useT } from '../../state/locale'
import { Segmented, TextField, type Choice } from './fields'

interface Props {
  kind: string
  id: string
  evidence: EvidenceStatus
  source: string
}

function EvidenceFieldsView({ kind, id, evidence, source }: Props) {
  const run = useRunCommand()
  const listId = useId()
  const t = useT()
  const m = t.inspector.evidence
  const choices: readonly Choice<EvidenceStatus>[] = EVIDENCE_STATUSES.map((status) => ({
    value: status,
    label: t.vocabulary.evidence[status],
  }))
  return (
    <>
      <Segmented
        label={m.label}
        choices={choices}
        value={evidence}
        onChange={(next) => run(updateRecord, { kind, id, patch: { evidence: next } })}
      />
      <TextField
        label={m.source}
        value={source}
        placeholder={m.sourcePlaceholder}
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
        {/* Suggestions in the person's language: the source is free text. */}
        {EVIDENCE_SOURCES.map((option) => (
          <option key={option} value={t.vocabulary.evidenceSources[option]} />
        ))}
      </datalist>
    </>
  )
}

/** Memoised: typing in another field of the inspector does not re-render these two. */
export const EvidenceFields = memo(EvidenceFieldsView)
