import type { Messages } from '../catalogue'

export const personas: Messages['personas'] = {
  menu: 'Personas',
  menuWithCount: (count: number) => `Personas (${count})`,
  ofThisMap: 'Personas dieser Map',
  empty:
    'Noch keine Personas. Mit einer Persona lassen sich ihre Emotionskurve zeichnen und die Karten filtern.',
  unnamed: 'Unbenannte Persona',
  showOnly: (name: string) => `Nur Karten von ${name} zeigen`,
  showAll: 'Alle Karten zeigen',
  onCurve: (name: string) => `${name} auf der Emotionskurve`,
  hideFromCurve: 'Auf der Emotionskurve ausblenden',
  showOnCurve: 'Auf der Emotionskurve zeigen',
  add: 'Persona hinzufügen',
}
