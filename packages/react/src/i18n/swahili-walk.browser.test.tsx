import '../styles.css'
import { INTERACTIVE_TYPES, type InteractiveType } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import { accessibilityTree } from '../testing/spoken.ts'
import { englishCatalogueFragments, englishWordIn, withoutMetaProducts } from './testing/english-leaks.ts'

afterEach(cleanup)

const ENGLISH_FRAGMENTS = englishCatalogueFragments()

/** Every string of a message: its own words (a fixture's "Express", a product id) are no leak. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? // A `type` is an API value ("text", "reply"), not words of the message.
        Object.entries(value).flatMap(([key, v]) => (key === 'type' ? [] : strings(v)))
      : []

/**
 * The fixture's message broken many ways at once, so the builder shows errors, warnings and
 * fix-its: every text padded with spaces, the body past its limit, every id the same, and a
 * field WhatsApp does not know.
 */
function broken(type: InteractiveType): Record<string, unknown> {
  const ids = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return key === 'id' ? 'id_sawa' : key === 'type' ? value : ` ${value} `
    if (Array.isArray(value)) return value.map((item) => ids(item))
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ids(v, k)]))
  }
  const message = ids(structuredClone(INTERACTIVE_EXAMPLES[type])) as Record<string, unknown>
  return { ...message, body: { text: 'Habari '.repeat(200) }, ziada: true }
}

/**
 * Chromium's accessibility tree of the whole page (names, descriptions, text) with the
 * message's own words taken out: what is left is the kit's, and must be Swahili.
 */
async function spokenKitText(message: unknown): Promise<string[]> {
  const own = strings(message)
    .map((text) => text.trim())
    .filter((text) => text.length > 1)
    .sort((a, b) => b.length - a.length)
  return (await accessibilityTree('body')).map((line) =>
    own.reduce(
      (left, text) => left.split(text).join(' '),
      // `role "name" — description` or `"text"`: the role ("textbox") is Chromium's word, and the
      // quotes around the name are the tree's, not a quoted value (which the checks pass over).
      line.replace(/^\s*[A-Za-z]*\s*"(.*?)"(?= — |$)/, '$1'),
    ),
  )
}

// A line of the JSON tab's text ("  \"header\": {"): the message as JSON, not the kit's words.
const JSON_LINE = /^\s*("[^"]*":|[{}[\],]+\s*$)/

function expectSwahiliOnly(lines: readonly string[]): void {
  for (const line of lines.filter((text) => !JSON_LINE.test(text)).map(withoutMetaProducts)) {
    expect(
      ENGLISH_FRAGMENTS.filter((fragment) => line.includes(fragment)),
      line,
    ).toEqual([])
    expect(englishWordIn(line), line).toBeUndefined()
  }
}

describe('the composer in Swahili, as Chromium gives it to a screen reader', () => {
  it.each(INTERACTIVE_TYPES)(
    'a broken %s message: errors, warnings, fix-its, preview',
    { timeout: 60_000 },
    async (type) => {
      const { client } = createMockClient()
      const message = broken(type)
      render(<InteractiveComposer client={client} locale="sw" defaultValue={message} />)
      await expect.element(page.getByRole('region', { name: 'Matatizo', exact: true })).toBeVisible()
      expectSwahiliOnly(await spokenKitText(message))
      await userEvent.click(page.getByRole('tab', { name: 'JSON', exact: true }))
      expectSwahiliOnly(await spokenKitText(message))
    },
  )

  it('a broken message sent from the dialog: the blocked send, its errors and warnings', async () => {
    const { client } = createMockClient()
    const message = broken('list')
    render(<InteractiveComposer client={client} locale="sw" defaultValue={message} />)
    await userEvent.click(page.getByRole('button', { name: 'Tuma', exact: true }).first())
    await expect.element(page.getByRole('dialog', { name: 'Tuma ujumbe' })).toBeVisible()
    expectSwahiliOnly(await spokenKitText(message))
  })

  it.each(INTERACTIVE_TYPES)(
    'a %s message sent inline: its status and the preview after it',
    { timeout: 60_000 },
    async (type) => {
      const { client } = createMockClient()
      const message = INTERACTIVE_EXAMPLES[type]
      render(
        <InteractiveComposer
          client={client}
          locale="sw"
          defaultValue={message}
          sendMode="inline"
          defaultTo={FIXTURE_PHONES.open}
          pollIntervalMs={20}
        />,
      )
      await userEvent.click(page.getByRole('button', { name: 'Tuma', exact: true }).first())
      await expect.element(page.getByRole('region', { name: 'Ujumbe umetumwa' })).toBeVisible()
      expectSwahiliOnly(await spokenKitText(message))
    },
  )

  it('a send refused because the 24-hour window is closed', async () => {
    const { client } = createMockClient()
    const message = INTERACTIVE_EXAMPLES.button
    render(
      <InteractiveComposer
        client={client}
        locale="sw"
        defaultValue={message}
        sendMode="inline"
        defaultTo={FIXTURE_PHONES.closed}
      />,
    )
    await userEvent.click(page.getByRole('button', { name: 'Tuma', exact: true }).first())
    await expect.element(page.getByText(/^Mteja hajakuandikia/).first()).toBeVisible()
    expectSwahiliOnly(await spokenKitText(message))
  })
})
