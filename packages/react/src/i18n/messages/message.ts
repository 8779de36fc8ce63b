/**
 * A message whose wording depends on `{count}`, one form per plural category of the language
 * (`Intl.PluralRules`: CLDR's zero, one, two, few, many, other). `one` and `other` are always
 * given; a category the message leaves out is worded by `other`, so English and Swahili need
 * only those two, while a host's Arabic catalogue gives all six ("خطأ واحد", "خطآن", "3 أخطاء",
 * "11 خطأً", "100 خطأ") and a French one words 0 and 1 by `one`, as French rules count them.
 */
export interface PluralMessage {
  /** The wording for a count the language calls zero (Arabic 0, Latvian 0 and 10–20); else `other`. */
  readonly zero?: string
  /** The wording for a count of one (by the language's plural rules: French also 0 and 1.5). */
  readonly one: string
  /** The wording for a count the language calls two (Arabic, Hebrew, Welsh 2); else `other`. */
  readonly two?: string
  /** The wording for a count the language calls few (Arabic 3–10, Polish 2–4); else `other`. */
  readonly few?: string
  /** The wording for a count the language calls many (Arabic 11–99, Polish 5–21); else `other`. */
  readonly many?: string
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
