import type { InteractiveTapReply, ProductCatalogue } from '@briq-interactive/core'
import { type ReactNode, useCallback, useRef } from 'react'
import { BuilderPreview } from '../builder/builder-preview.tsx'
import { useScrollStop } from '../dom/use-scroll-stop.ts'
import { customerCountryCode, useSendDialog } from '../send-dialog/send-dialog-context.ts'
import { sameJson } from '../state/same-json.ts'
import { ComposerHeading } from './composer-heading.tsx'

/** What the composer tells `onReply` about the message the customer answered. */
export interface ComposerReplyContext {
  /**
   * The sent message's id, or undefined before anything was sent and while the draft differs
   * from the message sent (a tap then plays the customer on the draft, answering nothing sent).
   */
  messageId: string | undefined
  /** Polls the message's status now (e.g. once your mock has recorded the answer). */
  refresh: () => void
}

/** Props of {@link ComposerPreview}. */
export interface ComposerPreviewProps {
  catalogue: ProductCatalogue | undefined
  businessName: string | undefined
  onReply: ((reply: InteractiveTapReply, sent: ComposerReplyContext) => void) | undefined
}

/**
 * The draft as the customer sees it. Once a message is sent, the reply under it is the real
 * customer's (from `useMessageStatus`), so a tap in the preview only reports itself to `onReply`.
 * That holds while the draft is the message sent: the reply quotes the message shown above it, so
 * under another draft (edited since, or another type) it would quote a message never answered.
 */
export function ComposerPreview({ catalogue, businessName, onReply }: ComposerPreviewProps): ReactNode {
  const dialog = useSendDialog('InteractiveComposer')
  const { t, sending, delivery, plan, messageLang } = dialog
  const sentId = sending.status === 'success' ? sending.data?.message_id : undefined
  const messageId =
    sentId !== undefined && sameJson(sending.request?.interactive, plan.outgoing.interactive) ? sentId : undefined
  const { refresh } = delivery
  const handleReply = useCallback(
    (reply: InteractiveTapReply) => onReply?.(reply, { messageId, refresh }),
    [onReply, messageId, refresh],
  )
  // Side by side it scrolls inside its column (the form beside it scrolls): a message with no
  // button yet is then reached by Tab as its labelled region, to be scrolled by keyboard.
  const preview = useRef<HTMLElement>(null)
  const scrollStop = useScrollStop(preview)
  return (
    <>
      {/* Before the preview's region, which keeps its own name (a host may show the preview alone). */}
      <ComposerHeading wordedIn={t.langOf('preview.region')}>{t('preview.region')}</ComposerHeading>
      <BuilderPreview
        ref={preview}
        className="bi-composer-preview"
        tabIndex={scrollStop ? 0 : undefined}
        compact
        messageLang={messageLang}
        catalogue={catalogue}
        businessName={businessName}
        countryCode={customerCountryCode(dialog)}
        onReply={handleReply}
        reply={messageId === undefined ? undefined : (delivery.reply ?? null)}
      />
    </>
  )
}
