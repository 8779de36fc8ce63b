/** A message whose wording depends on `{count}`: `one` for a count of one, `other` otherwise. */
export interface PluralMessage {
  /** The wording for a count of one (by the language's plural rules). */
  readonly one: string
  /** The wording for any other count. */
  readonly other: string
}

/** One catalogue entry: a string, or plural forms picked by the `count` value. */
export type Message = string | PluralMessage

/**
 * One key's wording in every language the kit speaks: [English, Swahili]. Kept side by side so
 * a key is written once (a browser bundle carries each key once, not once per language) and a
 * translator sees the English beside the Swahili.
 */
export type Wording<M extends Message = Message> = readonly [english: M, swahili: M]
