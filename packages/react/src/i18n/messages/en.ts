import { language } from './catalogue.ts'

export type { MessageKey, Messages } from './catalogue.ts'
export type { Message, PluralMessage } from './message.ts'

/** English strings for every user-visible label in the react package (see `catalogue.ts`). */
export const en = language(0)
