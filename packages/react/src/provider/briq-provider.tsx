'use client'

import {
  type BriqClient,
  type BriqClientOptions,
  type CoreMessageOverrides,
  coreMessagesEn,
  type ProductCatalogue,
  type ValidateOptions,
  withCoreMessages,
} from '@briq-interactive/core'
import { type ReactNode, useMemo } from 'react'
import type { Locale, Messages } from '../i18n/messages.ts'
import { useClientAndOptionsWarning } from '../state/use-client-and-options-warning.ts'
import { BriqContext } from './briq-context.ts'
import { BriqSettingsContext, knownTheme, type PortalContainer, useBriqSettings } from './briq-settings.ts'
import { type KitLanguage, LanguageContext, useInheritedLanguage, useKitLanguage } from './language-context.ts'
import { useStableCoreOverrides } from './use-core-messages.ts'
import { useOwnClient } from './use-own-client.ts'
import { useValidationFor, ValidationContext } from './validation-context.ts'

/** Props of {@link BriqProvider}: a ready client, or the options to create one, plus the kit's settings. */
export type BriqProviderProps = (
  | {
      /** The client every hook below uses (e.g. one shared with non-React code). */
      client: BriqClient
      /**
       * The validation options of the preview and the send dialog below; give the same ones you
       * gave `createBriqClient`, so what they show valid is what the client sends.
       */
      validation?: ValidateOptions | undefined
    }
  | (BriqClientOptions & {
      /** Leave out to let the provider create the client from the other props. */
      client?: undefined
    })
) & {
  /**
   * Where the kit's dialogs (the send dialog) are portalled, for a host that renders the kit in
   * a shadow root or a scoped container: an element, or the shadow root itself. It must be where
   * the kit's stylesheet applies, and inside the element that sets your `--bi-*` variables if
   * the dialog should take them. Default: the shadow root the dialog's trigger is in, else
   * `document.body`. A dialog's own `portalContainer` prop wins.
   */
  portalContainer?: PortalContainer | undefined
  /**
   * Your catalogue's products by `product_retailer_id` (name, price, currency, image), so every
   * preview below shows product messages as the customer sees them instead of ids. A preview's
   * own `catalogue` prop wins.
   */
  catalogue?: ProductCatalogue | undefined
  /**
   * The colour scheme of every kit component below (`light`, `dark`, or `system`: the OS's),
   * unless a component is given its own `theme`: a dark admin writes it once. Default: an outer
   * `BriqProvider`'s, else `system`.
   */
  theme?: 'light' | 'dark' | 'system' | undefined
  /**
   * The language of every kit component below (the builder, the preview, the send dialog and
   * its status, the composer), unless a component is given its own `locale`: `en`, `sw`, or the
   * tag your own i18n or `navigator.language` gives (`sw-TZ` speaks Swahili; a language the kit
   * does not speak shows English). Its region, or its `-u-hc-` extension, also sets the clock
   * times are shown on (`en-US` `3:54 PM`, `sw-TZ` `15:54`; see `InteractivePreview`'s `locale`).
   * Default: an outer `BriqProvider`'s, else `en`.
   */
  locale?: Locale | (string & {}) | undefined
  /**
   * Your own wording for any catalogue key, for every kit component below (e.g.
   * `{ 'builder.tab.json': 'Code' }`); a component's own `messages` win key by key, and an
   * outer `BriqProvider`'s apply under these.
   */
  messages?: Partial<Messages> | undefined
  /**
   * Your own wording for core's sentences (the validators' issues, a number's reasons, what a
   * failed send means), for every kit component below: core's `CoreMessageOverrides`, keyed as
   * its catalogues are, so a misspelt key fails to compile. A component's own `coreMessages`
   * win key by key.
   *
   * @example
   * <BriqProvider endpoint="/api/briq" locale="sw" coreMessages={{ issues: { too_long: (issue) => `Hadi ${issue.limit}` } }}>
   */
  coreMessages?: CoreMessageOverrides | undefined
  /** The part of your app that sends messages. */
  children?: ReactNode | undefined
}

/**
 * Gives `useSendInteractive`, `useMessageStatus`, `useBriqClient` and the kit's components their
 * Briq client and settings. Pass `client`, or the `createBriqClient` options (`endpoint`,
 * `headers`, `fetch`, `timeoutMs`, `retry`, `validation`).
 *
 * The provider follows its options: when `endpoint` or `headers` change value (a tenant
 * switch), it creates a new client and the next request goes to the new endpoint; a send
 * already under way finishes with the client it started with. A new `timeoutMs`, `retry` or
 * `validation` applies to the next call through the same client, which keeps what it knows was
 * sent (no identical resend unasked after a rule is switched). Option objects are compared by
 * value, so `headers={{ 'X-Tenant': id }}` written inline does not re-create the client on every
 * render, and `fetch` or a `headers` function may change identity freely: the latest one is
 * called. Safe to render on the server: creating a client touches no browser API.
 *
 * `validation` (for the rules Meta's own sources disagree on, e.g. `extendedListBody`) reaches
 * the client's send check, `InteractivePreview` and `SendInteractiveDialog` alike, so all three
 * agree.
 *
 * `locale`, `messages` and `coreMessages` are the language of every kit component below (a
 * Swahili admin writes `locale="sw"` once); a component's own prop wins.
 *
 * @example
 * <BriqProvider endpoint={`/api/briq/${tenant}`}>
 *   <Composer />
 * </BriqProvider>
 */
export function BriqProvider(props: BriqProviderProps) {
  const {
    children,
    portalContainer,
    catalogue,
    theme,
    locale,
    messages,
    coreMessages,
    client: given,
    ...options
  } = props
  // Checked first, so a bad reading is refused in the provider's name, not the client's.
  const validation = useValidationFor('<BriqProvider validation>', props.validation ?? NO_OPTIONS)
  const { endpoint, fetch, headers, timeoutMs, retry } = options as Partial<BriqClientOptions>
  useClientAndOptionsWarning('<BriqProvider>', given, { endpoint, fetch, headers, timeoutMs, retry })
  const owned = useOwnClient(given ? undefined : (options as BriqClientOptions))
  const client = given ?? owned
  const outerTheme = useBriqSettings().theme
  const resolvedTheme = knownTheme('<BriqProvider theme>', theme) ?? outerTheme
  const settings = useMemo(
    () => ({ portalContainer, catalogue, theme: resolvedTheme }),
    [portalContainer, catalogue, resolvedTheme],
  )
  const language = useProvidedLanguage(locale, messages, coreMessages)
  return (
    <BriqContext.Provider value={client ?? null}>
      <ValidationContext.Provider value={validation}>
        <BriqSettingsContext.Provider value={settings}>
          <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
        </BriqSettingsContext.Provider>
      </ValidationContext.Provider>
    </BriqContext.Provider>
  )
}

const NO_OPTIONS: ValidateOptions = {}

/** The provider's language over an outer provider's, its `coreMessages` checked in its name. */
function useProvidedLanguage(
  locale: Locale | (string & {}) | undefined,
  messages: Partial<Messages> | undefined,
  coreMessages: CoreMessageOverrides | undefined,
): KitLanguage {
  const inherited = useInheritedLanguage()
  const merged = useKitLanguage('<BriqProvider>', undefined, messages).messages
  const own = useStableCoreOverrides(coreMessages)
  const core = useMemo(() => {
    try {
      withCoreMessages(coreMessagesEn, own)
    } catch (error) {
      throw error instanceof TypeError ? new TypeError(`<BriqProvider>: ${error.message}`) : error
    }
    return layered(inherited.coreMessages, own)
  }, [inherited.coreMessages, own])
  const resolved = locale ?? inherited.locale
  return useMemo(() => ({ locale: resolved, messages: merged, coreMessages: core }), [resolved, merged, core])
}

/** `inner`'s sentences over `outer`'s, group by group and key by key. */
function layered(
  outer: CoreMessageOverrides | undefined,
  inner: CoreMessageOverrides | undefined,
): CoreMessageOverrides | undefined {
  if (outer === undefined || inner === undefined) return inner ?? outer
  return {
    locale: inner.locale ?? outer.locale,
    field: inner.field ?? outer.field,
    type: inner.type ?? outer.type,
    size: inner.size ?? outer.size,
    issues: over(outer.issues, inner.issues),
    sendFailure: over(outer.sendFailure, inner.sendFailure),
    requestFailure: over(outer.requestFailure, inner.requestFailure),
    sendHold: inner.sendHold ?? outer.sendHold,
  }
}

const over = <T extends object>(outer: T | undefined, inner: T | undefined): T | undefined => {
  if (outer === undefined || inner === undefined) return inner ?? outer
  const entries = Object.entries(inner).filter(([, sentence]) => sentence !== undefined)
  return { ...outer, ...Object.fromEntries(entries) }
}
