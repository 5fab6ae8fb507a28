import type { Messages } from '../catalogue'

export const common: Messages['common'] = {
  appName: 'Trailmap',
  close: 'Schließen',
  cancel: 'Abbrechen',
  save: 'Speichern',
  delete: 'Löschen',
  done: 'Fertig',
  language: 'Sprache',
  justNow: 'gerade eben',
}
