'use client'

import {
  type FormattingNode,
  formattingToText,
  type InteractiveReply,
  type InteractiveTapReply,
  nextLineBreak,
  type ProductCatalogue,
  type ValidateOptions,
} from '@briq-interactive/core'
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { clockOf } from '../i18n/hour-cycle.ts'
import { type Locale, type Messages, messageLangTag, PREVIEW_LABELS, translatorFor } from '../i18n/messages.ts'
import { namedIn, ownLang } from '../i18n/own-lang.tsx'
import { useBriqSettings, useTheme } from '../provider/briq-settings.ts'
import { useKitLanguage } from '../provider/language-context.ts'
import { useValidationFor } from '../provider/validation-context.ts'
import { formatTime, formatWallClockTime } from './format-time.ts'
import { IncomingMessage } from './incoming-message.tsx'
import { type IssueIndex, indexIssues, NO_ISSUES, sameMarks } from './issue-index.ts'
import { type DraftMessage, normalizeDraft } from './normalize.ts'
import { parseFormattingCached, parseInlineFormattingCached } from './parse-cache.ts'
import { IssuesContext, PreviewContext, type PreviewContextValue, ReaderCountryContext } from './preview-context.ts'
import { ReplyAnnouncement } from './reply-announcement.tsx'
import { ReplyBubble } from './reply-bubble.tsx'
import { shareDraft } from './share-draft.ts'

/** Props of `InteractivePreview`. Other props are spread onto the root element. */
export interface InteractivePreviewProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The interactive object to show. May be incomplete or invalid: the preview never throws. */
  value: unknown
  /**
   * `system` follows the OS through CSS alone, so server and client render the same HTML.
   * Default: the `BriqProvider`'s, else `system`.
   */
  theme?: 'light' | 'dark' | 'system' | undefined
  /** WhatsApp's current (2024+) colours, or the classic 2022 ones. Default `current`. */
  palette?: 'current' | 'classic' | undefined
  /**
   * Language of WhatsApp's own labels (Send, Send location, View items…). Default: the
   * `BriqProvider`'s, else `en`. A tag with a region also sets the clock the time is shown on, as
   * a phone set to it shows it: `en-US` `9:41 AM`; `en`, `en-GB`, `en-KE`, `sw`, `sw-TZ` `09:41`.
   * Choose the clock yourself with the tag's `-u-hc-` extension: `sw-TZ-u-hc-h12`,
   * `en-US-u-hc-h23` (e.g. from your user's settings).
   */
  locale?: Locale | (string & {}) | undefined
  /**
   * The language the message itself is written in (its header, body, footer, button, section and
   * row titles, the reply it quotes), as a BCP 47 tag (`sw`, `en-KE`), for their `lang`: a screen
   * reader then reads a Swahili message in a Swahili voice inside an English preview. Default:
   * `''`, HTML's "unknown", as the kit cannot know what was typed; the preview's own words (its
   * `locale`) keep theirs.
   */
  messageLang?: string | undefined
  /**
   * Your own wording for any of the preview's catalogue keys (e.g. `{ 'preview.viewItems': 'Menu' }`),
   * over the `BriqProvider`'s (these win key by key).
   */
  messages?: Partial<Messages> | undefined
  /** A narrower phone for side panels. */
  compact?: boolean | undefined
  /**
   * The message time. An ISO string without a zone is shown as written, so server renders and
   * screenshots are deterministic. A `Date` or a string with a zone is shown in the reader's zone
   * (empty in server HTML, which cannot know it); when unset, the client's clock (likewise).
   */
  time?: Date | string | undefined
  /**
   * The customer's country calling code. WhatsApp links a number written without one
   * (`0712 345 678`, `712 345 678`) as a number of the reader's own country, where its length
   * fits (countries whose numbers all have one length); numbers written with `+` or `00` and
   * their code are linked whatever it is. Default `"255"`, as `normalizePhone`'s.
   */
  countryCode?: string | undefined
  /** Shown as the author of the quoted message in the customer's reply. Default: the catalogue's "Business". */
  businessName?: string | undefined
  /** Marks text past a limit and invalid parts using core's validation. Default `true`. */
  showIssues?: boolean | undefined
  /**
   * Which reading of the rules Meta's sources disagree on to mark (e.g. `extendedListBody`).
   * Default: the nearest `BriqProvider`'s `validation`, else core's defaults.
   */
  validation?: ValidateOptions | undefined
  /** Called with Meta's inbound shape when the customer taps a reply button or sends a list row. */
  onReply?: ((reply: InteractiveTapReply) => void) | undefined
  /**
   * The customer's reply to show under the message (controlled; `null` for none), e.g. the real
   * customer's answer read with `useMessageStatus` (a tap, a location, a call permission answer,
   * a completed flow or a submitted address). A tap then only calls `onReply`, and announcing
   * the reply is yours (the composer's live region says it). Left undefined, a tap in the
   * preview shows the reply itself and says it once in a polite live region ("You: …").
   */
  reply?: InteractiveReply | null | undefined
  /**
   * Your catalogue's products by `product_retailer_id`, so product, product-list, catalog and
   * product-carousel messages show each product's name, price and picture (as WhatsApp does)
   * instead of its id. Default: the nearest `BriqProvider`'s `catalogue`.
   */
  catalogue?: ProductCatalogue | undefined
}

const contentSignature = (value: unknown): unknown => {
  try {
    return JSON.stringify(value) ?? value
  } catch {
    return value
  }
}

/** The customer's reply, with the message it answered (by identity and by content). */
interface Answered {
  reply: InteractiveReply
  value: unknown
  signature: unknown
  /** Counts the taps, so a tap repeating the last one is announced again. */
  tap: number
}

const neverChanges = () => () => {}

/** The first line with any text, lines ended where core ends them (CRLF, CR, LF, U+2028, U+2029). */
function firstLine(text: string | undefined): string {
  const source = text ?? ''
  let start = 0
  for (;;) {
    const lineBreak = nextLineBreak(source, start)
    const line = source.slice(start, lineBreak?.at)
    if (line.trim() !== '') return line
    if (!lineBreak) return ''
    start = lineBreak.at + lineBreak.length
  }
}

/** The text as read: without the markers the parser consumed. */
function asRead(text: string, parse: (text: string) => readonly FormattingNode[] | null): string {
  const tree = parse(text)
  return tree ? formattingToText(tree) : text
}

/**
 * What the reply's quote shows: the text header (a list's formatted, so read without markers;
 * another type's as typed, as WhatsApp shows each), else the body's first line as read.
 */
function quotedText(draft: DraftMessage): string {
  if (draft.header?.kind === 'text') {
    const title = draft.header.text.value
    return draft.type === 'list' ? asRead(title, parseInlineFormattingCached) : title
  }
  return asRead(firstLine(draft.body?.value), parseFormattingCached)
}

/**
 * A phone-style preview of a WhatsApp interactive message: the business's bubble on the chat
 * wallpaper with its buttons, list sheet or carousel, and the customer's reply when one of them
 * is used. Renders on the server without touching `window`.
 */
export const InteractivePreview = forwardRef<HTMLElement, InteractivePreviewProps>(function InteractivePreview(
  {
    value,
    theme: themeProp,
    palette = 'current',
    locale: localeProp,
    messages,
    messageLang: messageLangProp,
    compact = false,
    time,
    countryCode = '255',
    businessName,
    showIssues = true,
    validation,
    onReply,
    reply: replyProp,
    catalogue: catalogueProp,
    className,
    ...rest
  },
  ref,
) {
  const {
    messages: overrides,
    localeTag,
    lang,
  } = useKitLanguage('<InteractivePreview>', localeProp, messages, PREVIEW_LABELS)
  const t = useMemo(() => translatorFor(PREVIEW_LABELS, localeTag, overrides), [localeTag, overrides])
  const messageLang = messageLangTag(messageLangProp)
  const theme = useTheme('<InteractivePreview theme>', themeProp)
  const settings = useBriqSettings()
  const catalogue = catalogueProp ?? settings.catalogue
  // The last draft and issues shown: a new value keeps the parts of them it did not change, so
  // only the parts that did re-render (see shareDraft and sameMarks).
  const shown = useRef<{ draft?: DraftMessage; issues?: IssueIndex }>({})
  const draft = useMemo(() => {
    const next = shareDraft(normalizeDraft(value), shown.current.draft)
    shown.current.draft = next
    return next
  }, [value])
  const options = useValidationFor('<InteractivePreview validation>', validation)
  const issues = useMemo(() => {
    // No message at all (a host still loading) is an empty state, not an error: nothing marked.
    const marked = showIssues && value !== undefined
    const next = sameMarks(marked ? indexIssues(value, options) : NO_ISSUES, shown.current.issues)
    shown.current.issues = next
    return next
  }, [value, showIssues, options])
  const frame = useRef<HTMLDivElement>(null)
  const [answered, setAnswered] = useState<Answered | null>(null)
  // Read during render on the client (the clock when no time is given); in server HTML and while
  // hydrating, only a time that reads the same in every zone, then the rest once hydrated.
  // The readers stay the same function while the time does: a new one on every render makes
  // React queue an effect after each commit to read the time again, and post a task to run it.
  const timeKey = time instanceof Date ? time.getTime() : time
  // The clock of the locale's tag, the same on the server and in every browser (not the reader's
  // own, which server HTML cannot know).
  const clock = clockOf(localeTag, lang)
  const [readTime, readServerTime] = useMemo(() => {
    const at = typeof timeKey === 'number' ? new Date(timeKey) : timeKey
    return [() => formatTime(at ?? new Date(), clock), () => formatWallClockTime(at, clock)]
  }, [timeKey, clock])
  const shownTime = useSyncExternalStore(neverChanges, readTime, readServerTime)
  // Read by the stable reply callback, so a parent's inline onReply or a new draft object on
  // every keystroke does not re-render every part that plays the customer. A layout effect: a
  // passive one would make React schedule a task after every keystroke's commit.
  const latest = useRef({ value, onReply })
  useClientLayoutEffect(() => {
    latest.current = { value, onReply }
  })
  // A changed message is a new message that the customer has not answered yet. Compared by
  // content, so a parent passing a fresh but equal object on every render keeps the reply.
  const tapped =
    answered && (answered.value === value || answered.signature === contentSignature(value)) ? answered.reply : null
  const reply = replyProp === undefined ? tapped : replyProp
  useEffect(() => {
    if (answered && !tapped) setAnswered(null)
  }, [answered, tapped])

  // Counted across messages: a changed message clears the reply, and a count begun again would
  // give its first tap the number of one whose words have left the live region, unsaid.
  const taps = useRef(0)
  const handleReply = useCallback((next: InteractiveTapReply) => {
    const { value: current, onReply: notify } = latest.current
    taps.current += 1
    setAnswered({ reply: next, value: current, signature: contentSignature(current), tap: taps.current })
    notify?.(next)
  }, [])
  const context = useMemo<PreviewContextValue>(
    () => ({ t, time: shownTime, frame, reply: handleReply, locale: lang, messageLang, catalogue }),
    [t, shownTime, handleReply, lang, messageLang, catalogue],
  )

  // Its name in its own language where that is not the region's (the kit's English a host's
  // partial catalogue left out), unless the host names it.
  const nameId = useId()
  const named =
    rest['aria-label'] === undefined && rest['aria-labelledby'] === undefined
      ? namedIn(t('preview.region'), t.langOf('preview.region'), lang, nameId)
      : undefined
  return (
    <>
      <section
        ref={ref}
        {...named?.props}
        lang={lang}
        {...rest}
        className={withClassName('bi-root bi-preview', className)}
        data-bi-theme={theme}
        data-palette={palette}
        data-compact={compact ? '' : undefined}
        data-hour-cycle={clock.hourCycle === 'h12' ? 'h12' : undefined}
        data-type={draft.type}
        data-invalid={issues.issues.length > 0 ? '' : undefined}
      >
        {named?.words}
        <div className="bi-frame" ref={frame}>
          <div className="bi-chat">
            <PreviewContext.Provider value={context}>
              <IssuesContext.Provider value={issues}>
                <ReaderCountryContext.Provider value={countryCode}>
                  <IncomingMessage draft={draft} />
                </ReaderCountryContext.Provider>
              </IssuesContext.Provider>
              {reply ? (
                <ReplyBubble
                  reply={reply}
                  author={businessName ?? t('preview.businessName')}
                  // The host's name for the business is in no language the kit knows (lang=""), as a product's name.
                  authorLang={businessName === undefined ? ownLang(t, 'preview.businessName', lang) : ''}
                  quoted={quotedText(draft)}
                />
              ) : null}
            </PreviewContext.Provider>
          </div>
        </div>
      </section>
      {/* A reply the host passes in (`reply`) is the host's to announce, as the composer does. */}
      <ReplyAnnouncement
        reply={replyProp === undefined ? tapped : null}
        tap={answered?.tap ?? 0}
        t={t}
        lang={lang}
        messageLang={messageLang}
      />
    </>
  )
})
if (process.env.NODE_ENV !== 'production') InteractivePreview.displayName = 'InteractivePreview'
