import { useEffect } from 'react'
import { commands, type CommandContext } from '../commands'
import { isMacPlatform } from '../commands/registry'

/** Routes key presses to the command registry, except while the person is typing in a field. */
export function useShortcuts(context: () => CommandContext) {
  useEffect(() => {
    const mac = isMacPlatform()
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return
      if (event.defaultPrevented && !isFlowArrowKey(event)) return
      const command = commands.match(event, mac)
      if (!command) return
      event.preventDefault()
      commands.run(command.id, context())
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [context])
}

/**
 * React Flow handles arrow keys on a focused node itself (it moves its internal copy and calls
 * preventDefault to stop scrolling); a clicked card keeps focus, so without this the nudge
 * commands would only run once focus left the card. Our nudge is the one that edits the map.
 */
function isFlowArrowKey(event: KeyboardEvent): boolean {
  if (!event.key.startsWith('Arrow')) return false
  const target = event.target
  return (
    target instanceof Element &&
    target.closest('.react-flow__node, .react-flow__nodesselection-rect') !== null
  )
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
