import type { Messages } from '../catalogue'
import { pluralFor } from '../format'

const p = pluralFor('de')

export const mapList: Messages['mapList'] = {
  tagline: 'Customer Journey Maps, gemeinsam gezeichnet',
  newMap: 'Neue Map',
  newMapTitle: 'Neue Journey Map aus einer Vorlage erstellen',
  heading: 'Journey Maps',
  mapCount: (n) => p(n, { one: '# Map', other: '# Maps' }),
  loadFailed: (reason) => `Die Maps konnten nicht geladen werden: ${reason}`,
  tryAgain: 'Erneut versuchen',
  search: 'Maps durchsuchen',
  sort: 'Maps sortieren',
  sorts: {
    recent: 'Zuletzt bearbeitet',
    name: 'Name (A–Z)',
  },
  loading: 'Maps werden geladen…',
  noMatch: (query) => `Keine Map passt zu „${query}“.`,
  created: (title) => `„${title}“ erstellt.`,
  renamed: (title) => `Umbenannt in „${title}“.`,
  deleted: (title) => `„${title}“ gelöscht.`,
  duplicateFailed: (title, reason) => `„${title}“ konnte nicht dupliziert werden: ${reason}`,
  empty: {
    title: 'Noch keine Journey Maps',
    text: 'Beginnen Sie mit einer Vorlage wie den klassischen fünf Phasen oder einer Omnichannel-Einkaufsreise – oder mit einer leeren Fläche. Alle mit dem Link bearbeiten sie live.',
    createTitle: 'Vorlage für die erste Map wählen',
    create: 'Erste Map erstellen',
  },
  card: {
    untitled: 'Unbenannte Journey',
    open: (title) => `„${title}“ öffnen`,
    edited: (when) => `bearbeitet ${when}`,
    rename: (title) => `${title} umbenennen`,
    renameTip: 'Umbenennen',
    duplicate: (title) => `${title} duplizieren`,
    duplicateTip: 'Duplizieren: eine Kopie mit dem aktuellen Inhalt',
    delete: (title) => `${title} löschen`,
    deleteTip: 'Löschen…',
  },
  counts: {
    empty: 'Leer: noch keine Phasen oder Karten',
    phases: (n) => p(n, { one: '# Phase', other: '# Phasen' }),
    cards: (n) => p(n, { one: '# Karte', other: '# Karten' }),
    painPoints: (n) => p(n, { one: '# Pain Point', other: '# Pain Points' }),
  },
  rename: {
    title: 'Map umbenennen',
    field: 'Titel',
    hint: 'Alle, die die Map geöffnet haben, sehen den neuen Titel sofort.',
    cancelTitle: 'Alten Titel behalten',
    saveTitle: 'Neuen Titel speichern',
    failed: (reason) => `Die Map konnte nicht umbenannt werden: ${reason}`,
  },
  delete: {
    title: (title) => `„${title}“ löschen?`,
    text: 'Die Map wird mit allen Phasen, Touchpoints und Notizen für alle entfernt. Wer sie geöffnet hat, wird getrennt. Dies kann nicht rückgängig gemacht werden.',
    cancelTitle: 'Map behalten',
    confirmTitle: (title) => `„${title}“ endgültig löschen`,
    confirm: 'Map löschen',
    failed: (reason) => `Die Map konnte nicht gelöscht werden: ${reason}`,
  },
}
