// The editor page's command context (with its viewport) for components that run registry
// commands by id; the store alone where the page provides none.

import { useCallback, useContext } from 'react'
import type { CommandContext } from '../../commands'
import { CommandContextSource } from '../../commands/use-command'
import { useEditorStore } from '../../state/context'

export function useCommandContext(): () => CommandContext {
  const store = useEditorStore()
  const source = useContext(CommandContextSource)
  return useCallback(() => source?.() ?? { store, viewport: null }, [source, store])
}
