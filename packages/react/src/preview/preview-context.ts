import type { InteractiveReply } from '@briq-interactive/core'
import { createContext, useContext } from 'react'
import { getTranslator, type Translate } from '../i18n/messages.ts'
import { type IssueIndex, NO_ISSUES } from './issue-index.ts'

/** Everything the preview's parts share. */
export interface PreviewContextValue {
  t: Translate
  issues: IssueIndex
  /** Formatted HH:MM, or '' before the client has a clock. */
  time: string
  /** Where the list sheet is portalled: the phone frame, so it looks like the phone's sheet. */
  frame: HTMLElement | null
  /** Plays the customer: shows the reply bubble and calls the user's `onReply`. */
  reply(reply: InteractiveReply): void
}

export const PreviewContext = createContext<PreviewContextValue>({
  t: getTranslator('en'),
  issues: NO_ISSUES,
  time: '',
  frame: null,
  reply: () => {},
})
PreviewContext.displayName = 'PreviewContext'

/** The preview's shared state; parts used outside a preview get English and no issues. */
export const usePreview = (): PreviewContextValue => useContext(PreviewContext)
