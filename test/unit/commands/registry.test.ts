import { describe, expect, it } from 'vitest'
import { commands } from '../../../src/commands'
import {
  createRegistry,
  displayShortcut,
  normaliseShortcut,
  shortcutOf,
} from '../../../src/commands/registry'

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean }> = {}) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: false,
})

describe('command registry', () => {
  it('refuses two commands on one shortcut', () => {
    const run = () => {}
    expect(() =>
      createRegistry([
        { id: 'a', label: () => 'A', group: 'Edit', allowedIn: 'edit', shortcuts: ['Mod+K'], run },
        { id: 'b', label: () => 'B', group: 'Edit', allowedIn: 'edit', shortcuts: ['mod+k'], run },
      ]),
    ).toThrow('"mod+k" is claimed by both "a" and "b"')
  })

  it('refuses a duplicate id', () => {
    const run = () => {}
    expect(() =>
      createRegistry([
        { id: 'a', label: () => 'A', group: 'Edit', allowedIn: 'edit', run },
        { id: 'a', label: () => 'A again', group: 'Edit', allowedIn: 'edit', run },
      ]),
    ).toThrow('two commands have the id "a"')
  })

  it('the editor registry builds, and every command has a label and a group', () => {
    expect(commands.all.length).toBeGreaterThan(15)
    for (const command of commands.all) {
      expect(command.label.length).toBeGreaterThan(0)
      expect(['Edit', 'Insert', 'Selection', 'View', 'Map', 'Workshop', 'Help']).toContain(
        command.group,
      )
    }
  })

  it('matches Ctrl on Linux/Windows and Cmd on a Mac', () => {
    expect(commands.match(key('z', { ctrl: true }), false)?.id).toBe('undo')
    expect(commands.match(key('z', { meta: true }), true)?.id).toBe('undo')
    expect(commands.match(key('z', { meta: true }), false)).toBeUndefined()
    expect(commands.match(key('Z', { ctrl: true, shift: true }), false)?.id).toBe('redo')
  })

  it('treats Shift as part of a symbol ("?" is Shift+/)', () => {
    expect(shortcutOf(key('?', { shift: true }), false)).toBe('?')
    expect(commands.match(key('?', { shift: true }), false)?.id).toBe('help')
    expect(commands.match(key('+', { shift: true }), false)?.id).toBe('zoom-in')
  })

  it('normalises and displays shortcuts', () => {
    expect(normaliseShortcut('Shift+Mod+Z')).toBe('mod+shift+z')
    expect(normaliseShortcut('Mod++')).toBe('mod++')
    expect(normaliseShortcut('+')).toBe('+')
    expect(displayShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z')
    expect(displayShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z')
    expect(displayShortcut('ArrowLeft', false)).toBe('←')
  })
})
