import { useEffect } from 'react'
import { commands, type CommandContext } from '../commands'
import { isMacPlatform } from '../commands/registry'

/** Routes key presses to the command registry, except while the person is typing in a field. */
export function useShortcuts(context: () => CommandContext) {
  useEffect(() => {
    const mac = isMacPlatform()
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return
      const command = commands.match(event, mac)
      if (!command) return
      event.preventDefault()
      commands.run(command.id, context())
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [context])
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}
