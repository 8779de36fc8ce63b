import type { InteractiveTapReply, ProductCatalogue } from '@briq-interactive/core'
import { createContext, type RefObject, useContext } from 'react'
import { PREVIEW_LABELS, type PreviewTranslate, translatorFor } from '../i18n/messages.ts'
import { type IssueIndex, NO_ISSUES } from './issue-index.ts'

/**
 * What the preview's parts share that stays the same while the draft changes, so a keystroke
 * does not re-render every part that reads it (the draft's issues have their own context).
 */
export interface PreviewContextValue {
  t: PreviewTranslate
  /** Formatted HH:MM, or '' before the client has a clock. */
  time: string
  /**
   * The phone frame, where the list sheet is portalled so it looks like the phone's sheet. A ref,
   * not state: the sheet only opens after mount, and a state would render the preview twice.
   */
  frame: RefObject<HTMLElement | null>
  /** Plays the customer: shows the reply bubble and calls the user's `onReply`. */
  reply(reply: InteractiveTapReply): void
  /** The preview's language (prices are written its way). */
  locale: string
  /**
   * The `lang` of the message's own words (its header, body, footer, titles): the host's
   * `messageLang`, or '' (unknown, as HTML writes it) when not given.
   */
  messageLang: string
  /** Names, prices and pictures of the products the draft names by id, when the host gave them. */
  catalogue: ProductCatalogue | undefined
}

export const PreviewContext = createContext<PreviewContextValue>({
  t: translatorFor(PREVIEW_LABELS, 'en'),
  time: '',
  frame: { current: null },
  reply: () => {},
  locale: 'en',
  messageLang: '',
  catalogue: undefined,
})
if (process.env.NODE_ENV !== 'production') PreviewContext.displayName = 'PreviewContext'

/** Core's issues for the draft being shown. */
export const IssuesContext = createContext<IssueIndex>(NO_ISSUES)
if (process.env.NODE_ENV !== 'production') IssuesContext.displayName = 'IssuesContext'

/**
 * The customer's country calling code, in which WhatsApp reads a number written without one
 * (`0712 345 678`); undefined links only numbers written with their code.
 */
export const ReaderCountryContext = createContext<string | undefined>(undefined)
if (process.env.NODE_ENV !== 'production') ReaderCountryContext.displayName = 'ReaderCountryContext'

/** The preview's shared state; parts used outside a preview get English. */
export const usePreview = (): PreviewContextValue => useContext(PreviewContext)

/** The draft's issues; parts used outside a preview get none. */
export const useIssues = (): IssueIndex => useContext(IssuesContext)

/**
 * The `lang` of the preview's own words (`key`'s, `t.langOf`) set inside the message's (an
 * overflow's note, "Read more"), where it is not the message's.
 */
export const kitLangInside = (
  preview: Pick<PreviewContextValue, 't' | 'messageLang'>,
  key: Parameters<PreviewTranslate['langOf']>[0],
): string | undefined => {
  const lang = preview.t.langOf(key)
  return lang === preview.messageLang ? undefined : lang
}
