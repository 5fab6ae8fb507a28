// Who is here, the connection pill and this link's role.
export const presence = {
  people: 'People on this map',
  me: (initials: string, name: string) => `${initials}: ${name} (you)`,
  meTip: (label: string) => `${label}: change your name and colour`,
  follow: (name: string) => `Follow ${name}`,
  stopFollowing: (name: string) => `Stop following ${name}`,
  more: (count: number, names: string) => `${count} more: ${names}`,
  profileTitle: 'How others see you',
  yourName: 'Your name',
  yourColour: 'Your colour',
  colours: ['Rose', 'Blue', 'Green', 'Amber', 'Violet', 'Cyan', 'Pink', 'Olive'],
  canComment: 'Can comment',
  canCommentTip:
    'This link lets you comment and vote, not change the map. Ask for the edit link to change it.',
  viewOnly: 'View only',
  viewOnlyTip:
    'This link shows the map live but does not allow changes. Ask for the edit link to change it.',
  connection: {
    connected: 'Connected',
    connectedTip: 'Connected: changes are shared live',
    connecting: 'Connecting…',
    connectingTip: 'Connecting to the server',
    reconnecting: 'Reconnecting…',
    reconnectingTip: 'Connection lost, trying again. Edits are kept and will sync.',
    offline: 'Offline',
    kept: 'Edits are kept and will sync',
    offlineTip: 'Offline. Edits are kept and will sync.',
    disconnected: 'Disconnected',
    notSaved: 'Not saved',
    endedByServer: 'The server ended the connection',
    disconnectedTip: (reason: string) => `Disconnected: ${reason}`,
  },
} as const
