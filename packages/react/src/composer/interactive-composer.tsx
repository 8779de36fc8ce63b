'use client'

import {
  type BriqClient,
  type InteractiveTapReply,
  type Issue,
  inFormOrder,
  type ProductCatalogue,
  type SendInteractiveRequest,
  type SendResult,
  type ValidateOptions,
} from '@briq-interactive/core'
import { forwardRef, type ReactNode, useId, useMemo, useRef } from 'react'
import { BuilderContext, useBuilderControls, useBuilderSelector } from '../builder/builder-context.ts'
import {
  type BuilderDivProps,
  type BuilderOptions,
  BuilderRoot,
  type BuilderRootProps,
} from '../builder/builder-root.tsx'
import { pathOfIssue } from '../builder/derive-issues.ts'
import { BuilderPresetParts } from '../builder/interactive-builder.tsx'
import { withClassName } from '../dom/with-class-name.ts'
import { SEND_LABELS, translatorFor } from '../i18n/messages.ts'
import { BriqContext } from '../provider/briq-context.ts'
import type { PortalContainer } from '../provider/briq-settings.ts'
import { ComponentNameContext } from '../provider/component-name.ts'
import { type ClientCaller, useClientFor } from '../provider/use-briq-client.ts'
import { useOwnClient } from '../provider/use-own-client.ts'
import { useValidationFor } from '../provider/validation-context.ts'
import type { GoToField } from '../send-dialog/go-to-field.tsx'
import { offersConversation, SendDialogRoot } from '../send-dialog/send-dialog-root.tsx'
import type { SendRequestBody } from '../send-dialog/send-plan.ts'
import type { TakenOut } from '../state/taken-out.ts'
import { useClientAndOptionsWarning } from '../state/use-client-and-options-warning.ts'
import { ComposerHeading } from './composer-heading.tsx'
import { ComposerPreview, type ComposerReplyContext } from './composer-preview.tsx'
import { ComposerSend } from './composer-send.tsx'
import { OpenedRecipient } from './opened-recipient.tsx'
import { useStickyRoom } from './use-sticky-room.ts'

/** Props of {@link InteractiveComposer}: the builder's (draft, locale, persistence…) and the send's. */
export interface InteractiveComposerProps extends BuilderOptions, BuilderDivProps {
  /**
   * Your proxy's URL (e.g. `/api/briq`): the composer makes its own client, with none of the
   * provider's client options (its `headers`, such as your proxy's token, are not sent: 401
   * `PROXY_UNAUTHORIZED`). Leave it out to use the `BriqProvider` above (or give `client`).
   */
  endpoint?: string | undefined
  /** A client to use instead of the provider's (an `endpoint` beside it is ignored). */
  client?: BriqClient | undefined
  /** `dialog` (default): a Send button opens the send dialog. `inline`: the send form sits under the preview. */
  sendMode?: 'dialog' | 'inline' | undefined
  /** Called once per accepted send, with Briq's answer and the request sent. */
  onSent?: ((result: SendResult, request: SendInteractiveRequest) => void) | undefined
  /**
   * Called with the request Send would send, on mount and whenever it changes (recipient,
   * sender, conversation, draft): show it as code (`toCurl`) and it is exactly what Send posts.
   */
  onRequestChange?: ((request: SendRequestBody) => void) | undefined
  /**
   * When any of these values changes, the send step's last result is cleared, a `Retry-After`
   * hold lifted and its 24-hour window looked up again (see `SendDialog.Root`'s `resetKeys`): e.g. a counter bumped on a
   * mock's reset.
   */
  resetKeys?: readonly unknown[] | undefined
  /**
   * When any of these values changes, a failed send's result is cleared, a `Retry-After` hold
   * lifted and the 24-hour window looked up again, while a sent message stays with its status (see `SendDialog.Root`'s
   * `refreshKeys`): e.g. a mock's scenario, or a customer who wrote first.
   */
  refreshKeys?: readonly unknown[] | undefined
  /** Your catalogue's products by `product_retailer_id`, so product messages preview as the customer sees them. */
  catalogue?: ProductCatalogue | undefined
  /** Where the send dialog portals (see `SendInteractiveDialog`). Default: the provider's, else `document.body`. */
  portalContainer?: PortalContainer | undefined
  /** The recipient the send form starts with (uncontrolled). */
  defaultTo?: string | undefined
  /** The recipient as typed (controlled). */
  to?: string | undefined
  /** Called on every change to the recipient field. */
  onToChange?: ((to: string) => void) | undefined
  /**
   * Send into this existing conversation (controlled; `null` sends to the typed number), e.g. the
   * one of the ticket being answered. Given without `onConversationIdChange` it fixes the
   * conversation: the send step shows no "Send to" picker.
   */
  conversationId?: string | null | undefined
  /** The conversation chosen at first (uncontrolled). Default: none (a typed number). */
  defaultConversationId?: string | null | undefined
  /** Called when the user picks a conversation in "Send to" (or a new number: `null`). */
  onConversationIdChange?: ((conversationId: string | null) => void) | undefined
  /** Which of your numbers sends (controlled; `null`: Briq's default sender); shown read-only when "Send from" has no choice to offer. */
  sender?: string | null | undefined
  /** The sender chosen at first (uncontrolled). Default: none (Briq's default sender). */
  defaultSender?: string | null | undefined
  /** Called when the user picks a sender in "Send from" (`null`: the default one). */
  onSenderChange?: ((sender: string | null) => void) | undefined
  /** Whether the send dialog is open (controlled; `sendMode="dialog"` only). */
  open?: boolean | undefined
  /** Whether the send dialog starts open (uncontrolled). Default `false`. */
  defaultOpen?: boolean | undefined
  /** Called when the send dialog asks to open or close ("Send", Cancel, Close, Escape). */
  onOpenChange?: ((open: boolean) => void) | undefined
  /**
   * Country code assumed for numbers typed without one: the recipient's, and in the preview the
   * customer's (whose WhatsApp links a number in the text written without one) until a number
   * with another code is typed. Default `"255"`.
   */
  defaultCountryCode?: string | undefined
  /** Gap between status polls after a send, in ms (default: core's watcher default, 1.5 s). */
  pollIntervalMs?: number | undefined
  /**
   * The language the message itself is written in, as a BCP 47 tag (`sw`, `en-KE`): the `lang` of
   * the builder's fields where its words are typed (see `InteractiveBuilder`'s `messageLang`), of
   * its words in the preview and the send dialog (see `InteractivePreview`'s `messageLang`) and of
   * a tapped title in "The customer replied: …". Default: `''`, HTML's "unknown", as the kit
   * cannot know what was typed (the builder's fields then take the builder's language).
   */
  messageLang?: string | undefined
  /** Your business's name, shown as the author of the quoted message in the customer's reply. */
  businessName?: string | undefined
  /**
   * Called when someone taps a reply button or list row in the preview (playing the customer),
   * with the sent message's id and a way to poll its status at once: a mock can record the
   * answer there. Once a message is sent, the preview shows the real customer's reply while the
   * draft is that message; edited since, the preview plays the customer on the draft again and
   * the id is undefined (the tap answers nothing sent).
   */
  onReply?: ((reply: InteractiveTapReply, sent: ComposerReplyContext) => void) | undefined
}

interface SideProps {
  sendMode: 'dialog' | 'inline'
  props: InteractiveComposerProps
}

/**
 * The builder's own parts, arranged as `InteractiveBuilder` arranges them, in a region named by
 * its heading: a screen reader's heading keys reach the type, header and body above "Buttons".
 * Its groups and "Problems" are inside it, so their headings are one level below its own.
 */
function ComposerBuilder(): ReactNode {
  const controls = useBuilderControls('InteractiveComposer')
  // The builder's language: its own props over the provider's.
  const { localeTag, messages } = controls
  // The composer's own words are among the send step's labels, not the builder's.
  const t = translatorFor(SEND_LABELS, localeTag, messages)
  const headingId = useId()
  const inside = useMemo(() => ({ ...controls, headingLevel: controls.headingLevel + 1 }), [controls])
  return (
    <section className="bi-composer-builder" aria-labelledby={headingId}>
      <ComposerHeading id={headingId} wordedIn={t.langOf('composer.builder')}>
        {t('composer.builder')}
      </ComposerHeading>
      <BuilderContext.Provider value={inside}>
        <BuilderPresetParts />
      </BuilderContext.Provider>
    </section>
  )
}

const CALLER: ClientCaller = {
  kind: 'component',
  name: '<InteractiveComposer>',
  given: '<InteractiveComposer endpoint="/api/briq"> (or client={client})',
}

/** The preview and the send step, fed with the builder's draft. */
function ComposerSide({ sendMode, props }: SideProps): ReactNode {
  const { locale, localeTag, messages, coreMessages, theme, model, focusAnchor } =
    useBuilderControls('InteractiveComposer')
  const client = useClientFor(props.client, CALLER)
  const draft = useBuilderSelector((snapshot) => snapshot.draft, 'InteractiveComposer')
  // Text typed into a JSON box that does not parse is not in the draft: it blocks the send.
  const unparsed = useBuilderSelector((snapshot) => snapshot.state.unparsed, 'InteractiveComposer')
  const draftIssues = useMemo(() => unparsed.map((entry) => entry.issue), [unparsed])
  // The dialog lists the message's issues as the builder's Problems list does, with its finder.
  const anchorOf = useBuilderSelector((snapshot) => snapshot.anchorOf, 'InteractiveComposer')
  const orderIssues = useMemo(
    () => (issues: readonly Issue[]) => inFormOrder(issues, anchorOf, pathOfIssue),
    [anchorOf],
  )
  // A problem the dialog lists goes to its field as the Problems list does: the Form tab shown,
  // the field focused. None for a problem of the whole message.
  const goToField = useMemo<GoToField>(
    () => (path) =>
      anchorOf(path).kind === 'message'
        ? undefined
        : () => {
            const anchor = model.getSnapshot().anchorOf(path)
            focusAnchor(anchor)
          },
    [anchorOf, model, focusAnchor],
  )
  const side = useRef<HTMLDivElement>(null)
  useStickyRoom(side)
  return (
    <SendDialogRoot
      interactive={draft}
      draftIssues={draftIssues}
      orderIssues={orderIssues}
      goToField={goToField}
      locale={localeTag ?? locale}
      theme={theme}
      messages={messages}
      messageLang={props.messageLang}
      coreMessages={coreMessages}
      client={client}
      validation={props.validation}
      catalogue={props.catalogue}
      portalContainer={props.portalContainer}
      onSent={props.onSent}
      onRequestChange={props.onRequestChange}
      resetKeys={props.resetKeys}
      refreshKeys={props.refreshKeys}
      persistKey={props.persistKey}
      to={props.to}
      defaultTo={props.defaultTo}
      onToChange={props.onToChange}
      defaultCountryCode={props.defaultCountryCode}
      pollIntervalMs={props.pollIntervalMs}
      conversationId={props.conversationId}
      defaultConversationId={props.defaultConversationId}
      onConversationIdChange={props.onConversationIdChange}
      sender={props.sender}
      defaultSender={props.defaultSender}
      onSenderChange={props.onSenderChange}
      open={props.open}
      defaultOpen={props.defaultOpen}
      onOpenChange={props.onOpenChange}
    >
      {/* The preview and the send step: not the builder's, so its undo keys leave them alone. */}
      <OpenedRecipient inline={sendMode === 'inline'} />
      <div ref={side} className="bi-composer-side" data-bi-beside="">
        <ComposerPreview catalogue={props.catalogue} businessName={props.businessName} onReply={props.onReply} />
        <ComposerSend mode={sendMode} conversation={offersConversation(props)} />
      </div>
    </SendDialogRoot>
  )
}

/**
 * The composer's own client for its `endpoint`, checking sends with its validation options (else
 * the provider's). Only the client: the provider's language, catalogue, portal and validation
 * still reach the composer's parts, each of which takes the composer's own prop first.
 */
function ComposerClient(props: { endpoint: string; validation: ValidateOptions | undefined; children: ReactNode }) {
  const validation = useValidationFor('<InteractiveComposer validation>', props.validation)
  const client = useOwnClient({ endpoint: props.endpoint, validation })
  return <BriqContext.Provider value={client ?? null}>{props.children}</BriqContext.Provider>
}

/**
 * The whole integration for an admin UI in one component: the builder (every type by form, a
 * JSON tab, undo, fix-its, drafts kept with `persistKey`), the live preview and the send step
 * (recipient or conversation, the 24-hour window, delivery status and the customer's reply).
 * Side by side when the composer is at least 900 px wide (its own width, so it fits a narrow
 * column of your admin), stacked below that.
 *
 * @example
 * ```tsx
 * <InteractiveComposer endpoint="/api/briq" persistKey="crm:composer" locale="sw" />
 * ```
 */
export const InteractiveComposer = forwardRef<HTMLDivElement, InteractiveComposerProps>(
  function InteractiveComposer(props, ref) {
    const {
      endpoint,
      client,
      sendMode = 'dialog',
      onSent,
      onRequestChange,
      resetKeys,
      refreshKeys,
      catalogue,
      portalContainer,
      defaultTo,
      to,
      onToChange,
      defaultCountryCode,
      pollIntervalMs,
      conversationId,
      defaultConversationId,
      onConversationIdChange,
      sender,
      defaultSender,
      onSenderChange,
      open,
      defaultOpen,
      onOpenChange,
      businessName,
      onReply,
      className,
      ...builderProps
    } = props
    // Every option of the composer's own is taken out above: one left in `builderProps` would land on its element.
    // biome-ignore lint/correctness/noUnusedVariables: a compile-time check.
    type Checked = TakenOut<
      Extract<keyof typeof builderProps, Exclude<keyof InteractiveComposerProps, keyof BuilderRootProps>>
    >
    const composer = (
      <ComponentNameContext.Provider value="<InteractiveComposer>">
        <BuilderRoot ref={ref} {...builderProps} className={withClassName('bi-composer', className)}>
          {/* The container its layout queries: an element of its own, so the root keeps a width of its own. */}
          <div className="bi-composer-container">
            <div className="bi-composer-layout">
              <ComposerBuilder />
              <ComposerSide sendMode={sendMode} props={props} />
            </div>
          </div>
        </BuilderRoot>
      </ComponentNameContext.Provider>
    )
    useClientAndOptionsWarning('<InteractiveComposer>', client, { endpoint })
    if (endpoint === undefined) return composer
    return (
      <ComposerClient endpoint={endpoint} validation={builderProps.validation}>
        {composer}
      </ComposerClient>
    )
  },
)
if (process.env.NODE_ENV !== 'production') InteractiveComposer.displayName = 'InteractiveComposer'
