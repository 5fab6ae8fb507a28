import type { Messages } from '../catalogue'

export const presence: Messages['presence'] = {
  people: 'Personen auf dieser Map',
  me: (initials: string, name: string) => `${initials}: ${name} (ich)`,
  meTip: (label: string) => `${label}: Name und Farbe ändern`,
  follow: (name: string) => `${name} folgen`,
  stopFollowing: (name: string) => `${name} nicht mehr folgen`,
  more: (count: number, names: string) => `${count} weitere: ${names}`,
  profileTitle: 'So sehen andere mich',
  yourName: 'Name',
  yourColour: 'Farbe',
  colours: ['Rosé', 'Blau', 'Grün', 'Bernstein', 'Violett', 'Cyan', 'Pink', 'Oliv'],
  canComment: 'Darf kommentieren',
  canCommentTip:
    'Mit diesem Link lässt sich kommentieren und abstimmen, aber nichts an der Map ändern. Zum Ändern den Bearbeitungslink anfragen.',
  viewOnly: 'Nur ansehen',
  viewOnlyTip:
    'Dieser Link zeigt die Map live, erlaubt aber keine Änderungen. Zum Ändern den Bearbeitungslink anfragen.',
  connection: {
    connected: 'Verbunden',
    connectedTip: 'Verbunden: Änderungen werden live geteilt',
    connecting: 'Verbinde…',
    connectingTip: 'Verbindung zum Server wird aufgebaut',
    reconnecting: 'Verbinde erneut…',
    reconnectingTip:
      'Verbindung verloren, neuer Versuch läuft. Änderungen bleiben erhalten und werden synchronisiert.',
    offline: 'Offline',
    kept: 'Änderungen bleiben erhalten und werden synchronisiert',
    offlineTip: 'Offline. Änderungen bleiben erhalten und werden synchronisiert.',
    disconnected: 'Getrennt',
    notSaved: 'Nicht gespeichert',
    endedByServer: 'Der Server hat die Verbindung beendet',
    disconnectedTip: (reason: string) => `Getrennt: ${reason}`,
  },
}
