/**
 * The tag `Intl` writes dates and lists with for a language the kit's words are shown in
 * (`shownLanguage`): English as East Africa writes it, day before month and no comma before the
 * last of a list ("Fri 4 Dec", "a, b and c": `en-GB`); any other as it is (`sw`, a host's `fr`,
 * `ar`), so a host's own catalogue gets its language's dates and lists.
 */
export const intlLocaleOf = (lang: string): string => (lang === 'en' ? 'en-GB' : lang)
