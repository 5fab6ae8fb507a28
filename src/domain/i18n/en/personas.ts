// Personas: the toolbar's menu and the names every view of a persona shares.
export const personas = {
  menu: 'Personas',
  /** The menu's button with a count: "Personas (3)". */
  menuWithCount: (count: number) => `Personas (${count})`,
  ofThisMap: 'Personas of this map',
  empty: 'No personas yet. Add one to draw their emotion curve and filter the cards.',
  unnamed: 'Unnamed persona',
  showOnly: (name: string) => `Show only ${name}'s cards`,
  showAll: 'Show all cards',
  onCurve: (name: string) => `${name} on the emotion curve`,
  hideFromCurve: 'Hide from the emotion curve',
  showOnCurve: 'Show on the emotion curve',
  add: 'Add persona',
} as const
