import {
  type BriqClient,
  type CoreMessages,
  knownCountryCodeOf,
  type ProductCatalogue,
  type Sender,
  type SentBefore,
  type ValidateOptions,
} from '@briq-interactive/core'
import { createContext, type ReactNode, type RefObject } from 'react'
import type { Locale, Messages, SendTranslate } from '../i18n/messages.ts'
import type { PortalContainer } from '../provider/briq-settings.ts'
import type { CoreLangOf } from '../provider/use-core-messages.ts'
import type { UseMessageStatusResult } from '../send/use-message-status.ts'
import type { UseSendInteractiveResult } from '../send/use-send-interactive.ts'
import { usePartContext } from '../state/use-part-context.ts'
import type { GoToField } from './go-to-field.tsx'
import type { SendPlan } from './send-plan.ts'
import type { BriqQueryState } from './use-briq-query.ts'

/** Colour scheme of the send dialog's parts. */
export type SendDialogTheme = 'light' | 'dark' | 'system'

/** What every part of a send dialog reads from its `SendDialog.Root`. */
export interface SendDialogContextValue {
  readonly t: SendTranslate
  /** The root's `messages` overrides, for the parts that translate on their own (the preview). */
  readonly messages: Partial<Messages> | undefined
  /** Core's wording (issues, failures, phone reasons) in the same language. */
  readonly core: CoreMessages
  /** The language one of `core`'s sentences is in, sentence by sentence (see `CoreLangOf`). */
  readonly coreLangOf: CoreLangOf
  readonly locale: Locale
  /** The locale as given (the root's, else the provider's): its region sets the preview's clock. */
  readonly localeTag: string | undefined
  /** The language the dialog's words are shown in, for `lang` and dates (see `shownLanguage`). */
  readonly lang: string
  /**
   * The root's `messageLang` as given (the preview reads it so), undefined when left out: the
   * language of the message's own words.
   */
  readonly messageLang: string | undefined
  /** The client sends and look-ups go through (the `client` prop, else the provider's). */
  readonly client: BriqClient
  readonly theme: SendDialogTheme
  /** The draft being sent. */
  readonly interactive: unknown
  readonly validation: ValidateOptions
  readonly catalogue: ProductCatalogue | undefined
  /** The root's `defaultCountryCode`: the recipient's country, and the customer's in the preview. */
  readonly defaultCountryCode: string | undefined
  readonly open: boolean
  setOpen(open: boolean): void
  /** The recipient as typed. */
  readonly to: string
  setTo(to: string): void
  /** The conversation sent into, or null to send to the typed number. */
  readonly conversationId: string | null
  setConversationId(id: string | null): void
  /** Whether a `SendDialog.Conversation` picker is showing (it names the chosen conversation itself). */
  readonly hasConversationPicker: boolean
  /** Called by the conversation picker on mount (`+1`) and unmount (`-1`). */
  countConversationPicker(change: 1 | -1): void
  /** The chosen sender's number, or null for the workspace's default sender. */
  readonly sender: string | null
  setSender(sender: string | null): void
  /** The workspace's active senders, once a part asked for them (read again each time the dialog opens). */
  readonly senders: BriqQueryState<readonly Sender[]>
  /** Asks for `senders` (parts that need them call it in an effect). */
  requestSenders(): void
  /** Looks the senders up again after they failed ("Load numbers again"); the failure stays until the answer. */
  retrySenders(): void
  /** `retrySenders` was called and the failed look-up it asks again has not been answered yet. */
  readonly sendersRetrying: boolean
  /**
   * A sender is chosen while `senders` are looked up: "Send from" does not show it yet, so Send
   * waits (`aria-disabled`, with a note that says why, and a press says so too).
   */
  readonly sendersPending: boolean
  /** Bumped each time the root's `resetKeys` or `refreshKeys` change: parts that look Briq up look it up again. */
  readonly resetRevision: number
  /**
   * The id of `SendDialog.Window`'s paragraph while it shows: Send points at it
   * (`aria-describedby`), so a screen reader hears of a closed window before sending.
   */
  readonly windowNoteId: string | undefined
  /** Called by `SendDialog.Window` with its paragraph's id while it shows, and undefined after. */
  setWindowNoteId(id: string | undefined): void
  /** Whether a Send button is described by the window's paragraph (which is then hidden from assistive tech). */
  readonly sendReadsWindowNote: boolean
  /** Called by `SendDialog.Actions` while its Send button shows. */
  setSendReadsWindowNote(reads: boolean): void
  /** What would be sent and what blocks it. */
  readonly plan: SendPlan
  readonly sending: UseSendInteractiveResult
  /**
   * While idle, a request identical to the one Send would post that was sent (or maybe sent)
   * before, by core's `sentBefore`, with its note in words: what a press would be refused over.
   */
  readonly sentBefore:
    | {
        readonly before: SentBefore
        readonly words: string
        /** The language `words` are in (the kit's English a host's partial catalogue left out). */
        readonly lang: string
      }
    | undefined
  readonly delivery: UseMessageStatusResult
  /** Whether the recipient field was left once (its error shows from then on). */
  readonly touched: boolean
  setTouched(touched: boolean): void
  /** Whether a send was tried (every error shows from then on). */
  readonly attempted: boolean
  /** Whether the last press of Send was stopped by the plan's errors, which are still there. */
  readonly blocked: boolean
  /** Sends the plan's request, or shows what blocks it; `allowDuplicate` answers "Send again". */
  submit(allowDuplicate: boolean): void
  /** Answers the "Send again" question with no: back to the form, focus on Send. */
  dismissDuplicate(): void
  /** What the live region says (sending, sent, why not, with Briq's own words marked English). */
  readonly live: ReactNode
  /** The language `live` was worked out in: kept with its words when the locale changes after it. */
  readonly liveLang: string
  /** Changes whenever the live region must speak again, even in the same words. */
  readonly liveKey: string
  readonly portalContainer: PortalContainer
  readonly recipientRef: RefObject<HTMLInputElement | null>
  readonly sendButtonRef: RefObject<HTMLButtonElement | null>
  readonly closeButtonRef: RefObject<HTMLButtonElement | null>
  readonly triggerRef: RefObject<HTMLButtonElement | null>
  /** The root's `goToField`: how a problem's field is reached in a form beside the dialog. */
  readonly goToField: GoToField | undefined
  /**
   * Runs a go-to (`goToField`'s action): inside the modal dialog (`inDialog`), once it has closed and
   * let go of focus; outside it, at once.
   */
  goTo(action: () => void, inDialog: boolean): void
  /** The go-to waiting for the dialog to close, taken by `SendDialog.Content` as it gives focus back. */
  readonly pendingGoTo: RefObject<(() => void) | undefined>
}

/** Set by `SendDialog.Root`. */
export const SendDialogContext = createContext<SendDialogContextValue | null>(null)
if (process.env.NODE_ENV !== 'production') SendDialogContext.displayName = 'SendDialogContext'

/** The nearest `SendDialog.Root`'s state; throws (naming the part) outside one. */
export function useSendDialog(part: string): SendDialogContextValue {
  return usePartContext(SendDialogContext, part, '<SendDialog.Root> (or <SendInteractiveDialog>)')
}

/**
 * The customer's country, in which their WhatsApp reads a number written without a country code:
 * the typed recipient's, else the root's `defaultCountryCode`.
 */
export function customerCountryCode({
  plan,
  defaultCountryCode,
}: Pick<SendDialogContextValue, 'plan' | 'defaultCountryCode'>): string | undefined {
  return (plan.phone?.ok ? knownCountryCodeOf(plan.phone.value) : undefined) ?? defaultCountryCode
}

/** True inside `SendDialog.Content` (a modal dialog), false for parts laid out inline. */
export const InDialogContext = createContext(false)
if (process.env.NODE_ENV !== 'production') InDialogContext.displayName = 'InDialogContext'

/**
 * True inside a `SendDialog.Form` rendered as a `<form>`, whose submit sends: Send is its submit
 * button there. Elsewhere (no form, or `asChild` with another element, maybe inside a host's
 * form) Send is a plain button that sends by itself: a submit button would submit the host's
 * form from server HTML before React hydrates, and is the button the browser's Enter clicks.
 */
export const InSendFormContext = createContext(false)
if (process.env.NODE_ENV !== 'production') InSendFormContext.displayName = 'InSendFormContext'

/**
 * True inside `SendDialog.Form` (which `SendDialog.Content` holds): the parts' themed root, the
 * element with `bi-root` that carries the `--bi-*` defaults and the theme.
 */
export const InPartsRootContext = createContext(false)
if (process.env.NODE_ENV !== 'production') InPartsRootContext.displayName = 'InPartsRootContext'
