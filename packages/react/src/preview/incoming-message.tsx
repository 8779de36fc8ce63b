import { createContext, type ReactNode, useContext, useState } from 'react'
import { ownLangIn } from '../i18n/own-lang.tsx'
import { ActionRows } from './action-row.tsx'
import { BodyPlaceholder } from './body-placeholder.tsx'
import { BodyText } from './body-text.tsx'
import { Carousel } from './carousel.tsx'
import { FormattedText } from './formatted-text.tsx'
import { Icon } from './icons.tsx'
import { ListSheet } from './list-sheet.tsx'
import { MessageHeader } from './message-header.tsx'
import { type DraftMessage, EMPTY_DRAFT, isKnownType, isMediaHeader } from './normalize.ts'
import { useIssues, usePreview } from './preview-context.ts'
import { ProductSummary } from './product-summary.tsx'
import { lastLineDirection } from './text-direction.ts'

const SPACER = <span className="bi-meta-spacer" aria-hidden="true" />

/** Types whose body is optional: a missing one shows no placeholder (one given with no text does). */
const OPTIONAL_BODY = new Set(['product', 'call_permission_request'])

/** The draft shown, for the bubble below a list sheet that does not re-render with it. */
const DraftContext = createContext<DraftMessage>(EMPTY_DRAFT)
if (process.env.NODE_ENV !== 'production') DraftContext.displayName = 'DraftContext'

/**
 * The business's incoming bubble: header, body, footer and time, with the type's button rows
 * attached under it (and the list sheet or carousel where the type has one).
 */
export function IncomingMessage({ draft }: { draft: DraftMessage }): ReactNode {
  const [sheetOpen, setSheetOpen] = useState(false)
  const listAction = draft.actions.find((a) => a.kind === 'list')
  // The bubble is one element for every draft and reads the draft from context: the list sheet
  // around it (a Radix dialog) re-renders only when its own title or sections change.
  return (
    <DraftContext.Provider value={draft}>
      {listAction ? (
        <ListSheet open={sheetOpen} onOpenChange={setSheetOpen} title={listAction.label} sections={draft.sections}>
          {BUBBLE}
        </ListSheet>
      ) : (
        BUBBLE
      )}
    </DraftContext.Provider>
  )
}

function Bubble(): ReactNode {
  const draft = useContext(DraftContext)
  const { t, time, messageLang, locale } = usePreview()
  const own = ownLangIn(t, locale)
  const issues = useIssues()
  const known = isKnownType(draft.type)
  const type = draft.type ?? 'unknown'
  const mediaHeader = isMediaHeader(draft.header)
  const callPermission = draft.type === 'call_permission_request'
  // Core refuses the type, or a value that is no object (null, "poll", []) as a whole.
  const typeRefused = issues.has(['type']) || issues.issues.some((issue) => issue.path.length === 0)
  // The two answers are WhatsApp's own; the action that asks for them (its name) may be wrong.
  const permissionInvalid = callPermission && issues.has(['action']) ? '' : undefined
  const hasPlaceholder = !draft.body?.value && (!OPTIONAL_BODY.has(type) || draft.bodyProblem !== undefined)
  // The time floats into the last text line; the spacer at the end of that line keeps it clear.
  const spacerIn =
    draft.footer?.value || draft.footerProblem
      ? 'footer'
      : callPermission
        ? 'permission'
        : draft.body?.value || hasPlaceholder
          ? 'body'
          : 'none'

  // The text whose last line holds the time: the footer, else the body. Each line of both takes its
  // own direction, and one with no letter runs left to right.
  const endText = draft.footer?.value || (spacerIn === 'body' ? draft.body?.value : undefined)
  return (
    <div className="bi-row" data-from="business">
      <div
        className="bi-bubble"
        data-direction="in"
        data-tail=""
        data-type={type}
        data-media={mediaHeader ? '' : undefined}
        data-invalid={issues.issues.length > 0 ? '' : undefined}
      >
        <ProductSummary draft={draft} />
        {/* A product list's text header is its card's title (ProductSummary), which marks one it
            cannot read. Any other header is drawn, even one the type does not take (a single
            product's) or one that cannot be read: MessageHeader bars it. */}
        {draft.header && !(type === 'product_list' && !isMediaHeader(draft.header)) ? (
          <MessageHeader header={draft.header} listTitle={type === 'list'} />
        ) : null}
        <div
          className="bi-text"
          data-end-dir={endText ? (lastLineDirection(endText, { ownLines: true }) ?? 'ltr') : undefined}
        >
          {/* Every type core takes is drawn (both read INTERACTIVE_TYPES): any other is refused. */}
          {!known && !draft.absent ? (
            <p
              className="bi-unknown"
              data-invalid={typeRefused ? '' : undefined}
              lang={own(draft.type === undefined ? 'preview.noType' : 'preview.unknownType')}
            >
              {t(draft.type === undefined ? 'preview.noType' : 'preview.unknownType')}
            </p>
          ) : null}
          {draft.body?.value ? (
            <div
              className="bi-body"
              dir="auto"
              lang={messageLang}
              data-invalid={issues.has(draft.body.path) ? '' : undefined}
            >
              <BodyText
                text={draft.body.value}
                overflow={issues.overflow(draft.body)}
                end={spacerIn === 'body' ? SPACER : undefined}
              />
            </div>
          ) : hasPlaceholder ? (
            <BodyPlaceholder
              invalid={issues.has(['body'])}
              unreadable={draft.bodyProblem !== undefined}
              end={spacerIn === 'body' ? SPACER : undefined}
            />
          ) : null}
          {callPermission ? (
            <div className="bi-permission">
              <Icon name="phone" />
              <span className="bi-permission-title" lang={own('preview.callPermission.title')}>
                {t('preview.callPermission.title')}
              </span>
              {spacerIn === 'permission' ? SPACER : null}
            </div>
          ) : null}
          {draft.footer?.value ? (
            <div
              className="bi-footer"
              dir="auto"
              lang={messageLang}
              // The footer's own path too: a type that takes none (a location request's, a carousel's).
              data-invalid={issues.has(draft.footer.path.slice(0, -1)) ? '' : undefined}
            >
              {/* Meta's Messages API reference (footer object): emoji, markdown and links are
                  supported. WhatsApp Web formats it without quotes, lists or inline code
                  (WAWebInteractiveBubble, WAWebMessageList). */}
              <FormattedText text={draft.footer.value} overflow={issues.overflow(draft.footer)} inline />
              {SPACER}
            </div>
          ) : draft.footerProblem ? (
            // A footer that is there with no text to draw (`{ text: "" }`, `"hello"`): said, and barred.
            <div
              className="bi-footer"
              data-unreadable=""
              data-invalid={issues.has(['footer']) ? '' : undefined}
              lang={own(draft.footerProblem === 'noText' ? 'preview.footerNoText' : 'preview.footerUnreadable')}
            >
              {t(draft.footerProblem === 'noText' ? 'preview.footerNoText' : 'preview.footerUnreadable')}
              {SPACER}
            </div>
          ) : null}
          {spacerIn === 'none' ? SPACER : null}
          <span className="bi-meta">{time ? <time className="bi-time">{time}</time> : null}</span>
        </div>
        {callPermission ? (
          <div className="bi-actions" data-kind="permission">
            <button type="button" className="bi-action" data-kind="permission-allow" data-invalid={permissionInvalid}>
              <span className="bi-action-label" lang={own('preview.callPermission.allow')}>
                {t('preview.callPermission.allow')}
              </span>
            </button>
            <button type="button" className="bi-action" data-kind="permission-decline" data-invalid={permissionInvalid}>
              <span className="bi-action-label" lang={own('preview.callPermission.decline')}>
                {t('preview.callPermission.decline')}
              </span>
            </button>
          </div>
        ) : draft.type === 'button' && draft.actions.length === 0 ? (
          // No reply button to draw (none, or `buttons` that is no list): said where they go.
          <div className="bi-actions">
            <div
              className="bi-action"
              data-empty=""
              data-invalid={issues.has(['action']) ? '' : undefined}
              lang={own('preview.noButtons')}
            >
              {t('preview.noButtons')}
            </div>
          </div>
        ) : (
          <ActionRows actions={draft.actions} />
        )}
      </div>
      {draft.type === 'carousel' ? <Carousel cards={draft.cards} /> : null}
    </div>
  )
}

const BUBBLE = <Bubble />
