// The command context the editor page provides (with the viewport), for running commands by id.

import { useCallback, useContext } from 'react'
import { CommandContextSource } from '../../commands/use-command'
import type { CommandContext } from '../../commands/types'
import { useEditorStore } from '../../state/context'

export function useCommandContext(): () => CommandContext {
  const store = useEditorStore()
  const source = useContext(CommandContextSource)
  return useCallback(() => source?.() ?? { store, viewport: null }, [source, store])
}
