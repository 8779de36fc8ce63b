import { language } from './catalogue.ts'

/** Swahili strings for every user-visible label in the react package (see `catalogue.ts`). */
export const sw = language(1)
