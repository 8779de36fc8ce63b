import { getAt } from './draft-path.ts'

/**
 * Each carousel card's sort key in the order WhatsApp shows the cards, left to right by
 * card_index (media carousel guide): its card_index when every card holds a distinct whole
 * number, else its place in the list.
 */
export function shownCardKeys(cards: readonly unknown[]): number[] {
  const indexes = cards.map((card) => getAt(card, ['card_index']))
  const usable = indexes.every((index) => Number.isInteger(index)) && new Set(indexes).size === indexes.length
  return usable ? (indexes as number[]) : cards.map((_, place) => place)
}

/** The places in the list of the cards whose sort keys are `keys`, in the order of those keys. */
export function placesInKeyOrder(keys: readonly number[]): number[] {
  return keys.map((_, place) => place).sort((a, b) => (keys[a] as number) - (keys[b] as number))
}

/** The places in the list of `cards`, in the order WhatsApp shows them. */
export function shownCardOrder(cards: readonly unknown[]): number[] {
  return placesInKeyOrder(shownCardKeys(cards))
}
