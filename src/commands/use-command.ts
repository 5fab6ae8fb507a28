// How React components run commands: `const run = useRunCommand(); run(updateRecord, {...})`.
// The editor page provides the full context (with the viewport); elsewhere the store suffices.

import { createContext, useCallback, useContext } from 'react'
import { useEditorStore } from '../state/context'
import { execute } from './registry'
import type { Command, CommandContext } from './types'

export const CommandContextSource = createContext<(() => CommandContext) | null>(null)

export function useRunCommand() {
  const store = useEditorStore()
  const source = useContext(CommandContextSource)
  return useCallback(
    <Args, Result>(command: Command<Args, Result>, args: Args): Result | undefined =>
      execute(command, source?.() ?? { store, viewport: null }, args),
    [store, source],
  )
}
