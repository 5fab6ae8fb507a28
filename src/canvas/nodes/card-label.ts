/**
 * The id of a card's hidden label ("Touchpoint <title>"), which names the card's React Flow node
 * through `aria-labelledby`: the name follows the title without React Flow getting a new node.
 */
export const cardLabelId = (id: string) => `card-label-${id}`
