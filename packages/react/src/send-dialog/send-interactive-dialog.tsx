import {
  type BriqClient,
  describeSendFailure,
  type SendInteractiveRequest,
  type SendResult,
  type ValidateOptions,
} from '@briq-interactive/core'
import * as Dialog from '@radix-ui/react-dialog'
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactElement,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { focusFirstInShadowRoot, trapTabInShadowRoot } from '../focus/shadow-focus-trap.ts'
import { getCoreMessages, getTranslator, type Locale } from '../i18n/messages.ts'
import { usePortalContainer } from '../portal/use-portal-container.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import type { PortalContainer } from '../provider/briq-settings.ts'
import { useValidationOptions } from '../provider/validation-context.ts'
import { useMessageStatus } from '../send/use-message-status.ts'
import { useSendInteractive } from '../send/use-send-interactive.ts'
import { IssueSummary } from './issue-summary.tsx'
import { RecipientField } from './recipient-field.tsx'
import { SendFailure } from './send-failure.tsx'
import { planSend } from './send-plan.ts'
import { SendSuccess } from './send-success.tsx'
import { useControllableState } from './use-controllable-state.ts'

/** Props of {@link SendInteractiveDialog}. Other props are spread onto the dialog's content element. */
export interface SendInteractiveDialogProps
  extends Omit<ComponentPropsWithoutRef<typeof Dialog.Content>, 'children' | 'asChild' | 'forceMount'> {
  /** The interactive object to send: the composer's draft. May be invalid; its issues block sending. */
  interactive: unknown
  /** Whether the dialog is open (controlled). */
  open?: boolean | undefined
  /** Whether the dialog starts open (uncontrolled). Default `false`. */
  defaultOpen?: boolean | undefined
  /** Called when the dialog asks to open or close (trigger, Cancel, Close, Escape, outside click). */
  onOpenChange?: ((open: boolean) => void) | undefined
  /** The recipient as typed (controlled). */
  to?: string | undefined
  /** The recipient the field starts with (uncontrolled). */
  defaultTo?: string | undefined
  /** Called on every change to the recipient field. */
  onToChange?: ((to: string) => void) | undefined
  /** Send into this existing conversation instead of to a typed number (no recipient field then). */
  conversationId?: string | undefined
  /** Which of your numbers sends (the number or its phone_number_id); optional with one active sender. */
  sender?: string | undefined
  /** Country code assumed for numbers typed without one (core's `normalizePhone`). Default `"255"`. */
  defaultCountryCode?: string | undefined
  /** Language of every label. Default `en`. */
  locale?: Locale | undefined
  /** Colour scheme of the dialog and its preview; `system` follows the OS. Default `system`. */
  theme?: 'light' | 'dark' | 'system' | undefined
  /** Called once per accepted send, with Briq's answer and the request sent (even if the dialog was closed meanwhile). */
  onSent?: ((result: SendResult, request: SendInteractiveRequest) => void) | undefined
  /**
   * An element (usually a button) that opens the dialog; focus returns to it on close. Without
   * one (a controlled `open`), move focus yourself in `onCloseAutoFocus`.
   */
  trigger?: ReactElement | undefined
  /** A client to use instead of the `BriqProvider`'s. */
  client?: BriqClient | undefined
  /**
   * Which reading of the rules Meta's sources disagree on to check before sending (e.g.
   * `extendedListBody`). Default: the nearest `BriqProvider`'s `validation`, else core's defaults.
   */
  validation?: ValidateOptions | undefined
  /** Gap between status polls after a send, in ms (default: core's watcher default, 1.5 s). */
  pollIntervalMs?: number | undefined
  /**
   * Where the dialog and its overlay are portalled: an element, or a shadow root. It must be
   * where the kit's stylesheet applies, and inside the element carrying your `--bi-*` variables
   * for the dialog to take them. Default: the `BriqProvider`'s `portalContainer`, else the
   * shadow root the `trigger` is in, else `document.body`.
   */
  portalContainer?: PortalContainer
}

/**
 * The dialog an admin UI opens to send a composed interactive message: recipient (checked with
 * core's `normalizePhone`), core's validation issues, a compact preview, Send and Cancel; then
 * the message id, live delivery status and the customer's reply.
 *
 * Closing while a send is pending does not cancel it: the send state lives in this component's
 * `useSendInteractive` controller (mounted while the dialog is closed), so the send finishes,
 * `onSent` is still called, and reopening shows the result. A closed dialog forgets a successful
 * send (the next opening starts a new one); a failed one keeps everything typed.
 *
 * @example
 * <SendInteractiveDialog interactive={draft} defaultTo="0712345678" trigger={<button>Send…</button>} />
 */
export const SendInteractiveDialog = forwardRef<HTMLDivElement, SendInteractiveDialogProps>(
  function SendInteractiveDialog(props, ref) {
    const {
      interactive,
      open: openProp,
      defaultOpen = false,
      onOpenChange,
      to: toProp,
      defaultTo = '',
      onToChange,
      conversationId,
      sender,
      defaultCountryCode,
      locale = 'en',
      theme = 'system',
      onSent,
      trigger,
      client,
      validation: validationProp,
      pollIntervalMs,
      portalContainer,
      className,
      onOpenAutoFocus,
      onEscapeKeyDown,
      onKeyDown,
      ...rest
    } = props
    const t = useMemo(() => getTranslator(locale), [locale])
    const core = getCoreMessages(locale)
    const [open, setOpen] = useControllableState(openProp, defaultOpen, onOpenChange)
    const [to, setTo] = useControllableState(toProp, defaultTo, onToChange)
    const [touched, setTouched] = useState(false)
    const [attempted, setAttempted] = useState(false)
    const input = useRef<HTMLInputElement>(null)
    const sendButton = useRef<HTMLButtonElement>(null)
    const closeButton = useRef<HTMLButtonElement>(null)
    const triggerRef = useRef<HTMLButtonElement>(null)
    const container = usePortalContainer(portalContainer, triggerRef, open)

    const sending = useSendInteractive({ client, onSuccess: (data, request) => onSent?.(data, request) })
    const succeeded = sending.status === 'success' ? sending.data : undefined
    const delivery = useMessageStatus(succeeded?.message_id, {
      client,
      intervalMs: pollIntervalMs,
      initialStatus: succeeded?.status,
    })
    const validation = useValidationOptions(validationProp)
    const plan = useMemo(
      () => planSend({ interactive, to, conversationId, sender, defaultCountryCode, validation }),
      [interactive, to, conversationId, sender, defaultCountryCode, validation],
    )
    const duplicate = sending.error?.code === 'DUPLICATE_SEND'

    const { reset } = sending
    const statusRef = useRef(sending.status)
    statusRef.current = sending.status
    useEffect(() => {
      if (open || statusRef.current !== 'success') return
      reset()
      setTouched(false)
      setAttempted(false)
    }, [open, reset])
    useEffect(() => {
      if (open && sending.status === 'success') closeButton.current?.focus()
    }, [open, sending.status])

    const submit = useCallback(
      (allowDuplicate: boolean) => {
        setAttempted(true)
        if (!plan.request) {
          if (plan.phone && !plan.phone.ok) input.current?.focus()
          return
        }
        void sending.send(plan.request, allowDuplicate ? { allowDuplicate: true } : undefined)
      },
      [plan, sending.send],
    )

    let live = ''
    if (sending.isPending) live = t('send.sending')
    else if (sending.status === 'success') live = t('send.sent')
    else if (sending.error) {
      live = t('sendDialog.failed.live', { reason: describeSendFailure(sending.error, core) })
    } else if (attempted && !plan.request) live = t('sendDialog.blocked')

    return (
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {trigger ? (
          <Dialog.Trigger ref={triggerRef} asChild>
            {trigger}
          </Dialog.Trigger>
        ) : null}
        <Dialog.Portal container={container}>
          <Dialog.Overlay className="bi-root bi-send-dialog-overlay" data-theme={theme} />
          <Dialog.Content
            ref={ref}
            lang={locale}
            {...rest}
            className={className ? `bi-root bi-send-dialog ${className}` : 'bi-root bi-send-dialog'}
            data-theme={theme}
            data-send-state={sending.status}
            data-invalid={plan.request ? undefined : ''}
            onOpenAutoFocus={(event) => {
              onOpenAutoFocus?.(event)
              if (event.defaultPrevented) return
              if (!input.current) return focusFirstInShadowRoot(event)
              event.preventDefault()
              input.current.focus()
            }}
            onKeyDown={(event) => {
              onKeyDown?.(event)
              trapTabInShadowRoot(event)
            }}
            onEscapeKeyDown={(event) => {
              onEscapeKeyDown?.(event)
              if (event.defaultPrevented || !duplicate) return
              // The "Send again" question is open: Escape answers it with no, not closing the dialog.
              event.preventDefault()
              reset()
              sendButton.current?.focus()
            }}
          >
            <form
              className="bi-send-dialog-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault()
                submit(false)
              }}
            >
              <Dialog.Title className="bi-send-dialog-title">{t('sendDialog.title')}</Dialog.Title>
              <Dialog.Description className="bi-send-dialog-description">
                {t('sendDialog.description')}
              </Dialog.Description>
              {plan.phone ? (
                <RecipientField
                  ref={input}
                  value={to}
                  onValueChange={setTo}
                  phone={plan.phone}
                  showError={attempted || (touched && to.trim() !== '')}
                  readOnly={sending.isPending}
                  onBlur={() => setTouched(true)}
                  t={t}
                  core={core}
                />
              ) : (
                <p className="bi-send-dialog-note">{t('sendDialog.conversation', { id: conversationId ?? '' })}</p>
              )}
              <IssueSummary issues={plan.issues} warnings={plan.warnings} t={t} core={core} />
              {sending.isPending ? <p className="bi-send-dialog-note">{t('sendDialog.pendingHint')}</p> : null}
              {sending.status === 'error' && sending.error ? (
                <SendFailure
                  error={sending.error}
                  maybeSent={sending.maybeSent}
                  onSendAgain={() => submit(true)}
                  t={t}
                  core={core}
                />
              ) : null}
              {succeeded ? <SendSuccess data={succeeded} delivery={delivery} t={t} core={core} /> : null}
              <InteractivePreview
                className="bi-send-dialog-preview"
                value={interactive}
                compact
                theme={theme}
                locale={locale}
                validation={validation}
              />
              <div className="bi-send-dialog-live" role="status" aria-live="polite" aria-atomic="true">
                {live}
              </div>
              <div className="bi-send-dialog-actions">
                {succeeded ? (
                  <Dialog.Close ref={closeButton} className="bi-send-dialog-button" data-variant="primary">
                    {t('sendDialog.close')}
                  </Dialog.Close>
                ) : (
                  <>
                    <Dialog.Close type="button" className="bi-send-dialog-button" data-variant="secondary">
                      {t('sendDialog.cancel')}
                    </Dialog.Close>
                    <button
                      ref={sendButton}
                      type="submit"
                      className="bi-send-dialog-button"
                      data-variant="primary"
                      disabled={sending.isPending}
                      data-state={sending.isPending ? 'pending' : undefined}
                    >
                      {t('sendDialog.send')}
                    </button>
                  </>
                )}
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    )
  },
)
SendInteractiveDialog.displayName = 'SendInteractiveDialog'
