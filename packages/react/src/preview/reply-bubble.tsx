import type { InteractiveReply } from '@briq-interactive/core'
import { type ReactNode, useEffect, useState } from 'react'
import { langIfOther, ownLang } from '../i18n/own-lang.tsx'
import { withColon } from '../i18n/punctuation.ts'
import { type TickState, Ticks } from './icons.tsx'
import { usePreview } from './preview-context.ts'
import { replyWords, replyWordsLang } from './reply-words.ts'
import { lastLineDirection } from './text-direction.ts'

/** Props of `ReplyBubble`. */
export interface ReplyBubbleProps {
  reply: InteractiveReply
  /** Who wrote the quoted message (the business). */
  author: string
  /** The language of `author` where it is the preview's words in another language than the preview's. */
  authorLang?: string | undefined
  /** The first line of the quoted message. */
  quoted: string
}

const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false

/**
 * The customer's outgoing reply (a tap, or what they did: shared a location, allowed calls…), quoting the business message. Ticks go sent → delivered →
 * read over about a second, as on a phone; with reduced motion they show read at once.
 */
export function ReplyBubble({ reply, author, authorLang, quoted }: ReplyBubbleProps): ReactNode {
  const { t, time, messageLang, locale } = usePreview()
  const [ticks, setTicks] = useState<TickState>('sent')
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new reply restarts its ticks
  useEffect(() => {
    if (prefersReducedMotion()) {
      setTicks('read')
      return
    }
    setTicks('sent')
    const delivered = setTimeout(() => setTicks('delivered'), 500)
    const read = setTimeout(() => setTicks('read'), 1200)
    return () => {
      clearTimeout(delivered)
      clearTimeout(read)
    }
  }, [reply])
  const { text: title, description } = replyWords(reply, t)
  const kitLang = replyWordsLang(reply, t)
  const ownWords = kitLang === undefined
  const wordsLang = ownWords ? messageLang : langIfOther(kitLang, locale)
  // Reserves the time's room at the end of the last line (see .bi-meta in styles.css).
  const spacer = <span className="bi-meta-spacer" data-ticks="" aria-hidden="true" />
  return (
    <div className="bi-row" data-from="customer">
      <div className="bi-bubble" data-direction="out" data-tail="" data-reply={reply.type}>
        <div className="bi-quote">
          <span className="bi-quote-author" dir="auto" lang={authorLang}>
            {author}
          </span>
          <span className="bi-quote-text" dir="auto" lang={messageLang}>
            {quoted}
          </span>
        </div>
        <span className="bi-sr-only" lang={ownLang(t, 'preview.reply.you', locale)}>
          {withColon(t, 'preview.reply.you')}
        </span>
        <div className="bi-text" dir="auto" data-end-dir={lastLineDirection(description || title) ?? 'ltr'}>
          {/* A tap's title and description are the message's words; what else was done, the kit's. */}
          <span className="bi-reply-title" lang={wordsLang}>
            {title}
          </span>
          {description ? (
            <span className="bi-reply-description" lang={wordsLang}>
              {description}
              {spacer}
            </span>
          ) : (
            spacer
          )}
          <span className="bi-meta">
            {time ? <time className="bi-time">{time}</time> : null}
            <span
              className="bi-ticks-wrap"
              data-state={ticks}
              role="img"
              aria-label={t(`preview.reply.${ticks}`)}
              lang={ownLang(t, `preview.reply.${ticks}`, locale)}
            >
              <Ticks state={ticks} />
            </span>
          </span>
        </div>
      </div>
    </div>
  )
}
