import { builderMessages } from './builder.ts'
import { composerMessages } from './composer.ts'
import { dayTimeMessages } from './day-time.ts'
import { draftLabels } from './draft-labels.ts'
import type { Message } from './message.ts'
import { previewMessages } from './preview.ts'
import { sendMessages } from './send.ts'

/**
 * Every user-visible label of the react package, as [English, Swahili]. Flat keys, grouped by
 * a dotted prefix per component. WhatsApp's own labels ("Send location", "View items", …) use
 * the wording WhatsApp shows in each language. What core produces (issue sentences, phone
 * reasons, what a failed send means) comes from core's catalogues (`getCoreMessages`), not
 * from here.
 *
 * Swahili is in the Tanzanian register a shop clerk uses. WhatsApp's own Swahili labels are
 * used where WhatsApp has them; a status that stands alone takes the i- form WhatsApp uses
 * (Imetumwa, Imewasilishwa), and a sentence about the message names it ("Ujumbe utatumwa …").
 */
const CATALOGUE = {
  ...draftLabels,
  ...builderMessages,
  ...composerMessages,
  ...dayTimeMessages,
  ...previewMessages,
  ...sendMessages,
}

type Catalogue = typeof CATALOGUE

/** The keys every catalogue must define. */
export type MessageKey = keyof Catalogue

/** A complete catalogue: every key of the English one, no more, no less. */
export type Messages = { readonly [K in MessageKey]: Message }

/** One language's column of the catalogue: 0 English, 1 Swahili. */
export function language<L extends 0 | 1>(column: L): { readonly [K in MessageKey]: Catalogue[K][L] } {
  const messages: Record<string, Message> = {}
  for (const [key, wording] of Object.entries(CATALOGUE)) messages[key] = wording[column]
  return messages as { readonly [K in MessageKey]: Catalogue[K][L] }
}
