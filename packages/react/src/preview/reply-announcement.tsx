import { afterColon, hasVisibleText, type InteractiveReply } from '@briq-interactive/core'
import { memo, type ReactNode } from 'react'
import { LeavingWords } from '../dom/leaving-words.tsx'
import { useWordsOfTheMoment } from '../dom/use-words-of-the-moment.ts'
import type { PreviewTranslate } from '../i18n/messages.ts'
import { withColon } from '../i18n/punctuation.ts'
import { replyOpensWithOwnWords, replyWords, replyWordsLang } from './reply-words.ts'

/** Props of `ReplyAnnouncement`. */
export interface ReplyAnnouncementProps {
  /** The reply tapped or chosen in the preview, or null when there is none to say. */
  reply: InteractiveReply | null
  /** Counts the taps: a new one is said again, even in the same words. */
  tap: number
  t: PreviewTranslate
  /** The preview's language: the region sits outside the preview's `lang`, so it says it itself. */
  lang: string
  /** The language of the message's own words (a tap's title), '' when not known. */
  messageLang: string
}

/** Words in one language; `lang` '' where it is not known (the message's own words). */
interface Run {
  text: string
  lang: string
}

/** The words said for one tap, in the language it was made in. */
interface Said {
  tap: number
  lang: string
  /** "You: " in the language of its label. */
  you: Run
  /** What was answered: the message's words (a tap's title), or the sentence saying what was done. */
  answer: Run
}

/** "You: Leo jioni" (with a row's description after a comma), the label and the answer apart. */
function spokenReply(reply: InteractiveReply, t: PreviewTranslate, messageLang: string): Pick<Said, 'you' | 'answer'> {
  const words = replyWords(reply, t)
  const you = { text: withColon(t, 'preview.reply.you'), lang: t.langOf('preview.reply.you') }
  // A tap on a button or row of no visible text yet (a draft's) is said by the name it had there.
  if (!hasVisibleText(words.text)) {
    const untitled = reply.type === 'list_reply' ? 'preview.untitledRow' : 'preview.untitledButton'
    return { you, answer: { text: t(untitled), lang: t.langOf(untitled) } }
  }
  const text = `${words.text}${words.description ? `, ${words.description}` : ''}`
  // A tap's title and description are the message's words: in the language the host says they
  // are in, else lang="" (HTML's "unknown"), rather than the label's. The kit's sentence for what
  // was done goes on after the colon as its language does there ("You: shared a location").
  const kit = replyWordsLang(reply, t)
  return kit === undefined
    ? { you, answer: { text, lang: messageLang } }
    : { you, answer: { text: replyOpensWithOwnWords(reply, t) ? text : afterColon(text, kit), lang: kit } }
}

/** A run marked with its language where it differs from the region's. */
const marked = (run: Run, around: string): ReactNode =>
  run.lang === around ? run.text : <span lang={run.lang}>{run.text}</span>

/**
 * A polite live region that says a reply made in the preview once ("You: Leo jioni", the kit's
 * label and the message's words each marked in their own language): focus
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
  messageLang,
}: ReplyAnnouncementProps): ReactNode {
  // The words of a tap are fixed when it is made: a later change of language (or of a host's
  // catalogue) changed them, and a live region says changed words again, as a new reply.
  const shown = useWordsOfTheMoment<Said | null>([reply ? tap : null], () =>
    reply ? { tap, lang, ...spokenReply(reply, t, messageLang) } : null,
  )
  return (
    <div className="bi-sr-only bi-preview-live" lang={shown?.lang ?? lang} aria-live="polite" aria-atomic="true">
      {shown ? (
        <LeavingWords key={shown.tap} className="bi-preview-live-text">
          {marked(shown.you, shown.lang)}
          {marked(shown.answer, shown.lang)}
        </LeavingWords>
      ) : null}
    </div>
  )
})
