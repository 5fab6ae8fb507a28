import type { Messages } from '../catalogue'

export const dialogs: Messages['dialogs'] = {
  closeTitle: 'Schließen (Esc)',
  share: {
    title: 'Map teilen',
    links: {
      edit: {
        label: 'Bearbeitungslink',
        copy: 'Bearbeitungslink kopieren',
        note: 'Alle mit diesem Link können die Map ändern.',
      },
      comment: {
        label: 'Kommentarlink',
        copy: 'Kommentarlink kopieren',
        note: 'Für Workshop-Teilnehmende: Sie kommentieren, vergeben Punkte und sehen jede Änderung live, können die Map aber nicht ändern.',
      },
      view: {
        label: 'Ansichtslink',
        copy: 'Ansichtslink kopieren',
        note: 'Mit diesem Link sieht man die Map und jede Änderung live, kann sie aber nicht ändern – für Kunden und Stakeholder.',
      },
    },
    noToken:
      'Dieser Browser hat kein Zugriffstoken für diese Map; der Link funktioniert, solange der Server im offenen Modus läuft.',
    copy: 'Kopieren',
    copied: 'Kopiert',
    copiedStatus: 'Link in die Zwischenablage kopiert.',
    copyManually: 'Strg+C (⌘C auf dem Mac) drücken, um den markierten Link zu kopieren.',
  },
}
