import { hasVisibleText, type InteractiveReply } from '@briq-interactive/core'
import { memo, type ReactNode } from 'react'
import { LeavingWords } from '../dom/leaving-words.tsx'
import { useWordsOfTheMoment } from '../dom/use-words-of-the-moment.ts'
import type { PreviewTranslate } from '../i18n/messages.ts'
import { withColon } from '../i18n/punctuation.ts'
import { replyWords } from './reply-words.ts'

/** Props of `ReplyAnnouncement`. */
export interface ReplyAnnouncementProps {
  /** The reply tapped or chosen in the preview, or null when there is none to say. */
  reply: InteractiveReply | null
  /** Counts the taps: a new one is said again, even in the same words. */
  tap: number
  t: PreviewTranslate
  /** The preview's language: the region sits outside the preview's `lang`, so it says it itself. */
  lang: string
}

/** The words said for one tap, in the language it was made in. */
interface Said {
  tap: number
  lang: string
  text: string
}

/** "You: Leo jioni" (with a row's description after a comma). */
function spokenReply(reply: InteractiveReply, t: PreviewTranslate): string {
  const words = replyWords(reply, t)
  // A tap on a button or row of no visible text yet (a draft's) is said by the name it had there.
  const text = hasVisibleText(words.text)
    ? words.text
    : t(reply.type === 'list_reply' ? 'preview.untitledRow' : 'preview.untitledButton')
  return `${withColon(t, 'preview.reply.you')}${text}${words.description ? `, ${words.description}` : ''}`
}

/**
 * A polite live region that says a reply made in the preview once ("You: Leo jioni"): focus
 * stays on the button or returns to the list button, so the new bubble would appear unheard.
 * Always rendered, as a region added with its words is not reliably read out; the bubble itself
 * is not live, so its ticks going on to read say nothing. No role="status": a page's status (the
 * send dialog's, the builder's) stays the one status there is. Rendered beside the preview's
 * region, not in it: a modal dialog (Radix's) hides the page behind it but keeps live regions
 * and their ancestors (aria-hidden's hideOthers, https://github.com/theKashey/aria-hidden/issues/10),
 * so inside it the region would stay exposed beside the dialog's own. The words leave once said
 * (`LeavingWords`): left in place, a swipe met the reply again after its bubble.
 * Memoised: a new draft (a keystroke in the builder) leaves it as it is. A tap's words stay as
 * first said when the language changes after it.
 */
export const ReplyAnnouncement = memo(function ReplyAnnouncement({
  reply,
  tap,
  t,
  lang,
}: ReplyAnnouncementProps): ReactNode {
  // The words of a tap are fixed when it is made: a later change of language (or of a host's
  // catalogue) changed them, and a live region says changed words again, as a new reply.
  const shown = useWordsOfTheMoment<Said | null>([reply ? tap : null], () =>
    reply ? { tap, lang, text: spokenReply(reply, t) } : null,
  )
  return (
    <div className="bi-sr-only bi-preview-live" lang={shown?.lang ?? lang} aria-live="polite" aria-atomic="true">
      {shown ? (
        <LeavingWords key={shown.tap} className="bi-preview-live-text">
          {shown.text}
        </LeavingWords>
      ) : null}
    </div>
  )
})
