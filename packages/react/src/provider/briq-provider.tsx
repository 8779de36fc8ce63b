import type { BriqClient, BriqClientOptions, ProductCatalogue, ValidateOptions } from '@briq-interactive/core'
import { type ReactNode, useMemo } from 'react'
import { BriqContext } from './briq-context.ts'
import { BriqSettingsContext, type PortalContainer } from './briq-settings.ts'
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
  /** The part of your app that sends messages. */
  children?: ReactNode | undefined
}

/**
 * Gives `useSendInteractive`, `useMessageStatus`, `useBriqClient` and the kit's components their
 * Briq client and settings. Pass `client`, or the `createBriqClient` options (`endpoint`,
 * `headers`, `fetch`, `timeoutMs`, `retry`, `validation`).
 *
 * The provider follows its options: when `endpoint` or another option's value changes (a
 * tenant switch), it creates a new client and the next request goes to the new endpoint; a send
 * already under way finishes with the client it started with. Option objects are compared by
 * value, so `headers={{ 'X-Tenant': id }}` written inline does not re-create the client on every
 * render, and `fetch` or a `headers` function may change identity freely: the latest one is
 * called. Safe to render on the server: creating a client touches no browser API.
 *
 * `validation` (for the rules Meta's own sources disagree on, e.g. `extendedListBody`) reaches
 * the client's send check, `InteractivePreview` and `SendInteractiveDialog` alike, so all three
 * agree.
 *
 * @example
 * <BriqProvider endpoint={`/api/briq/${tenant}`}>
 *   <Composer />
 * </BriqProvider>
 */
export function BriqProvider(props: BriqProviderProps) {
  const { children, portalContainer, catalogue, client: given, ...options } = props
  // Checked first, so a bad reading is refused in the provider's name, not the client's.
  const validation = useValidationFor('<BriqProvider validation>', props.validation ?? NO_OPTIONS)
  const owned = useOwnClient(given ? undefined : (options as BriqClientOptions))
  const client = given ?? owned
  const settings = useMemo(() => ({ portalContainer, catalogue }), [portalContainer, catalogue])
  return (
    <BriqContext.Provider value={client ?? null}>
      <ValidationContext.Provider value={validation}>
        <BriqSettingsContext.Provider value={settings}>{children}</BriqSettingsContext.Provider>
      </ValidationContext.Provider>
    </BriqContext.Provider>
  )
}

const NO_OPTIONS: ValidateOptions = {}
