import type { Command } from './types'

export const viewCommands: Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'Edit',
    shortcuts: ['Mod+Z'],
    enabled: ({ store }) => store.getState().canUndo,
    run: ({ store }) => void store.session.history.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: ({ store }) => store.getState().canRedo,
    run: ({ store }) => void store.session.history.redo(),
  },
  {
    id: 'fit-view',
    label: 'Fit map to screen',
    group: 'View',
    shortcuts: ['F'],
    run: ({ viewport }) => viewport?.fitView(),
  },
  { id: 'zoom-in', label: 'Zoom in', group: 'View', shortcuts: ['+', '='], run: ({ viewport }) => viewport?.zoomIn() },
  { id: 'zoom-out', label: 'Zoom out', group: 'View', shortcuts: ['-'], run: ({ viewport }) => viewport?.zoomOut() },
  {
    id: 'toggle-snap',
    label: 'Snap to grid',
    group: 'View',
    shortcuts: ['G'],
    run: ({ store }) => store.setState((s) => ({ snapToGrid: !s.snapToGrid })),
  },
  {
    id: 'toggle-minimap',
    label: 'Show minimap',
    group: 'View',
    shortcuts: ['M'],
    run: ({ store }) => store.setState((s) => ({ showMinimap: !s.showMinimap })),
  },
  {
    id: 'share',
    label: 'Share map',
    group: 'Help',
    run: ({ store }) => store.setState({ shareOpen: true }),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcuts: ['?'],
    run: ({ store }) => store.setState((s) => ({ helpOpen: !s.helpOpen })),
  },
]
