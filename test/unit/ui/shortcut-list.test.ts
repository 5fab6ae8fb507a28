import { describe, expect, it } from 'vitest'
import { commands } from '../../../src/commands'
import type { Command } from '../../../src/commands/types'
import { messagesFor } from '../../../src/domain/i18n'
import { mouseGestures, shortcutSections } from '../../../src/ui/dialogs/shortcut-list'

const command = (id: string, group: Command['group'], shortcuts?: string[]): Command => ({
  id,
  label: () => id,
  group,
  allowedIn: 'view',
  ...(shortcuts ? { shortcuts } : {}),
  run: () => {},
})

const en = messagesFor('en')

describe('shortcuts dialog content', () => {
  it('groups commands in a fixed group order, keeping command order within a group', () => {
    const sections = shortcutSections(
      [
        command('zoom', 'View', ['+']),
        command('undo', 'Edit', ['Mod+Z']),
        command('help', 'Help', ['?']),
        command('redo', 'Edit', ['Mod+Shift+Z', 'Mod+Y']),
      ],
      false,
      en,
    )
    expect(sections.map((s) => s.group)).toEqual(['Edit', 'View', 'Help'])
    expect(sections[0]!.rows).toEqual([
      { id: 'undo', label: 'undo', keys: ['Ctrl+Z'] },
      { id: 'redo', label: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'] },
    ])
  })

  it('writes keys the Mac way on a Mac', () => {
    const [section] = shortcutSections([command('redo', 'Edit', ['Mod+Shift+Z'])], true, en)
    expect(section!.rows[0]!.keys).toEqual(['⌘⇧Z'])
  })

  it('lists every listed command exactly once, and no payload command', () => {
    const ids = shortcutSections(commands.all, false, en).flatMap((s) => s.rows.map((r) => r.id))
    const listed = commands.all.filter((c) => c.listed !== false)
    expect(ids.toSorted()).toEqual(listed.map((c) => c.id).toSorted())
    expect(ids).not.toContain('record.update')
    expect(listed.length).toBeGreaterThan(20)
  })

  it('lists the mouse gestures', () => {
    expect(mouseGestures(en).map((g) => g.action)).toContain('Add a touchpoint')
    expect(mouseGestures(messagesFor('de'))).toHaveLength(5)
  })
})
