// The editor's frame: header, banners, the closed-map overlay, the shortcuts dialog, and why an
// edit is refused.
export const app = {
  allMaps: 'All maps',
  mapTitle: 'Map title',
  untitledMap: 'Untitled journey',
  documentTitle: (title: string) => `${title} · Trailmap`,
  history: 'History',
  historyLabel: 'Version history',
  historyTip: 'Version history (Shift+H)',
  share: 'Share',
  shareLabel: 'Share map',
  closedHeading: 'This map cannot be opened',
  closedReason: 'The server closed the connection.',
  backToMaps: 'Back to all maps',
  newerDoc:
    'This map was saved by a newer version of Trailmap. You can look at it and export it here; to change it, open it with the newer version.',
  newMapTimeout: 'The server did not answer in time. Check the connection and try again.',
  newMapClosed: 'The server closed the connection to the new map.',
  blocked: {
    preview: 'You are looking at an earlier version. Go back to the live map to make changes.',
    closed: 'This map is closed: the server does not accept changes to it from this page.',
    newer: 'This map was saved by a newer version of Trailmap; it is shown read-only here.',
    pending: 'Still checking what this link allows; try again in a moment.',
    view: 'This link is view-only. Ask for the edit link to make changes.',
    comment:
      'This link can comment and vote but not change the map. Ask for the edit link to make changes.',
    viewComment: 'This link is view-only. Ask for the comment link to comment or vote.',
  },
  dismiss: 'Dismiss',
  shortcuts: {
    title: 'Keyboard shortcuts',
    none: 'No shortcut',
    or: 'or',
    mouse: 'Mouse',
    gestures: [
      { gesture: 'Double-click the canvas', action: 'Add a touchpoint' },
      { gesture: "Drag from a card's right handle", action: 'Connect it to another card' },
      { gesture: 'Shift-click', action: 'Add to or remove from the selection' },
      { gesture: 'Drag on empty canvas', action: 'Select with a box' },
      { gesture: 'Right- or middle-drag, or scroll', action: 'Pan the view' },
    ],
  },
} as const
