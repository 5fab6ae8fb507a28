// The shortcuts dialog's content, built from the command registry so it never drifts from what
// the keyboard actually does.

import type { Command } from '../../commands/types'
import type { Messages } from '../../domain/i18n'
import { displayShortcut } from '../../commands/registry'

export interface ShortcutRow {
  id: string
  label: string
  /** Each shortcut as this platform writes it ("Ctrl+Shift+Z", "⌘⇧Z"). */
  keys: string[]
}

export interface ShortcutSection {
  group: string
  /** The group's name in the interface language. */
  heading: string
  rows: ShortcutRow[]
}

// Typed loosely so a new group in the registry only sorts last instead of failing to compile.
const GROUP_ORDER: readonly string[] = [
  'Edit',
  'Insert',
  'Selection',
  'View',
  'Map',
  'Workshop',
  'Help',
]

/** Commands grouped by `group`, groups in a fixed order (unknown ones last), commands in order. */
export function shortcutSections(
  commands: readonly Command[],
  isMac: boolean,
  messages: Messages,
): ShortcutSection[] {
  const byGroup = new Map<string, ShortcutRow[]>()
  for (const command of commands) {
    if (command.listed === false) continue
    const rows = byGroup.get(command.group) ?? []
    rows.push({
      id: command.id,
      label: command.label(messages),
      keys: (command.shortcuts ?? []).map((shortcut) => displayShortcut(shortcut, isMac)),
    })
    byGroup.set(command.group, rows)
  }
  const rank = (group: string) => {
    const index = GROUP_ORDER.indexOf(group)
    return index === -1 ? GROUP_ORDER.length : index
  }
  const headings: Readonly<Record<string, string>> = messages.commands.groups
  return [...byGroup.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([group, rows]) => ({ group, heading: headings[group] ?? group, rows }))
}

export interface Gesture {
  action: string
  gesture: string
}

/** What the mouse does on the canvas (the registry knows only keys). */
export function mouseGestures(messages: Messages): readonly Gesture[] {
  return messages.app.shortcuts.gestures
}
