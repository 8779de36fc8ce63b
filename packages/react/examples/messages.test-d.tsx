import {
  BriqProvider,
  InteractiveBuilder,
  InteractiveComposer,
  InteractivePreview,
  type Messages,
  SendInteractiveDialog,
} from '@briq-interactive/react'

// A host's wording is checked by key: a misspelt key, a key the kit does not have, or a plural
// given as a bare number fails to compile instead of leaving the kit's word silently in place.

export const inline = <InteractivePreview value={{ type: 'button' }} messages={{ 'preview.viewItems': 'Menu' }} />

export const misspelt = (
  // @ts-expect-error 'preview.viewItem' is not a key ('preview.viewItems' is).
  <InteractivePreview value={{ type: 'button' }} messages={{ 'preview.viewItem': 'Menu' }} />
)

// Kept in a variable, the wording is checked where it is written, with `satisfies`.
export const swahili = {
  'builder.tab.json': 'Msimbo',
  'builder.count.row': { one: 'Safu {count} kati ya {limit}', other: 'Safu {count} kati ya {limit}' },
} satisfies Partial<Messages>

export const builder = <InteractiveBuilder locale="sw" messages={swahili} />

export const wrongForm = {
  // @ts-expect-error a plural needs its `one` and `other` forms.
  'builder.issues.errors': { one: 'Kosa {count}' },
} satisfies Partial<Messages>

export const unknownKey = {
  // @ts-expect-error 'builder.tabs.json' is not a key.
  'builder.tabs.json': 'Msimbo',
} satisfies Partial<Messages>

// The provider takes the same wording for every component below it, and core's sentences too.
export const provided = (
  <BriqProvider
    endpoint="/api/briq"
    locale="sw"
    messages={swahili}
    coreMessages={{ issues: { too_long: (issue) => `Hadi herufi ${issue.limit}` } }}
  >
    <InteractiveComposer coreMessages={{ sendFailure: { window_closed: () => 'Tuma kiolezo' } }} />
  </BriqProvider>
)

export const misspeltCore = (
  // @ts-expect-error 'too_longg' is no issue code or reason ('too_long' is).
  <InteractiveBuilder coreMessages={{ issues: { too_longg: () => '' } }} />
)

export const misspeltProviderCore = (
  // @ts-expect-error 'window_close' is no send failure ('window_closed' is).
  <BriqProvider endpoint="/api/briq" coreMessages={{ sendFailure: { window_close: () => '' } }} />
)

// A locale is read by its language, as a host's own i18n or navigator.language gives it: any tag
// compiles (one the kit does not speak shows English), and 'en' and 'sw' are still offered.
export const regionalLocale = (
  <BriqProvider endpoint="/api/briq" locale="sw-TZ">
    <InteractiveComposer locale={navigator.language} />
    <InteractiveBuilder locale="sw_KE" />
    <InteractivePreview value={{ type: 'button' }} locale={navigator.languages[0]} />
    <SendInteractiveDialog interactive={{}} locale="en-GB" />
  </BriqProvider>
)

export const notALocale = (
  // @ts-expect-error a locale is a language tag, not a number.
  <BriqProvider endpoint="/api/briq" locale={255} />
)

export const dialogCore = (
  <SendInteractiveDialog interactive={{}} coreMessages={{ issues: { recipient_digits: () => 'Namba si sahihi' } }} />
)

// A whole catalogue in a third language, typed as `Messages`: the compiler names every key left
// out, a new draft's starter words and the colon and full stop included (words a clerk and a
// customer read), while how a name stands in a sentence is a setting, the language's rule when
// left out (German keeps a noun's capital), and takes only the values the builder reads.
declare const messagesDe: Messages
const { 'names.inSentence': _rule, ...wordsOnly } = messagesDe
export const settingLeftOut: Messages = wordsOnly
export const settingGiven: Messages = { ...wordsOnly, 'names.inSentence': 'as written' }

const { 'starter.button.body': _starter, ...noStarterBody } = messagesDe
// @ts-expect-error a new draft's words are words: left out, a German builder starts in English.
export const starterLeftOut: Messages = noStarterBody

const { 'punctuation.colon': _colon, ...noColon } = messagesDe
// @ts-expect-error the colon after "Fehler" is the language's.
export const colonLeftOut: Messages = noColon

export const misspeltSetting = {
  // @ts-expect-error 'as writen' is no way of writing a name ('as written' is).
  'names.inSentence': 'as writen',
} satisfies Partial<Messages>

export const pluralSetting = {
  // @ts-expect-error a setting has no plural forms.
  'names.inSentence': { one: 'lowercase', other: 'lowercase' },
} satisfies Partial<Messages>
