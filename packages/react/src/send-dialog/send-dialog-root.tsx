'use client'

import type {
  BriqClient,
  CoreMessageOverrides,
  Issue,
  ProductCatalogue,
  SendInteractiveRequest,
  SendResult,
  ValidateOptions,
} from '@briq-interactive/core'
import * as Dialog from '@radix-ui/react-dialog'
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useHydrated } from '../dom/use-hydrated.ts'
import { useWordsOfTheMoment } from '../dom/use-words-of-the-moment.ts'
import {
  getCoreMessages,
  type Locale,
  type Messages,
  messageLangTag,
  SEND_LABELS,
  translatorFor,
} from '../i18n/messages.ts'
import { useDayChange } from '../preview/use-day-change.ts'
import { type PortalContainer, useBriqSettings, useTheme } from '../provider/briq-settings.ts'
import { propOf, useComponentName } from '../provider/component-name.ts'
import { useKitLanguage } from '../provider/language-context.ts'
import { type ClientCaller, useClientFor } from '../provider/use-briq-client.ts'
import { useCoreMessagesFor } from '../provider/use-core-messages.ts'
import { useValidationFor } from '../provider/validation-context.ts'
import { useMessageStatus } from '../send/use-message-status.ts'
import { useSendInteractive } from '../send/use-send-interactive.ts'
import { useControllableState } from '../state/use-controllable-state.ts'
import { useSameFields } from '../state/use-same-fields.ts'
import { useValueAndDefaultWarning } from '../state/use-value-and-default-warning.ts'
import type { GoToField } from './go-to-field.tsx'
import { requestFailureWords } from './request-failure-words.ts'
import { SendDialogClosedLive } from './send-dialog-closed-live.tsx'
import { SendDialogContext, type SendDialogContextValue, type SendDialogTheme } from './send-dialog-context.ts'
import { liveAnnouncement } from './send-dialog-live.tsx'
import { type IssueOrder, planSend, type SendRequestBody } from './send-plan.ts'
import { sentBeforeWords } from './sent-before-words.ts'
import { useResetRevision, useResultLifetime } from './use-result-lifetime.ts'
import { useSendersLookup } from './use-senders-lookup.ts'

/**
 * The send's own props, shared by `SendDialog.Root` and `SendInteractiveDialog`. Written as an
 * interface of their own (not an `Omit<…>` of the root's) so Storybook's docgen, which does not
 * evaluate `Omit`, lists and describes them for both.
 */
export interface SendDialogOptions {
  /** The interactive object to send: the composer's draft. May be invalid; its issues block sending. */
  interactive: unknown
  /**
   * Errors of the draft that the object alone cannot show, which block sending like its own:
   * text typed into the builder's JSON boxes that does not parse (core's `EditorState.unparsed`
   * issues; the draft still holds the last value that did). The composer passes them.
   */
  draftIssues?: readonly Issue[] | undefined
  /**
   * Lists the interactive's issues in the order a form beside the dialog shows their fields
   * (given them with paths inside the interactive object; returns the same objects). The
   * composer passes its builder's, so the dialog and the builder's Problems list agree. Without
   * it, core's order. With your own `InteractiveBuilder`, core's `inFormOrder` gives its order.
   *
   * @example
   * const anchorOf = useMemo(() => issueAnchors(draft), [draft])
   * <SendInteractiveDialog interactive={draft} orderIssues={(issues) => inFormOrder(issues, anchorOf, (issue) => issue.path)} />
   */
  orderIssues?: IssueOrder | undefined
  /**
   * Takes the user from a problem with the message to its field in your form: beside each of the
   * message's problems the dialog lists (before sending, and those a refused send names, Briq's
   * own included), a button named by the field ("Go to Body text") for every path this returns an
   * action for. The dialog closes first and the action runs once it has let go of focus, so your
   * field takes it (parts laid out inline run it at once). `InteractiveComposer` passes its
   * builder's, which shows the Form tab and focuses the field. Without
   * it, the problems are listed as text.
   *
   * @example
   * <SendInteractiveDialog interactive={draft} goToField={(path) => path[0] === 'body' ? () => bodyRef.current?.focus() : undefined} />
   */
  goToField?: GoToField | undefined
  /** Whether the dialog is open (controlled). Unused when the parts are laid out without `Content`. */
  open?: boolean | undefined
  /** Whether the dialog starts open (uncontrolled). Default `false`. */
  defaultOpen?: boolean | undefined
  /** Called when the dialog asks to open or close (trigger, Cancel, Close, Escape, outside click). */
  onOpenChange?: ((open: boolean) => void) | undefined
  /** The recipient as typed (controlled). */
  to?: string | undefined
  /** The recipient the field starts with (uncontrolled). Default empty. */
  defaultTo?: string | undefined
  /** Called on every change to the recipient field. */
  onToChange?: ((to: string) => void) | undefined
  /**
   * Send into this existing conversation instead of to a typed number (controlled; `null` sends
   * to the typed number). `SendDialog.Conversation` lets the user choose one.
   */
  conversationId?: string | null | undefined
  /** The conversation chosen at first (uncontrolled). Default: none (a typed number). */
  defaultConversationId?: string | null | undefined
  /** Called when the user picks a conversation (or a new number: `null`). */
  onConversationIdChange?: ((conversationId: string | null) => void) | undefined
  /**
   * Which of your numbers sends (the number or its phone_number_id), controlled; `null` lets
   * Briq use the workspace's default sender. `SendDialog.Sender` lets the user choose one, and
   * shows it read-only when there is no choice (one active sender, or none readable): a sender
   * that goes into the send is never one the user did not see.
   */
  sender?: string | null | undefined
  /** The sender chosen at first (uncontrolled). Default: none (Briq's default sender). */
  defaultSender?: string | null | undefined
  /** Called when the user picks a sender (`null`: the default one). */
  onSenderChange?: ((sender: string | null) => void) | undefined
  /**
   * Country code assumed for numbers typed without one (core's `normalizePhone`), and the customer's
   * country in `SendDialog.Preview` (where a number written without one is linked). Default `"255"`.
   */
  defaultCountryCode?: string | undefined
  /**
   * Language of every label and sentence, the status's too; a tag's region, or its `-u-hc-`
   * extension, also sets the clock of the preview's time and of the 24-hour window's closing
   * time (`en-US` `3:54 PM`). Default: the `BriqProvider`'s, else `en`.
   */
  locale?: Locale | (string & {}) | undefined
  /**
   * Your own wording for any catalogue key (e.g. `{ 'sendDialog.title': 'Send to the customer' }`),
   * over the `BriqProvider`'s (these win key by key).
   */
  messages?: Partial<Messages> | undefined
  /**
   * The language the message itself is written in, as a BCP 47 tag (`sw`, `en-KE`; `sw_TZ` is
   * read as `sw-TZ`): the `lang` of its words in `SendDialog.Preview` (see `InteractivePreview`'s
   * `messageLang`) and of a tapped title in "The customer replied: …", so a screen reader reads
   * them in the message's voice. Default: `''`, HTML's "unknown", as the kit cannot know what
   * was typed; the dialog's own words (its `locale`) keep theirs.
   */
  messageLang?: string | undefined
  /**
   * Your own wording for core's sentences the dialog shows (the message's and the request's
   * issues, a number's reasons, what a failed send means): core's `CoreMessageOverrides`, over
   * the `BriqProvider`'s (these win key by key); a misspelt key fails to compile.
   */
  coreMessages?: CoreMessageOverrides | undefined
  /** Colour scheme of the parts and the preview; `system` follows the OS. Default: the `BriqProvider`'s, else `system`. */
  theme?: SendDialogTheme | undefined
  /**
   * Called with the request Send would send, on mount and whenever it changes (recipient,
   * sender, conversation, draft): exactly what Send posts once it is ready (the send keeps its
   * own copy of it, equal field for field), else the request as built from the form. For showing
   * it as code ("Copy as curl") that matches the send.
   */
  onRequestChange?: ((request: SendRequestBody) => void) | undefined
  /**
   * When any of these values changes, the last send's result is cleared (a failure, or a sent
   * message with its status), as `resetKeys` resets an error boundary: pass what the result
   * depended on outside the form, e.g. a counter bumped on a mock's reset (what only changes how
   * the server answers from now on, a scenario, goes in `refreshKeys`); and
   * the 24-hour window (`SendDialog.Window`) and the recent conversations
   * (`SendDialog.Conversation`) are looked up again, and a hold a `Retry-After` began is lifted
   * (core's `liftSendHold`). The draft, recipient, sender and conversation stay. A failure also
   * clears by itself once the request changes.
   */
  resetKeys?: readonly unknown[] | undefined
  /**
   * When any of these values changes, a failed send's result is cleared, a hold a `Retry-After`
   * began is lifted (core's `liftSendHold`: the server answers differently now, and nothing it
   * was sent is forgotten) and the 24-hour window and recent conversations are looked up again,
   * while a sent message stays with its status (the server still has it): pass what changes how the server answers from now on without
   * forgetting what it was sent, e.g. a mock's scenario, or a customer who wrote first. What
   * the server forgets (a mock reset) goes in `resetKeys`.
   */
  refreshKeys?: readonly unknown[] | undefined
  /**
   * The `persistKey` of the builder whose draft this sends: what is sent is remembered beside
   * that draft (`<persistKey>:sent`, for a day), so after a reload brings the draft back, the
   * message sent just before asks "already sent" again instead of going twice.
   * `InteractiveComposer` passes its own.
   */
  persistKey?: string | undefined
  /** Called once per accepted send, with Briq's answer and the request sent (even if the dialog was closed meanwhile). */
  onSent?: ((result: SendResult, request: SendInteractiveRequest) => void) | undefined
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
   * Where `SendDialog.Content` and its overlay are portalled: an element, or a shadow root. It
   * must be where the kit's stylesheet applies, and inside the element carrying your `--bi-*`
   * variables for the dialog to take them. Default: the `BriqProvider`'s `portalContainer`, else
   * the modal `<dialog>` the `Trigger` is in, else the shadow root it is in, else `document.body`.
   */
  portalContainer?: PortalContainer | undefined
  /** Products by `product_retailer_id` for the preview. Default: the `BriqProvider`'s `catalogue`. */
  catalogue?: ProductCatalogue | undefined
}

/**
 * Whether the preset layouts offer "Send to": not when the host fixed the conversation (a
 * `conversationId` given without `onConversationIdChange`, e.g. the ticket's).
 */
export const offersConversation = ({
  conversationId,
  onConversationIdChange,
}: Pick<SendDialogOptions, 'conversationId' | 'onConversationIdChange'>): boolean =>
  conversationId === undefined || onConversationIdChange !== undefined

/** Props of {@link SendDialogRoot}: the send's state, shared by every part inside it. */
export interface SendDialogRootProps extends SendDialogOptions {
  /** The parts, in any layout. */
  children?: ReactNode | undefined
}

const CALLER: ClientCaller = {
  kind: 'component',
  name: '<SendDialog.Root>',
  given: '<SendDialog.Root client={client}>',
}

/**
 * Owns one send: the recipient, sender and conversation, the validation plan, the send
 * (`useSendInteractive`) and the delivery status (`useMessageStatus`). Its parts render that
 * state; `Trigger` and `Content` make it a dialog, or lay the parts out inline inside
 * `SendDialog.Form`. Renders no element of its own.
 *
 * Closing the dialog while a send is pending does not cancel it: the state lives here (mounted
 * while the dialog is closed), so the send finishes, `onSent` is called, and reopening shows the
 * result. A closed dialog forgets a successful send (the next opening starts a new one); a
 * failed one keeps everything typed.
 */
export function SendDialogRoot(props: SendDialogRootProps): ReactNode {
  const {
    interactive,
    defaultCountryCode,
    theme: themeProp,
    onSent,
    client,
    pollIntervalMs,
    portalContainer,
    messageLang,
    children,
  } = props
  const name = useComponentName('<SendDialog.Root>')
  const { locale, messages, localeTag, lang } = useKitLanguage(name, props.locale, props.messages, SEND_LABELS)
  const theme = useTheme(propOf(name, 'theme'), themeProp)
  const t = useMemo(() => translatorFor(SEND_LABELS, localeTag, messages), [localeTag, messages])
  const { core, langOf: coreLangOf } = useCoreMessagesFor(name, getCoreMessages, locale, props.coreMessages, localeTag)
  const [open, setOpen] = useControllableState({
    value: props.open,
    defaultValue: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
    name: propOf(name, 'open'),
  })
  const [to, setTo] = useControllableState({
    value: props.to,
    defaultValue: props.defaultTo ?? '',
    onChange: props.onToChange,
    name: propOf(name, 'to'),
  })
  const [conversationId, setConversationId] = useControllableState<string | null>({
    value: props.conversationId,
    defaultValue: props.defaultConversationId ?? null,
    onChange: props.onConversationIdChange,
    name: propOf(name, 'conversationId'),
  })
  const [sender, setSender] = useControllableState<string | null>({
    value: props.sender,
    defaultValue: props.defaultSender ?? null,
    onChange: props.onSenderChange,
    name: propOf(name, 'sender'),
  })
  useValueAndDefaultWarning(name, props, ['open', 'to', 'conversationId', 'sender'])
  const [conversationPickers, setConversationPickers] = useState(0)
  const countConversationPicker = useCallback((change: 1 | -1) => setConversationPickers((n) => n + change), [])
  const [windowNoteId, setWindowNoteId] = useState<string | undefined>(undefined)
  const [sendReadsWindowNote, setSendReadsWindowNote] = useState(false)
  const [touched, setTouched] = useState(false)
  const [attempted, setAttempted] = useState(false)
  // Presses of Send that the form's errors stopped, since the last one that went: each is
  // announced anew, and none is announced that nobody pressed for.
  const [blockedPresses, setBlockedPresses] = useState(0)
  const recipientRef = useRef<HTMLInputElement>(null)
  const sendButtonRef = useRef<HTMLButtonElement>(null)
  const closeButtonRef = useRef<HTMLButtonElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const pendingGoTo = useRef<(() => void) | undefined>(undefined)
  const settings = useBriqSettings()
  const resolvedClient = useClientFor(client, CALLER)
  const catalogue = props.catalogue ?? settings.catalogue

  // One look-up of the senders for every part that needs them, fresh each time the dialog opens.
  const { senders, requestSenders, retrySenders, sendersRetrying, sendersFailures } = useSendersLookup(
    resolvedClient,
    open,
  )
  // A sender chosen (a file's, the host's) while the senders are being looked up: "Send from"
  // shows it only once they answer, so Send waits rather than send from a number not shown.
  const sendersPending = sender !== null && conversationId === null && senders.status === 'loading'
  // None chosen and none could be read: Briq sends from the workspace's default, and that is said.
  const sendersFailure =
    sender === null && conversationId === null && senders.status === 'error' ? senders.error : undefined
  // Presses of Send that waited so, since the look-up answered: each is said anew.
  const [waitedPresses, setWaitedPresses] = useState(0)
  useEffect(() => {
    if (!sendersPending) setWaitedPresses(0)
  }, [sendersPending])

  const sending = useSendInteractive({
    client: resolvedClient,
    persistKey: props.persistKey,
    onSuccess: (data, request) => onSent?.(data, request),
  })
  // The send's answer; after a refused identical resend, the earlier send it repeats (core keeps it).
  const succeeded = sending.data
  const delivery = useMessageStatus(succeeded?.message_id, {
    client: resolvedClient,
    intervalMs: pollIntervalMs,
    initialStatus: succeeded?.status,
  })
  const validation = useValidationFor(propOf(name, 'validation'), props.validation)
  const plan = useMemo(
    () =>
      planSend({
        interactive,
        to,
        conversationId: conversationId ?? undefined,
        sender: sender ?? undefined,
        defaultCountryCode,
        validation,
        draftIssues: props.draftIssues,
        orderIssues: props.orderIssues,
      }),
    [interactive, to, conversationId, sender, defaultCountryCode, validation, props.draftIssues, props.orderIssues],
  )

  const { outgoing } = plan
  // Said before the press, from the memory the press reads: a form mounted again after its send
  // (a route change and back, a reload with persistKey, the dialog opened again) shows a plain
  // Send, and "already sent" came only once it was pressed. Idle only: a result on screen says more.
  // Not in server HTML, which knows no storage (hydration must match).
  useDayChange()
  const hydrated = useHydrated()
  const earlier =
    hydrated && sending.status === 'idle' && plan.request !== undefined ? sending.sentBefore(plan.request) : undefined
  const earlierWords =
    earlier === undefined || plan.request === undefined
      ? undefined
      : sentBeforeWords(earlier, { request: plan.request, t, locale: lang, localeTag, now: new Date() })
  // Kept while it is the same earlier send (its time) in the same words: the parts' shared value
  // below keeps its identity. `sentBefore(request)` may answer with a new object each render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: an earlier send is known by its kind and time
  const sentBefore = useMemo(
    () =>
      earlier === undefined || earlierWords === undefined
        ? undefined
        : { before: earlier, words: earlierWords.text, lang: earlierWords.lang },
    [earlier?.kind, earlier?.at, earlierWords?.text, earlierWords?.lang],
  )
  const onRequestChangeRef = useRef(props.onRequestChange)
  onRequestChangeRef.current = props.onRequestChange
  useEffect(() => onRequestChangeRef.current?.(outgoing), [outgoing])
  useResultLifetime(sending, outgoing, props.resetKeys, props.refreshKeys, resolvedClient)
  const resetRevision = useResetRevision([...(props.resetKeys ?? []), ...(props.refreshKeys ?? [])])

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
    // Close is in the row kept at the dialog's bottom edge, always in view: focusing it must not
    // scroll the dialog to its end, away from the outcome SendDialog.Status brought into view.
    if (open && sending.status === 'success') closeButtonRef.current?.focus({ preventScroll: true })
  }, [open, sending.status])

  useEffect(() => {
    if (plan.request) setBlockedPresses(0)
  }, [plan.request])
  // Closing the dialog forgets them (an inline form is never open, and keeps them).
  const wasOpen = useRef(open)
  useEffect(() => {
    if (wasOpen.current && !open) setBlockedPresses(0)
    wasOpen.current = open
  }, [open])

  const submit = useCallback(
    (allowDuplicate: boolean) => {
      if (sendersPending) {
        setWaitedPresses((count) => count + 1)
        return
      }
      setAttempted(true)
      if (!plan.request) {
        setBlockedPresses((count) => count + 1)
        if (plan.phone && !plan.phone.ok) recipientRef.current?.focus()
        return
      }
      setBlockedPresses(0)
      // "Send again" goes as the send starts: focus waits on Send rather than on the page.
      if (allowDuplicate) sendButtonRef.current?.focus()
      void sending.send(plan.request, allowDuplicate ? { allowDuplicate: true } : undefined)
    },
    [plan, sending.send, sendersPending],
  )
  const dismissDuplicate = useCallback(() => {
    reset()
    sendButtonRef.current?.focus()
  }, [reset])

  // Each go-to press renders anew, so a dialog its host kept open is seen open after it.
  const [goToPresses, setGoToPresses] = useState(0)
  const goTo = useCallback(
    (action: () => void, inDialog: boolean) => {
      if (!inDialog) return action()
      // Radix gives focus back as the dialog leaves (SendDialog.Content's onCloseAutoFocus): the
      // field takes it then, not the trigger, and not while the dialog's focus trap still holds.
      pendingGoTo.current = action
      setGoToPresses((presses) => presses + 1)
      setOpen(false)
    },
    [setOpen],
  )
  // A go-to whose press left the dialog open (a host's `open` kept true) or that waited on a
  // dialog opened again is dropped: not run when the dialog closes later, out of the blue.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a press is checked after its render
  useEffect(() => {
    if (open) pendingGoTo.current = undefined
  }, [open, goToPresses])

  const blocked = blockedPresses > 0 && !plan.request
  const waiting = waitedPresses > 0 && sendersPending
  // Fixed when the send moves on, not when the language (or a catalogue) changes after it: the
  // live region would say the last outcome again, in the new words.
  const { words: live, lang: liveLang } = useWordsOfTheMoment(
    [
      sending.status,
      sending.submittedAt,
      sending.error,
      sending.maybeSent,
      sending.unremembered,
      delivery,
      blockedPresses,
      blocked,
      waitedPresses,
      waiting,
      sendersPending,
      sendersFailure,
      plan.request,
      earlier?.kind,
      earlier?.at,
    ],
    () =>
      liveAnnouncement({
        t,
        core,
        coreLangOf,
        lang,
        messageLang: messageLangTag(messageLang),
        sending,
        delivery,
        blocked,
        waiting,
        sendersPending,
        sendersFailed:
          sendersFailure === undefined ? undefined : requestFailureWords(sendersFailure, core, coreLangOf, 'list'),
        sentBefore,
      }),
  )

  // One object while nothing in it changes: a new one makes React look for every part reading it
  // through the whole tree below (the composer's builder too) and render them all again.
  const hasConversationPicker = conversationPickers > 0
  // A look-up that fails again is said again (its words are the same).
  const liveKey = `${sending.status}:${sending.submittedAt ?? ''}:${blockedPresses}:${waitedPresses}:${
    sendersFailure === undefined ? '' : sendersFailures
  }`
  const value = useSameFields<SendDialogContextValue>({
    t,
    messages,
    core,
    coreLangOf,
    locale,
    localeTag,
    lang,
    messageLang,
    client: resolvedClient,
    theme,
    interactive,
    validation,
    catalogue,
    defaultCountryCode,
    open,
    setOpen,
    to,
    setTo,
    conversationId,
    setConversationId,
    hasConversationPicker,
    countConversationPicker,
    sender,
    setSender,
    senders,
    requestSenders,
    retrySenders,
    sendersRetrying,
    sendersPending,
    resetRevision,
    windowNoteId,
    setWindowNoteId,
    sendReadsWindowNote,
    setSendReadsWindowNote,
    plan,
    sending,
    sentBefore,
    delivery,
    touched,
    setTouched,
    attempted,
    blocked,
    submit,
    dismissDuplicate,
    live,
    liveLang,
    liveKey,
    portalContainer,
    recipientRef,
    sendButtonRef,
    closeButtonRef,
    triggerRef,
    goToField: props.goToField,
    goTo,
    pendingGoTo,
  })
  return (
    <SendDialogContext.Provider value={value}>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        {children}
      </Dialog.Root>
      <SendDialogClosedLive open={open} sending={sending} live={live} lang={liveLang} t={t} />
    </SendDialogContext.Provider>
  )
}
if (process.env.NODE_ENV !== 'production') SendDialogRoot.displayName = 'SendDialog.Root'
