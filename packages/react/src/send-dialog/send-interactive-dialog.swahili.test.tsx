import {
  BriqError,
  briqErrorEnvelope,
  coreMessagesEn,
  describeRequestFailure,
  describeSendFailure,
  normalizePhone,
  validateSendRequest,
} from '@briq-interactive/core'
import { createBriqMock, DEFAULT_API_KEY, FIXTURE_PHONES } from '@briq-interactive/mock'
import { act, render, screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { englishCatalogueFragments, englishWordIn, everything } from '../i18n/testing/english-leaks.ts'
import { BriqProvider } from '../provider/briq-provider.tsx'
import { SendInteractiveDialog, type SendInteractiveDialogProps } from './send-interactive-dialog.tsx'

// A Swahili clerk's draft, so that any English on screen can only come from the kit.
const draft = {
  type: 'button',
  body: { text: 'Oda yako #TZ-4821 imefika. Tukuletee lini?' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'leo', title: 'Leo jioni' } },
      { type: 'reply', reply: { id: 'kesho', title: 'Kesho asubuhi' } },
    ],
  },
}
// Breaks several rules at once (a long title, a repeated id, an empty footer) and trips a guard.
const brokenDraft = {
  type: 'button',
  header: { type: 'image', image: { link: 'http://duka.example/picha.png' } },
  body: { text: 'Chagua siku ya kuletewa oda yako' },
  footer: { text: '' },
  action: {
    buttons: [
      { type: 'reply', reply: { id: 'siku', title: 'Leo jioni, kabla ya saa kumi na mbili' } },
      { type: 'reply', reply: { id: 'siku', title: 'Kesho' } },
    ],
  },
}

const mock = createBriqMock({ seed: 'react-send-dialog-sw', clock: 'manual' })
const server = setupServer(...mock.handlers)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => mock.reset())
afterEach(() => {
  server.resetHandlers()
  mock.setFaults({})
})
afterAll(() => server.close())

const ENGLISH_FRAGMENTS = englishCatalogueFragments()

// Codes, ids, command-line flags and option names are no words: left out before looking for English.
const withoutCodes = (text: string): string =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ' ')
    .replace(/\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\b/g, ' ')
    .replace(/--[a-z][a-z-]*|\b[a-z]+[A-Z]\w*\b/g, ' ')

/**
 * Asserts the open dialog speaks only Swahili: no string of the English catalogue, none of
 * core's English sentences in `english`, and no English word outside technical terms.
 */
function expectSwahiliOnly(english: readonly string[] = []): void {
  const text = everything(screen.getByRole('dialog'))
  for (const fragment of ENGLISH_FRAGMENTS) expect(text, fragment).not.toContain(fragment)
  for (const sentence of english) expect(text, sentence).not.toContain(sentence)
  expect(englishWordIn(withoutCodes(text)), text).toBeUndefined()
}

function renderDialog(props: Partial<SendInteractiveDialogProps> = {}) {
  return render(
    <BriqProvider endpoint="http://localhost/api/briq" headers={{ 'X-API-Key': DEFAULT_API_KEY }}>
      <SendInteractiveDialog
        interactive={draft}
        locale="sw"
        pollIntervalMs={20}
        trigger={<button type="button">Fungua</button>}
        {...props}
      />
    </BriqProvider>,
  )
}
const recipient = () => screen.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja' })
const send = () => screen.getByRole('button', { name: 'Tuma' })

async function openAndSend(to: string, props: Partial<SendInteractiveDialogProps> = {}) {
  renderDialog(props)
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: 'Fungua' }))
  await user.type(recipient(), to)
  await user.click(send())
  return user
}

describe('SendInteractiveDialog in Swahili: no English a clerk would meet', () => {
  it('names every error and warning of the draft, and why the number cannot be used, in Swahili', async () => {
    await openAndSend('0712 345 67', { interactive: brokenDraft })
    const result = validateSendRequest({ to: '255712345678', interactive: brokenDraft })
    const issues = [...(result.ok ? [] : result.issues), ...result.warnings]
    expect(issues.length).toBeGreaterThanOrEqual(4)
    const phone = normalizePhone('0712 345 67')
    if (phone.ok) throw new Error('the number should be refused')
    expect(screen.getByRole('region', { name: /^Makosa \d+ ya kurekebisha kabla ya kutuma$/ })).toHaveTextContent(
      'Jina la kitufe 1 lina herufi 37; WhatsApp inaruhusu hadi 20',
    )
    expect(screen.getByRole('region', { name: /^Onyo 1: bado unaweza kutuma$/ })).toHaveTextContent(
      'Kiungo cha faili kinatumia http; WhatsApp inashauri https',
    )
    expect(recipient()).toHaveAccessibleDescription(
      'Namba hii haiwezi kutumika: namba ya +255 ina tarakimu 9 baada ya 0 ya mwanzo; hii ina 8',
    )
    expect(screen.getByRole('status')).toHaveTextContent('Ujumbe haujatumwa: rekebisha kwanza makosa yaliyoonyeshwa.')
    expectSwahiliOnly([...issues.map((issue) => issue.message), phone.issue.message])
  })

  it('says in Swahili why Send waits for the senders, read afresh, before it sends from the sender chosen', async () => {
    let answer = () => {}
    const answered = new Promise<void>((resolve) => {
      answer = resolve
    })
    server.use(
      http.get('*/v1/whatsapp/senders', async () => {
        await answered
        return undefined
      }),
    )
    await openAndSend(FIXTURE_PHONES.open, { defaultSender: '255700000002' })
    expect(send()).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Ujumbe haujatumwa bado: namba zako za kutuma zinaendelea kupakiwa. Bonyeza Tuma tena zikishapakiwa.',
    )
    expectSwahiliOnly()
    expect(send()).toHaveAccessibleDescription(
      expect.stringContaining(
        'Tuma inasubiri namba zako za kutuma zipakiwe, ili uone ujumbe huu utatumwa kutoka namba ipi.',
      ),
    )
    act(() => answer())
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Tuma kutoka' })).toHaveValue('255700000002'))
    expect(send()).not.toHaveAttribute('aria-disabled')
  })

  it('shows in Swahili the sender chosen when the senders cannot be read, why, and how to load them again', async () => {
    server.use(http.get('*/v1/whatsapp/senders', () => HttpResponse.json({ detail: 'down' }, { status: 500 })))
    renderDialog({ defaultSender: '255700000002' })
    await userEvent.setup().click(screen.getByRole('button', { name: 'Fungua' }))
    const shown = await screen.findByRole('textbox', { name: 'Tuma kutoka' })
    await waitFor(() => expect(shown).toHaveValue('255700000002'))
    expect(shown).toHaveAccessibleDescription(/^Namba zako za kutuma hazikuweza kupakiwa: /)
    expect(screen.getByRole('button', { name: 'Pakia namba tena' })).toBeInTheDocument()
    expectSwahiliOnly()
  })

  it.each([
    ['a closed 24-hour window', () => {}, FIXTURE_PHONES.closed, 'WINDOW_CLOSED', 'Ujumbe haujatumwa'],
    [
      'a rate limit',
      () => mock.setFaults({ status: 429, retryAfterSeconds: 1 }),
      FIXTURE_PHONES.open,
      'RATE_LIMITED',
      'Ujumbe haujatumwa',
    ],
    [
      'a server that did not take it',
      () => mock.setFaults({ status: 503 }),
      FIXTURE_PHONES.open,
      'SERVICE_UNAVAILABLE',
      'Ujumbe haujatumwa',
    ],
    [
      'a server error after which it may have gone',
      () => mock.setFaults({ status: 500 }),
      FIXTURE_PHONES.open,
      'INTERNAL_ERROR',
      'Haijathibitishwa',
    ],
    [
      'no answer',
      () => server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error())),
      FIXTURE_PHONES.open,
      'network',
      // The request may have reached Briq: "not confirmed", not "not sent".
      'Haijathibitishwa',
    ],
  ])('explains %s in Swahili', async (_name, arrange, to, code, title) => {
    arrange()
    await openAndSend(to)
    const failure = await screen.findByRole('region', { name: title })
    expect(failure).toHaveAttribute('data-code', code)
    const english = Object.values(coreMessagesEn.sendFailure).map((sentence) => sentence({ reason: 'other' }))
    expectSwahiliOnly(english)
  })

  // The proxy's and the mock's own refusals (not Briq's): each has its own sentence.
  it.each([
    ['the proxy’s body limit', 413, 'PROXY_PAYLOAD_TOO_LARGE', 'Ujumbe haujatumwa'],
    ['a proxy whose framework read the body first', 500, 'PROXY_BODY_ALREADY_READ', 'Ujumbe haujatumwa'],
    ['the mock refusing the page’s origin', 403, 'MOCK_ORIGIN_NOT_ALLOWED', 'Ujumbe haujatumwa'],
    ['Briq’s answer lost on its way to the proxy', 502, 'UPSTREAM_ANSWER_LOST', 'Haijathibitishwa'],
  ])('explains %s in Swahili', async (_name, status, code, title) => {
    const errors = [{ code, message: 'English from the proxy', field: null }]
    server.use(
      http.post('*/v1/whatsapp/messages/interactive', () =>
        HttpResponse.json(briqErrorEnvelope(errors, 'r-1'), { status }),
      ),
    )
    await openAndSend(FIXTURE_PHONES.open)
    expect(await screen.findByRole('region', { name: title })).toHaveAttribute('data-code', code)
    expectSwahiliOnly(['English from the proxy'])
  })

  it('says "Jumbe nyingi mno" with the seconds to wait', async () => {
    mock.setFaults({ status: 429, retryAfterSeconds: 3 })
    await openAndSend(FIXTURE_PHONES.open)
    expect(await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })).toHaveTextContent(
      'Jumbe nyingi mno kwa wakati mmoja. Jaribu tena baada ya sekunde 3.',
    )
  })

  it('refuses a duplicate in Swahili and offers to send it again', async () => {
    const user = await openAndSend(FIXTURE_PHONES.open)
    await user.click(await screen.findByRole('button', { name: 'Funga' }))
    await user.click(screen.getByRole('button', { name: 'Fungua' }))
    await user.click(send())
    const refusal = await screen.findByRole('region', { name: 'Ujumbe haujatumwa' })
    expect(refusal).toHaveAttribute('data-code', 'DUPLICATE_SEND')
    expect(screen.getByRole('button', { name: 'Tuma tena' })).toBeInTheDocument()
    expectSwahiliOnly()
  })

  it('follows the status with i- forms, shows the reply, and explains a failed status poll', async () => {
    await openAndSend(FIXTURE_PHONES.open)
    const success = await screen.findByRole('region', { name: 'Ujumbe umetumwa' })
    await waitFor(() => expect(success).toHaveTextContent('Kwenye foleni'))
    act(() => mock.advance(4000))
    await waitFor(() => expect(success).toHaveTextContent('Imesomwa'))
    const messageId =
      mock
        .state()
        .messages.filter((m) => m.is_outbound)
        .at(-1)?.id ?? ''
    act(() => {
      mock.simulateReply(messageId, 'leo')
    })
    // The title is the message's own words, marked apart inside the sentence (lang="").
    await waitFor(() =>
      expect(document.querySelector('.bi-send-dialog-reply')).toHaveTextContent('Mteja amejibu: Leo jioni'),
    )
    expectSwahiliOnly()
  })

  it('explains a status poll Briq refuses', async () => {
    server.use(
      http.get('*/v1/whatsapp/messages/:id', () => HttpResponse.json({ detail: 'Not found' }, { status: 404 })),
    )
    await openAndSend(FIXTURE_PHONES.open)
    await screen.findByRole('region', { name: 'Ujumbe umetumwa' })
    expect(await screen.findByText('Imeshindikana kusasisha hali: Briq haiujui ujumbe huu')).toBeInTheDocument()
    const notFound = new BriqError({ kind: 'http', status: 404, message: 'x' })
    expectSwahiliOnly([describeRequestFailure(notFound), describeSendFailure(notFound)])
  })
})
