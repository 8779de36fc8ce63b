import { builderMessages } from './builder.ts'
import { composerMessages } from './composer.ts'
import { dayTimeMessages } from './day-time.ts'
import { draftLabels } from './draft-labels.ts'
import type { Message, Wording } from './message.ts'
import { previewMessages } from './preview.ts'
import { punctuationMessages } from './punctuation.ts'
import { sendMessages } from './send.ts'
import { starterMessages } from './starter.ts'

type Merged<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Merged<Rest>
  : unknown

// A call marked pure rather than a spread: a bundler drops an unused pure call, but keeps an
// object spread (it could run a getter), so a page would carry every part's labels.
const merge = <T extends readonly object[]>(...parts: T): Merged<T> => Object.assign({}, ...parts)

/**
 * Every user-visible label of the react package, as [English, Swahili]. Flat keys, grouped by
 * a dotted prefix per component. WhatsApp's own labels ("Send location", "View items", …) use
 * the wording WhatsApp shows in each language. What core produces (issue sentences, phone
 * reasons, what a failed send means) comes from core's catalogues (`getCoreMessages`), not
 * from here.
 *
 * Each component translates from its own part of it (`PREVIEW_LABELS`, `SEND_LABELS`,
 * `BUILDER_LABELS` below), so a page with the preview alone carries none of the builder's
 * labels; the whole catalogue is for `getTranslator`, `messagesEn` and `messagesSw`.
 *
 * Swahili is in the Tanzanian register a shop clerk uses. WhatsApp's own Swahili labels are
 * used where WhatsApp has them; a status that stands alone takes the i- form WhatsApp uses
 * (Imetumwa, Imewasilishwa), and a sentence about the message names it ("Ujumbe utatumwa …").
 */
const CATALOGUE = /* @__PURE__ */ merge(
  draftLabels,
  builderMessages,
  composerMessages,
  dayTimeMessages,
  previewMessages,
  sendMessages,
  starterMessages,
  punctuationMessages,
)

type Catalogue = typeof CATALOGUE

/** Every key's [English, Swahili] wording. */
export const catalogue: { readonly [K in MessageKey]: Wording } = CATALOGUE

/** The keys every catalogue must define. */
export type MessageKey = keyof Catalogue

/**
 * The keys that are a language's settings rather than its words, each with the values it takes:
 * left out, the language's default rules (`'names.inSentence'`: lowercase, but German and
 * Luxembourgish keep a name's capital, as they write nouns).
 */
interface LanguageSettings {
  /** How a label stands inside the catalogue's sentences ("Umeongeza kitufe 2", de "Formatierung von Fußzeile"). */
  readonly 'names.inSentence'?: 'as written' | 'lowercase'
}

/**
 * A complete catalogue: every key of the English one, no more, no less; a setting
 * (`'names.inSentence'`) may be left to the language's default.
 */
export type Messages = { readonly [K in Exclude<MessageKey, keyof LanguageSettings>]: Message } & LanguageSettings

/** One language's column of the catalogue: 0 English, 1 Swahili. */
export function language<L extends 0 | 1>(column: L): { readonly [K in MessageKey]: Catalogue[K][L] } {
  const messages: Record<string, Message> = {}
  for (const [key, wording] of Object.entries(CATALOGUE)) messages[key] = wording[column]
  return messages as { readonly [K in MessageKey]: Catalogue[K][L] }
}

/** The labels the preview shows: WhatsApp's own words on buttons, sheets and replies. */
export const PREVIEW_LABELS = /* @__PURE__ */ merge(previewMessages, punctuationMessages)

/**
 * The labels the send dialog and the composer's send step show: the send's statuses, the
 * dialog's parts, until when the 24-hour window is open, and the preview's (the dialog shows the
 * message, and the customer's answer in the preview's words).
 */
export const SEND_LABELS = /* @__PURE__ */ merge(
  sendMessages,
  composerMessages,
  dayTimeMessages,
  previewMessages,
  punctuationMessages,
)

/**
 * The labels the builder shows: the draft's fields, options and fix-its, the builder's own words,
 * when a draft kept in another tab was saved, and the words a new draft starts with.
 */
export const BUILDER_LABELS = /* @__PURE__ */ merge(
  draftLabels,
  builderMessages,
  dayTimeMessages,
  starterMessages,
  punctuationMessages,
)

/** A key the preview shows. */
export type PreviewKey = keyof typeof PREVIEW_LABELS
/** A key the send dialog shows. */
export type SendKey = keyof typeof SEND_LABELS
/** A key the builder shows. */
export type BuilderKey = keyof typeof BUILDER_LABELS
