// List fields (pain points, goals, tags…) edit the list as it is in the map when the edit runs,
// not as it was rendered, so two people adding items at once both keep theirs.

import { updateRecord } from '../../commands/record-commands'
import type { useRunCommand } from '../../commands/use-command'
import type { ListUpdate } from './ListEditor'

type Run = ReturnType<typeof useRunCommand>

export function recordListUpdater(run: Run, kind: string, id: string, field: string): ListUpdate {
  return (change, mergeKey) =>
    run(updateRecord, {
      kind,
      id,
      patch: (record) => ({ [field]: change((record[field] as readonly string[]) ?? []) }),
      ...(mergeKey === undefined ? {} : { mergeKey }),
    })
}
