'use client'

import { type ComponentPropsWithoutRef, forwardRef, useContext, useEffect, useId, useRef } from 'react'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { useMergedRef } from '../dom/use-merged-ref.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { messageLangTag } from '../i18n/messages.ts'
import { DeliveryProgress } from './delivery-progress.tsx'
import { InDialogContext, useSendDialog } from './send-dialog-context.ts'
import { SendFailure } from './send-failure.tsx'
import { SendSuccess } from './send-success.tsx'
import { usePartsRootCheck } from './use-parts-root-check.ts'
import { sameRequest } from './use-result-lifetime.ts'

/** Props of {@link SendDialogStatus}, spread onto its wrapper. */
export type SendDialogStatusProps = ComponentPropsWithoutRef<'div'>

/**
 * Where the send stands: in a dialog, that closing it keeps a pending send going; a failure
 * explained (what to do, Briq's message, code and request id, "Send again" for a refused
 * duplicate, the maybe-sent warning); and the sent message with its live status, its delivery
 * progress and the customer's reply (after a refused duplicate, the earlier one it repeats).
 * Renders nothing before the first send.
 */
export const SendDialogStatus = forwardRef<HTMLDivElement, SendDialogStatusProps>(
  function SendDialogStatus(props, ref) {
    usePartsRootCheck('SendDialog.Status')
    const { className, ...rest } = props
    const { t, core, coreLangOf, lang, messageLang, sending, delivery, submit, sendButtonRef, plan } =
      useSendDialog('SendDialog.Status')
    const inDialog = useContext(InDialogContext)
    // The send's answer; after a refused identical resend, the earlier send it repeats (core keeps it).
    const succeeded = sending.data
    const pendingHint = sending.isPending && inDialog
    const failed = sending.status === 'error' && sending.error !== undefined
    const outcome = failed ? sending.error : succeeded
    // A message sent that the form no longer holds: what a later press says is about another.
    const previous =
      sending.status === 'success' && sending.request !== undefined && !sameRequest(sending.request, plan.outgoing)
    const statusId = useId()
    const element = useRef<HTMLDivElement>(null)
    const mergedRef = useMergedRef(element, ref)
    // On a page, whoever scrolls it (or a panel of it) while the send is pending has gone on to
    // other work.
    const movedOn = useRef(false)
    useClientLayoutEffect(() => {
      if (inDialog || !sending.isPending) return
      const page = sendButtonRef.current?.ownerDocument ?? document
      movedOn.current = false
      const scrolled = () => {
        movedOn.current = true
      }
      page.addEventListener('scroll', scrolled, { capture: true, passive: true })
      // A layout effect: gone before the outcome's own layout can scroll the page.
      return () => page.removeEventListener('scroll', scrolled, { capture: true })
    }, [inDialog, sending.isPending, sendButtonRef])
    // The outcome appears above Send: in the dialog above the preview, inline at the end of a page
    // (the composer's send form). On a phone, scrolled down to Send, the user saw only Send turn
    // into Close (the page kept Send where it was and pushed the outcome out of view). Bring it
    // into view, not focus: focus stays on the button (Close, or Send for a second try), and the
    // live region has said it already. Once per outcome, so a delivery status update does not pull
    // the view back.
    useEffect(() => {
      const node = element.current
      // Who scrolled away while it was sending is not pulled back: the live region says it.
      const away = !inDialog && movedOn.current
      movedOn.current = false
      if (outcome === undefined || !node || away) return
      // Scrolled past it, show it from its title: "nearest" would bring in the bottom of a status
      // taller than the dialog (or the screen). jsdom, where a host may test its page, has no
      // scrollIntoView.
      const dialog = inDialog ? node.closest('[role="dialog"]') : null
      const top = dialog ? dialog.getBoundingClientRect().top : 0
      node.scrollIntoView?.({ block: node.getBoundingClientRect().top < top ? 'start' : 'nearest' })
    }, [inDialog, outcome])
    if (!pendingHint && !failed && succeeded === undefined) return null
    return (
      <div {...rest} ref={mergedRef} className={withClassName('bi-send-dialog-status', className)}>
        {pendingHint ? <p className="bi-send-dialog-note">{t('sendDialog.pendingHint')}</p> : null}
        {failed && sending.error ? (
          <SendFailure
            error={sending.error}
            maybeSent={sending.maybeSent}
            unremembered={sending.unremembered}
            onSendAgain={() => submit(true)}
            t={t}
            core={core}
            languages={{ lang, coreLangOf }}
          />
        ) : null}
        {succeeded ? (
          <>
            <SendSuccess
              data={succeeded}
              delivery={delivery}
              t={t}
              lang={lang}
              core={core}
              statusId={statusId}
              unremembered={sending.unremembered}
              coreLangOf={coreLangOf}
              messageLang={messageLangTag(messageLang)}
              previous={previous}
            />
            <DeliveryProgress
              status={delivery.status}
              reached={delivery.reached}
              describedBy={statusId}
              t={t}
              lang={lang}
            />
          </>
        ) : null}
      </div>
    )
  },
)
if (process.env.NODE_ENV !== 'production') SendDialogStatus.displayName = 'SendDialog.Status'
