// The command registry: one place that knows every command and its shortcuts. A shortcut claimed
// by two commands is a bug, refused when the registry is built (and caught by a unit test).
// Every command runs through `execute`, which refuses edits where the map cannot be edited.

import { notify } from '../state/editor-store'
import { freezeBlocker } from '../domain/workshop/freeze'
import { currentMessages } from '../state/locale'
import { commentBlocker, editBlocker } from '../state/selectors'
import type { AnyCommand, Command, CommandContext } from './types'

export interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export interface CommandRegistry {
  all: readonly AnyCommand[]
  get(id: string): AnyCommand
  /** The command a key press triggers, if any. */
  match(event: KeyLike, isMac: boolean): AnyCommand | undefined
  /** Runs a command without a payload by id (keys, toolbar); false when it did not run. */
  run(id: string, ctx: CommandContext): boolean
}

/**
 * Runs one command with its payload: refused (with a notice saying why) when it edits and the map
 * cannot be edited, skipped when it is not enabled. Undefined when it did not run.
 */
export function execute<Args, Result>(
  command: Command<Args, Result>,
  ctx: CommandContext,
  args: Args,
): Result | undefined {
  const outcome = attempt(command, ctx, args)
  return outcome.ran ? outcome.result : undefined
}

function attempt<Args, Result>(
  command: Command<Args, Result>,
  ctx: CommandContext,
  args: Args,
): { ran: true; result: Result } | { ran: false } {
  if (command.allowedIn !== 'view') {
    const state = ctx.store.getState()
    let blocked: string | null
    if (command.allowedIn === 'comment') blocked = commentBlocker(state)
    else if (command.ignoresFreeze) {
      blocked = editBlocker({
        role: state.role,
        newerDoc: state.newerDoc,
        connection: state.connection,
      })
    } else
      blocked =
        editBlocker(state) ?? freezeBlocker(state.map, command.moves === true, currentMessages())
    if (blocked !== null) {
      notify(ctx.store, blocked, 'error')
      return { ran: false }
    }
  }
  if (command.enabled && !command.enabled(ctx, args)) return { ran: false }
  return { ran: true, result: command.run(ctx, args) }
}

export function createRegistry(commands: readonly AnyCommand[]): CommandRegistry {
  const byId = new Map<string, AnyCommand>()
  const byShortcut = new Map<string, AnyCommand>()
  for (const command of commands) {
    if (byId.has(command.id)) throw new Error(`two commands have the id "${command.id}"`)
    byId.set(command.id, command)
    for (const shortcut of command.shortcuts ?? []) {
      const key = normaliseShortcut(shortcut)
      const other = byShortcut.get(key)
      if (other)
        throw new Error(`"${shortcut}" is claimed by both "${other.id}" and "${command.id}"`)
      byShortcut.set(key, command)
    }
  }
  return {
    all: commands,
    get(id) {
      const command = byId.get(id)
      if (!command) throw new Error(`unknown command "${id}"`)
      return command
    },
    match: (event, isMac) => byShortcut.get(shortcutOf(event, isMac)),
    run(id, ctx) {
      const command = byId.get(id)
      return command !== undefined && attempt(command, ctx, undefined).ran
    },
  }
}

/** "mod+shift+z" form: modifiers in a fixed order, key lower-cased. */
export function normaliseShortcut(shortcut: string): string {
  const match = /^((?:(?:mod|alt|shift)\+)*)(.+)$/i.exec(shortcut.trim())
  if (!match) throw new Error(`cannot read the shortcut "${shortcut}"`)
  const mods = new Set((match[1] ?? '').toLowerCase().split('+').filter(Boolean))
  const key = (match[2] ?? '').toLowerCase()
  return [...['mod', 'alt', 'shift'].filter((mod) => mods.has(mod)), key].join('+')
}

export function shortcutOf(event: KeyLike, isMac: boolean): string {
  const key = event.key.toLowerCase()
  // For symbols the shift key is part of the character ("?" is Shift+/), so it is not a modifier.
  const symbol = event.key.length === 1 && !/[a-z0-9]/i.test(event.key)
  const mods = [
    (isMac ? event.metaKey : event.ctrlKey) ? 'mod' : '',
    event.altKey ? 'alt' : '',
    event.shiftKey && !symbol ? 'shift' : '',
  ].filter(Boolean)
  return [...mods, key].join('+')
}

/** How a shortcut reads on this platform: "⌘⇧Z" on a Mac, "Ctrl+Shift+Z" elsewhere. */
export function displayShortcut(shortcut: string, isMac: boolean): string {
  const parts = normaliseShortcut(shortcut).split('+')
  const key = parts.pop() ?? ''
  const names: Record<string, string> = isMac
    ? { mod: '⌘', alt: '⌥', shift: '⇧' }
    : { mod: 'Ctrl', alt: 'Alt', shift: 'Shift' }
  const keyNames: Record<string, string> = {
    arrowleft: '←',
    arrowright: '→',
    arrowup: '↑',
    arrowdown: '↓',
    delete: 'Del',
    backspace: '⌫',
    escape: 'Esc',
  }
  const label = keyNames[key] ?? (key.length === 1 ? key.toUpperCase() : key)
  const mods = parts.map((part) => names[part] ?? part)
  return isMac ? [...mods, label].join('') : [...mods, label].join('+')
}

export const isMacPlatform = () =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
