import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ENGLISH_FRAGMENTS, englishWordIn, pageWords } from './test-support/english-leaks.ts'
import { renderApp, startTestMock } from './test-support/render-app.tsx'

const { server, mock } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
beforeEach(() => localStorage.clear())
afterEach(() => {
  server.resetHandlers()
  mock.reset()
})

const app = () => document.querySelector('.pg-app') as HTMLElement
const editor = () => screen.getByRole('textbox', { name: 'JSON ya interactive' })
const setEditorText = (text: string) => fireEvent.change(editor(), { target: { value: text } })
const recipient = () => screen.getByRole('textbox', { name: 'Namba ya simu ya mpokeaji' })
const send = () => screen.getByRole('button', { name: /^(Tuma kwa mfumo wa majaribio|Inatuma…)$/ })

/** Asserts the playground reads as Swahili: no English string of its catalogue, of core's, or an English word. */
function expectSwahiliOnly(englishSentences: readonly string[] = []): void {
  const words = pageWords(app())
  for (const fragment of ENGLISH_FRAGMENTS) expect(words, fragment).not.toContain(fragment)
  for (const sentence of englishSentences) expect(words, sentence).not.toContain(sentence)
  expect(englishWordIn(words), words).toBeUndefined()
}

describe('the playground in Swahili: no English a clerk would meet', () => {
  it('titles the page and sets its language, and follows a switch back to English', async () => {
    renderApp({ locale: 'sw' })
    expect(document.title).toBe('Uwanja wa majaribio wa Briq Interactive')
    expect(document.documentElement.lang).toBe('sw')
    expectSwahiliOnly()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Lugha' }), 'en')
    expect(document.title).toBe('Briq interactive playground')
    expect(document.documentElement.lang).toBe('en')
  })

  it('words core’s errors, warnings and the phone number’s reason in Swahili', async () => {
    renderApp({ locale: 'sw' })
    const broken = {
      type: 'button',
      header: { type: 'image', image: { link: 'http://duka.example/p.png' } },
      body: { text: 'Tuilete lini?' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'leo', title: 'Nitakuja kuchukua mwenyewe' } },
          { type: 'reply', reply: { id: 'leo', title: 'Kesho' } },
        ],
      },
    }
    setEditorText(JSON.stringify(broken))
    await userEvent.clear(recipient())
    await userEvent.type(recipient(), '0712 34')
    const errors = screen.getByRole('region', { name: 'Makosa' })
    expect(within(errors).getByText('Makosa 3 ya kurekebisha kabla ya kutuma')).toBeInTheDocument()
    expect(errors).toHaveTextContent('Jina la kitufe 1 lina herufi 26; WhatsApp inaruhusu hadi 20')
    expect(errors).toHaveTextContent('Kiungo cha picha ya kichwa kinatumia http; WhatsApp inashauri https')
    expect(recipient()).toHaveAccessibleDescription(
      /Namba hii haiwezi kupokea ujumbe: Namba ya \+255 ina tarakimu 9 baada ya 0 ya mwanzo; hii ina 5$/,
    )
    expectSwahiliOnly(['characters; WhatsApp allows', 'A +255 number has'])
  })

  it('says where JSON breaks, by line and column (safu wima), in the editor and for a file', async () => {
    renderApp({ locale: 'sw' })
    setEditorText('{\n  "type": "button"\n  "body": {}\n}')
    expect(editor()).toHaveAccessibleDescription(
      /Kosa la sintaksia ya JSON kwenye mstari 3, safu wima 3: “"” haikutarajiwa hapo\./,
    )
    const input = screen.getByLabelText('Fungua faili la JSON', { selector: 'input' })
    await userEvent.upload(input, new File(['{ "a": '], 'oda.json', { type: 'application/json' }))
    expect(
      await screen.findByText(/^oda\.json si JSON sahihi \(mstari 1, safu wima \d+\)\. Rasimu haijabadilika\.$/),
    ).toBeInTheDocument()
    expectSwahiliOnly()
  })

  it.each([
    ['a server error', () => mock.setScenario('server-error'), 'INTERNAL_ERROR'],
    ['a rate limit', () => mock.setScenario('rate-limited'), 'RATE_LIMITED'],
    ['a closed 24-hour window', () => mock.setScenario('window-closed'), 'WINDOW_CLOSED'],
    [
      'a lost connection',
      () => server.use(http.post('*/v1/whatsapp/messages/interactive', () => HttpResponse.error())),
      'NETWORK',
    ],
  ])('explains %s in Swahili', async (_name, arrange, code) => {
    arrange()
    renderApp({ locale: 'sw' })
    await userEvent.click(send())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`Ujumbe haujatumwa (${code})`)
    expectSwahiliOnly()
  })

  it('refuses a duplicate, follows the status with i- forms, and explains a reply the mock refuses', async () => {
    renderApp({ locale: 'sw' })
    await userEvent.click(send())
    const id = await screen.findByTestId('message-id')
    mock.advance(4000)
    await waitFor(() => expect(screen.getByText('Imesomwa na mteja', { selector: 'dd' })).toBeInTheDocument())
    await userEvent.click(send())
    expect(await screen.findByRole('alert')).toHaveTextContent('Ujumbe haujatumwa (DUPLICATE_SEND)')
    server.use(
      http.post('*/__mock/messages/:id/reply', () =>
        HttpResponse.json({ success: false, errors: [{ code: 'VALIDATION_ERROR', message: 'No' }] }, { status: 422 }),
      ),
    )
    const preview = screen.getByRole('region', { name: 'Onyesho la ujumbe wa WhatsApp' })
    await userEvent.click(within(preview).getByRole('button', { name: 'Kesho asubuhi' }))
    expect(
      await screen.findByText(
        'Mfumo wa majaribio haukuweza kurekodi jibu: mfumo wa majaribio umekataa (VALIDATION_ERROR)',
      ),
    ).toBeInTheDocument()
    expect(id).toBeInTheDocument()
    expectSwahiliOnly()
  })

  it('switches the mock’s scenario in Swahili', async () => {
    renderApp({ locale: 'sw' })
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Jinsi mfumo wa majaribio unavyojibu' }),
      'rate-limited',
    )
    expect(
      await screen.findByText('Sasa mfumo wa majaribio unajibu hivi: Jumbe nyingi mno kwa wakati mmoja (429).'),
    ).toBeInTheDocument()
    expectSwahiliOnly()
  })
})
