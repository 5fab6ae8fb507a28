import type { Messages } from '../catalogue'

export const app: Messages['app'] = {
  allMaps: 'Alle Maps',
  mapTitle: 'Titel der Map',
  untitledMap: 'Unbenannte Journey',
  documentTitle: (title: string) => `${title} · Trailmap`,
  history: 'Verlauf',
  historyLabel: 'Versionsverlauf',
  historyTip: 'Versionsverlauf (Umschalt+H)',
  share: 'Teilen',
  shareLabel: 'Map teilen',
  closedHeading: 'Diese Map lässt sich nicht öffnen',
  closedReason: 'Der Server hat die Verbindung beendet.',
  backToMaps: 'Zurück zu allen Maps',
  newerDoc:
    'Diese Map wurde mit einer neueren Trailmap-Version gespeichert. Sie lässt sich hier ansehen und exportieren; zum Ändern mit der neueren Version öffnen.',
  newMapTimeout:
    'Der Server hat nicht rechtzeitig geantwortet. Bitte die Verbindung prüfen und es erneut versuchen.',
  newMapClosed: 'Der Server hat die Verbindung zur neuen Map beendet.',
  blocked: {
    preview: 'Hier ist eine frühere Version zu sehen. Für Änderungen zurück zur Live-Map wechseln.',
    closed: 'Diese Map ist geschlossen: Der Server nimmt von dieser Seite keine Änderungen an.',
    newer:
      'Diese Map wurde mit einer neueren Trailmap-Version gespeichert; sie wird hier schreibgeschützt gezeigt.',
    pending: 'Die Rechte dieses Links werden noch geprüft; bitte gleich noch einmal versuchen.',
    view: 'Dieser Link ist nur zum Ansehen. Für Änderungen den Bearbeitungslink anfragen.',
    comment:
      'Mit diesem Link lässt sich kommentieren und abstimmen, aber nichts an der Map ändern. Für Änderungen den Bearbeitungslink anfragen.',
    viewComment:
      'Dieser Link ist nur zum Ansehen. Zum Kommentieren oder Abstimmen den Kommentarlink anfragen.',
  },
  dismiss: 'Schließen',
  shortcuts: {
    title: 'Tastenkürzel',
    none: 'Kein Kürzel',
    or: 'oder',
    mouse: 'Maus',
    gestures: [
      { gesture: 'Doppelklick auf die Arbeitsfläche', action: 'Touchpoint hinzufügen' },
      {
        gesture: 'Vom rechten Anfasser einer Karte ziehen',
        action: 'Mit einer anderen Karte verbinden',
      },
      { gesture: 'Umschalt-Klick', action: 'Zur Auswahl hinzufügen oder daraus entfernen' },
      { gesture: 'Auf freier Fläche ziehen', action: 'Mit einem Rahmen auswählen' },
      {
        gesture: 'Mit rechter oder mittlerer Taste ziehen, oder scrollen',
        action: 'Ansicht verschieben',
      },
    ],
  },
}
