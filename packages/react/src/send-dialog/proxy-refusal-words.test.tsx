import { type CoreMessageOverrides, LIMITS, type ListInteractive } from '@briq-interactive/core'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { cleanup, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Locale, Messages } from '../i18n/messages.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog } from './send-interactive-dialog.tsx'
import { startMockServer } from './testing/mock-server.ts'

const { server } = startMockServer('react-proxy-refusal-words')
// The kit's proxy and a strict mock answer an invalid send with the same errors (the proxy's
// tests hold them to that): here the mock answers, over real fetch.
const strict = createBriqMock({ seed: 'react-proxy-refusal-words', clock: 'manual', strict: true })

// A page allowing the list guide's 4096-character body, behind a server that does not: the page's
// own checks pass, and the server refuses with 422.
const longList: ListInteractive = {
  type: 'list',
  body: { text: 'a'.repeat(2000) },
  action: { button: 'Choose', sections: [{ rows: [{ id: 'one', title: 'One' }] }] },
}

async function refusedIn(locale: Locale) {
  server.use(http.post('*/v1/whatsapp/messages/interactive', ({ request }) => strict.handle(request)))
  render(
    <BriqProvider
      endpoint="http://localhost/api/briq"
      headers={{ 'X-API-Key': DEFAULT_API_KEY }}
      validation={{ extendedListBody: true }}
    >
      <SendInteractiveDialog
        interactive={longList}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        locale={locale}
        validation={{ extendedListBody: true }}
      />
    </BriqProvider>,
  )
  await userEvent.setup().click(screen.getByRole('button', { name: locale === 'sw' ? 'Tuma' : 'Send' }))
  const failure = await screen.findByRole('region', { name: locale === 'sw' ? 'Ujumbe haujatumwa' : 'Not sent' })
  return { failure, issues: within(failure).getAllByRole('listitem') }
}

describe("a refusal by the kit's proxy or mock is worded in the dialog's language", () => {
  it('in Swahili: what it means and the issue, none of it the English sentence the answer holds', async () => {
    const { failure, issues } = await refusedIn('sw')
    expect(failure).toHaveTextContent(
      'Ujumbe unavunja kanuni za WhatsApp; rekebisha makosa yaliyoonyeshwa, kisha uutume.',
    )
    expect(issues.map((item) => item.textContent)).toEqual([
      `Maandishi ya ujumbe yana herufi 2000; WhatsApp inaruhusu hadi ${LIMITS.body.text.max}`,
    ])
    expect(failure.textContent).not.toMatch(/WhatsApp allows|characters/)
    expect(failure.querySelector('[lang]')).toBeNull()
    // The answer's code and request id stay, to quote: the server refused it, not the page.
    expect(failure).toHaveAttribute('data-code', 'VALIDATION_ERROR')
    expect(failure).toHaveTextContent('Kitambulisho cha ombi')
    expect(screen.getByRole('status').textContent).toMatch(/^Ujumbe haujatumwa: ujumbe unavunja kanuni za WhatsApp/)
  })

  it('in English as the answer said it, once (no "Briq said" beside it)', async () => {
    const { failure, issues } = await refusedIn('en')
    expect(issues.map((item) => item.textContent)).toEqual([
      `Body text is 2000 characters; WhatsApp allows ${LIMITS.body.text.max}`,
    ])
    expect(failure.textContent?.match(/WhatsApp allows/g)).toHaveLength(1)
    expect(failure).toHaveTextContent("The message breaks WhatsApp's rules; fix the errors shown, then send it.")
  })

  it("in a host's third language: its own sentence where it words the issue, else the kit's English marked so", async () => {
    const messages = { 'sendDialog.failed.title': 'Non envoyé' } satisfies Partial<Messages>
    const worded = {
      locale: 'fr',
      issues: {
        too_long: (issue: { actual?: number; limit?: number }) =>
          `Le texte compte ${issue.actual} caractères ; WhatsApp en permet ${issue.limit}`,
      },
    } satisfies CoreMessageOverrides
    const { issues } = await refusedInFrench(messages, worded)
    expect(issues.map((item) => [item.textContent, item.getAttribute('lang')])).toEqual([
      [`Le texte compte 2000 caractères ; WhatsApp en permet ${LIMITS.body.text.max}`, null],
    ])
    cleanup()
    const english = await refusedInFrench(messages, { locale: 'fr', issues: {} })
    expect(english.issues.map((item) => [item.textContent, item.getAttribute('lang')])).toEqual([
      [`Body text is 2000 characters; WhatsApp allows ${LIMITS.body.text.max}`, 'en'],
    ])
  })
})

async function refusedInFrench(messages: Partial<Messages>, coreMessages: CoreMessageOverrides) {
  server.use(http.post('*/v1/whatsapp/messages/interactive', ({ request }) => strict.handle(request)))
  render(
    <BriqProvider
      endpoint="http://localhost/api/briq"
      headers={{ 'X-API-Key': DEFAULT_API_KEY }}
      validation={{ extendedListBody: true }}
    >
      <SendInteractiveDialog
        interactive={longList}
        defaultOpen
        defaultTo={FIXTURE_PHONES.open}
        locale="fr"
        messages={messages}
        coreMessages={coreMessages}
        validation={{ extendedListBody: true }}
      />
    </BriqProvider>,
  )
  await userEvent.setup().click(screen.getByRole('button', { name: 'Send' }))
  const failure = await screen.findByRole('region', { name: 'Non envoyé' })
  return { failure, issues: within(failure).getAllByRole('listitem') }
}
