import { createDraft, INTERACTIVE_TYPES } from '@briq-interactive/core'
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { FIXTURE_CATALOGUE } from '@briq-interactive/mock'
import type { ReactElement } from 'react'
import { Builder } from '../../builder/builder.ts'
import { InteractiveBuilder } from '../../builder/interactive-builder.tsx'
import { InteractiveComposer } from '../../composer/interactive-composer.tsx'
import { edgeFixtures, FIXTURE_TIME, validFixtures } from '../../preview/fixtures.ts'
import { InteractivePreview } from '../../preview/interactive-preview.tsx'
import { BriqProvider } from '../../provider/briq-provider.tsx'
import { SendDemo } from '../../send/testing/send-demo.tsx'
import { SendDialog } from '../../send-dialog/send-dialog.ts'
import { SendInteractiveDialog } from '../../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../../send-dialog/testing/mock-client.ts'

/** The key every persisted case saves its draft under. */
export const PERSIST_KEY = 'hydration:draft'

const noop = () => {}

/** Every public component in the states a host renders on the server: one element per case. */
export const hydrationCases: Record<string, () => ReactElement> = {
  ...Object.fromEntries(
    Object.entries({ ...validFixtures, ...edgeFixtures }).map(([name, value]) => [
      `preview ${name}`,
      () => (
        <InteractivePreview value={value} time={FIXTURE_TIME} locale="sw" theme="dark" catalogue={FIXTURE_CATALOGUE} />
      ),
    ]),
  ),
  'preview without a time (the client clock)': () => <InteractivePreview value={validFixtures.list} />,
  // On a 12-hour clock, the same in Node and Chromium (engines differ in the space before PM).
  'preview on a 12-hour clock (en-US)': () => (
    <InteractivePreview value={validFixtures.buttonTextHeader} time="2026-11-24T21:05:00" locale="en-US" />
  ),
  'preview at a moment (a Date)': () => (
    <InteractivePreview value={validFixtures.list} time={new Date('2026-11-24T06:41:00Z')} />
  ),
  'preview at a moment (an ISO string with a zone)': () => (
    <InteractivePreview value={validFixtures.buttonTextHeader} time="2026-11-24T06:41:00Z" />
  ),
  'preview compact, classic, with a reply': () => (
    <InteractivePreview
      value={validFixtures.buttonTextHeader}
      time={FIXTURE_TIME}
      compact
      palette="classic"
      reply={{ type: 'button_reply', button_reply: { id: 'deliver_today', title: 'Leo jioni' } }}
    />
  ),
  ...Object.fromEntries(
    INTERACTIVE_TYPES.map((type) => [
      `builder ${type}, persisted, Swahili, dark`,
      () => <InteractiveBuilder defaultValue={createDraft(type)} persistKey={PERSIST_KEY} locale="sw" theme="dark" />,
    ]),
  ),
  'builder on the JSON tab, persisted, Swahili': () => (
    <InteractiveBuilder defaultTab="json" persistKey={PERSIST_KEY} locale="sw" />
  ),
  'builder controlled (value)': () => <InteractiveBuilder value={validFixtures.list} onValueChange={noop} />,
  'builder on the JSON tab': () => <InteractiveBuilder defaultValue={edgeFixtures.overLongTitles} defaultTab="json" />,
  'builder with no draft given': () => <InteractiveBuilder />,
  'builder with an image header, persisted': () => (
    <InteractiveBuilder defaultValue={validFixtures.buttonImageHeader} persistKey={PERSIST_KEY} />
  ),
  'builder parts, persisted': () => (
    <Builder.Root persistKey={PERSIST_KEY} locale="sw">
      <Builder.TabList />
      <Builder.History />
      <Builder.DraftConflict />
      <Builder.FormPanel>
        <Builder.TypePicker />
        <Builder.Header />
        <Builder.Body />
        <Builder.Footer />
        <Builder.Action />
      </Builder.FormPanel>
      <Builder.JsonPanel>
        <Builder.JsonEditor />
      </Builder.JsonPanel>
      <Builder.IssueSummary />
      <Builder.Preview time={FIXTURE_TIME} />
    </Builder.Root>
  ),
  'composer, persisted': () => <InteractiveComposer endpoint="/api/briq" persistKey={PERSIST_KEY} />,
  'composer, Swahili, dark, inline send': () => (
    <InteractiveComposer
      endpoint="/api/briq"
      locale="sw"
      theme="dark"
      sendMode="inline"
      defaultValue={validFixtures.list}
      defaultTo="255712345678"
      catalogue={FIXTURE_CATALOGUE}
    />
  ),
  'send dialog, closed': () => (
    <SendInteractiveDialog
      client={createMockClient().client}
      interactive={FEEDBACK_INTERACTIVE}
      trigger={<button type="button">Send on WhatsApp</button>}
    />
  ),
  'send dialog, open, Swahili, dark': () => (
    <SendInteractiveDialog
      client={createMockClient().client}
      interactive={FEEDBACK_INTERACTIVE}
      trigger={<button type="button">Tuma kwa WhatsApp</button>}
      defaultOpen
      locale="sw"
      theme="dark"
      defaultTo="255712345678"
    />
  ),
  // Inside a host's form: the parts' root is the host's element, no form nested in the host's.
  'send parts in a host form (SendDialog.Form asChild)': () => (
    <form action="/tickets/42">
      <SendDialog.Root client={createMockClient().client} interactive={FEEDBACK_INTERACTIVE} defaultTo="255712345678">
        <SendDialog.Form asChild>
          <section aria-label="Send">
            <SendDialog.Recipient />
            <SendDialog.Issues />
            <SendDialog.Status />
            <SendDialog.Actions />
          </section>
        </SendDialog.Form>
      </SendDialog.Root>
    </form>
  ),
  // The language and theme from the provider alone: the browser's scheme is not the server's to know.
  'provider in Swahili, system theme, around the kit': () => (
    <BriqProvider endpoint="/api/briq" locale="sw" theme="system">
      <InteractiveComposer persistKey={PERSIST_KEY} />
      <InteractivePreview value={validFixtures.list} time={new Date('2026-11-24T06:41:00Z')} />
      <SendInteractiveDialog interactive={FEEDBACK_INTERACTIVE} trigger={<button type="button">Tuma</button>} />
    </BriqProvider>
  ),
  'provider with the send hooks': () => (
    <BriqProvider endpoint="/api/briq">
      <SendDemo defaultTo="255712345678" />
    </BriqProvider>
  ),
}

/** A fresh element of the case called `name`; a name that is no case throws. */
export function renderCase(name: string): ReactElement {
  const render = hydrationCases[name]
  if (render === undefined) throw new Error(`no hydration case named "${name}"`)
  return render()
}
