import { createDraft, INTERACTIVE_TYPES, type Issue, LIMITS, validateInteractive } from '@briq-interactive/core'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { englishCatalogueFragments, englishWordIn, everything } from '../i18n/testing/english-leaks.ts'
import { InteractiveBuilder } from './interactive-builder.tsx'

const ENGLISH_FRAGMENTS = englishCatalogueFragments()

/**
 * Asserts the builder speaks only Swahili: no string of the English catalogue, none of core's
 * English sentences given, and no English word outside technical terms. The words of the
 * message itself are Swahili starter words, so they cannot hide a leak.
 */
function expectSwahiliOnly(root: HTMLElement, english: readonly string[] = []): void {
  const text = everything(root)
  for (const fragment of ENGLISH_FRAGMENTS) expect(text, fragment).not.toContain(fragment)
  for (const sentence of english) expect(text, sentence).not.toContain(sentence)
  expect(englishWordIn(text), text).toBeUndefined()
}

/** What the builder last said to screen readers (its live region). */
const announced = () => document.querySelector('.bi-builder-live') as HTMLElement

describe('InteractiveBuilder in Swahili: no English a clerk would meet', () => {
  it.each(INTERACTIVE_TYPES)('composes a %s message in Swahili', async (type) => {
    const { container } = render(<InteractiveBuilder locale="sw" />)
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Aina ya ujumbe' }), type)
    expectSwahiliOnly(container)
  })

  it('says what happened to a button without a noun-class clash (Kitufe is not of the ya/i class)', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder locale="sw" />)
    const first = screen.getByRole('group', { name: 'Kitufe 1' })
    const up = within(first).getByRole('button', { name: 'Sogeza juu' })
    expect(up).toHaveAccessibleDescription('Tayari katika nafasi ya kwanza: Kitufe 1')
    await user.click(up)
    expect(announced()).toHaveTextContent('Tayari katika nafasi ya kwanza: Kitufe 1')
    await user.click(within(first).getByRole('button', { name: 'Ondoa' }))
    expect(screen.getByText('Umeondoa kitufe 1')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ongeza kitufe' }))
    expect(screen.getByText('Umeongeza kitufe 2')).toBeInTheDocument()
    const last = within(screen.getByRole('group', { name: 'Kitufe 2' })).getByRole('button', { name: 'Sogeza chini' })
    expect(last).toHaveAccessibleDescription('Tayari katika nafasi ya mwisho: Kitufe 2')
  })

  it('counts one button or one line break in the singular: the noun stands before the count', () => {
    const draft = {
      type: 'button',
      body: { text: 'Habari' },
      action: { buttons: [{ type: 'reply', reply: { id: 'ndiyo', title: 'Ndiyo' } }] },
    }
    const { container, unmount } = render(<InteractiveBuilder locale="sw" defaultValue={draft} />)
    expect(container.textContent).toContain('Kitufe 1 kati ya 3')
    expect(container.textContent).not.toContain('Vitufe 1')
    unmount()
    const carousel = createDraft('carousel')
    render(<InteractiveBuilder locale="sw" defaultValue={carousel} />)
    const card = screen.getAllByRole('textbox', { name: /^Maandishi ya kadi 1/ })[0] as HTMLTextAreaElement
    fireEvent.change(card, { target: { value: 'Mstari wa kwanza\nMstari wa pili' } })
    expect(document.body.textContent).toContain('Mstari mpya 1 kati ya 2')
  })

  it('names the default of a select left empty by its option, not its JSON value', () => {
    render(<InteractiveBuilder locale="sw" defaultValue={createDraft('flow')} />)
    const mode = screen.getByRole('combobox', { name: 'Toleo la flow' })
    expect(mode).toHaveDisplayValue('Imechapishwa')
    expect(mode).toHaveAccessibleDescription('Si lazima; ukiacha wazi, WhatsApp hutumia Imechapishwa')
  })

  it('words a default without a concord the field would have to match (toleo li-, muda u-)', () => {
    render(<InteractiveBuilder locale="sw" defaultValue={createDraft('voice_call')} />)
    const ttl = screen.getByRole('textbox', { name: 'Muda wa kitufe (dakika)' })
    expect(ttl).toHaveAccessibleDescription(
      `Si lazima; ukiacha wazi, WhatsApp hutumia ${LIMITS.voiceCall.ttlMinutes.default}`,
    )
    expect(document.body.textContent).not.toMatch(/ikiachwa/)
  })

  it('words its errors and warnings in Swahili beside the fields', () => {
    const { container } = render(<InteractiveBuilder locale="sw" />)
    const title = screen.getByRole('textbox', { name: 'Jina la kitufe 1' })
    fireEvent.change(title, { target: { value: 'Ndiyo, thibitisha oda yangu sasa hivi' } })
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/Jina la kitufe 1 lina herufi 37; WhatsApp inaruhusu hadi 20/)
    const body = screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })
    fireEvent.change(body, { target: { value: '' } })
    const draft = {
      type: 'button',
      body: { text: '' },
      action: {
        buttons: [
          { type: 'reply', reply: { id: 'a', title: 'Ndiyo, thibitisha oda yangu sasa hivi' } },
          { type: 'reply', reply: { id: 'b', title: 'Hapana' } },
        ],
      },
    }
    const result = validateInteractive(draft)
    const english: Issue[] = [...(result.ok ? [] : result.issues), ...result.warnings]
    expectSwahiliOnly(
      container,
      english.map((issue) => issue.message),
    )
  })

  it('words broken JSON in Swahili from its position, never with the engine’s English', () => {
    const { container } = render(<InteractiveBuilder locale="sw" defaultTab="json" />)
    const json = screen.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })
    const broken = '{\n  "type": "button",\n  "body": { "text": "x", }\n}'
    let engine = ''
    try {
      JSON.parse(broken)
    } catch (error) {
      engine = (error as Error).message
    }
    fireEvent.change(json, { target: { value: broken } })
    expect(json).toHaveAccessibleDescription(
      /^Kosa: Ujumbe si JSON sahihi kwenye mstari 3, safu wima 24: JSON haikubali "," baada ya kipengele cha mwisho; iondoe/,
    )
    expect(everything(container)).not.toContain(engine)
    expect(everything(container)).not.toMatch(/line \d|column \d|position \d/i)
    expectSwahiliOnly(container)
  })

  it('re-words JSON errors and file notes when the language changes', async () => {
    const user = userEvent.setup()
    const flow = { ...createDraft('flow') }
    const { rerender } = render(<InteractiveBuilder locale="sw" defaultValue={flow} />)
    fireEvent.change(screen.getByRole('textbox', { name: 'Data ya skrini (JSON)' }), { target: { value: '{"a": ' } })
    rerender(<InteractiveBuilder locale="en" defaultValue={flow} />)
    expect(screen.getByRole('textbox', { name: 'Screen data (JSON)' })).toHaveAccessibleDescription(
      /^Error: Screen data is not valid JSON at line 1, column 7: expected a value, but the text ends/,
    )
    rerender(<InteractiveBuilder locale="sw" defaultValue={flow} />)
    expect(screen.getByRole('textbox', { name: 'Data ya skrini (JSON)' })).toHaveAccessibleDescription(
      /^Kosa: Data ya skrini si JSON sahihi kwenye mstari 1, safu wima 7/,
    )

    await user.click(screen.getByRole('tab', { name: 'JSON' }))
    const input = document.querySelector('input[type="file"]') as HTMLInputElement
    await user.upload(input, new File([JSON.stringify(createDraft('list'))], 'good.json', { type: 'application/json' }))
    expect(await screen.findByText('Imefunguliwa: good.json', { selector: 'p' })).toBeInTheDocument()
    rerender(<InteractiveBuilder locale="en" defaultValue={flow} />)
    expect(screen.getByText('Opened good.json', { selector: 'p' })).toBeInTheDocument()
    await user.upload(input, new File(['{"a": 1,}'], 'bad.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '\u2068bad.json\u2069 is not valid JSON at line 1, column 8: JSON takes no "," after the last item; remove it',
    )
    rerender(<InteractiveBuilder locale="sw" defaultValue={flow} />)
    expect(screen.getByRole('alert').textContent).toMatch(
      /^\u2068bad\.json\u2069 si JSON sahihi kwenye mstari 1, safu wima 8: JSON haikubali ","/,
    )
  })

  it('says nothing again in its live region when the host switches to Swahili; what it says next is Swahili', () => {
    const { container, rerender } = render(<InteractiveBuilder locale="en" />)
    fireEvent.click(screen.getByRole('button', { name: 'Add button' }))
    expect(announced()).toHaveTextContent('Button 3 added')
    const words = announced().firstElementChild
    rerender(<InteractiveBuilder locale="sw" />)
    // Said and heard in English: kept as said (new words would be said again, as news), marked
    // English for a reader who meets them before they leave, as the preview's and the send
    // dialog's are. (The message's own words stay as they were: they are what will be sent.)
    expect(announced().firstElementChild).toBe(words)
    expect(announced()).toHaveTextContent('Button 3 added')
    expect(announced()).toHaveAttribute('lang', 'en')
    // So is the Problems count said then ("1 error"): the rest is Swahili.
    expect(within(screen.getByRole('region', { name: 'Matatizo' })).getByRole('status')).toHaveAttribute('lang', 'en')
    const swahili = container.cloneNode(true) as HTMLElement
    for (const marked of swahili.querySelectorAll('[lang="en"]')) marked.remove()
    const text = everything(swahili)
    for (const fragment of ENGLISH_FRAGMENTS) expect(text, fragment).not.toContain(fragment)
    // What is said next is said in Swahili.
    fireEvent.click(screen.getByRole('button', { name: 'Tendua' }))
    expect(announced().textContent).not.toBe('')
    expect(announced()).toHaveAttribute('lang', 'sw')
    expectSwahiliOnly(announced())
    // A host writing the same wording inline again changes nothing: what was said stays.
    const said = announced().textContent
    rerender(<InteractiveBuilder locale="sw" messages={{ 'builder.tab.json': 'Msimbo' }} />)
    fireEvent.click(screen.getByRole('button', { name: 'Rudia' }))
    const redone = announced().textContent
    expect(redone).not.toBe('')
    rerender(<InteractiveBuilder locale="sw" messages={{ 'builder.tab.json': 'Msimbo' }} />)
    expect(announced().textContent).toBe(redone)
    expect(said).not.toBe('')
  })

  it.each([
    ['an empty file', () => new File([''], 'tupu.json')],
    ['a picture', () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], 'picha.json')],
    ['a list', () => new File(['[{"type": "button"}]'], 'orodha.json')],
    ['a package.json', () => new File(['{"name": "duka", "version": "1.0.0"}'], 'package.json')],
    [
      'a text message',
      () => new File(['{"to": "255712345678", "type": "text", "text": {"body": "Habari"}}'], 'sms.json'),
    ],
    ['broken JSON', () => new File(['{"type": "button",}'], 'mbovu.json')],
    ['a file too large', () => new File(['x'.repeat(LIMITS.structure.draftFile.max + 1)], 'kubwa.json')],
  ])('words Open JSON file’s refusal of %s in Swahili', async (_name, file) => {
    const user = userEvent.setup({ applyAccept: false })
    const { container } = render(
      <InteractiveBuilder defaultValue={createDraft('button')} defaultTab="json" locale="sw" />,
    )
    const chosen = file()
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, chosen)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(chosen.name)
    expectSwahiliOnly(alert)
  })

  it('words the storage notices in Swahili: an earlier draft set aside, and a refused save', () => {
    localStorage.setItem('sw:draft', '{"version":1,"value":{"type":"button","body":{"text":"Nusu')
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    try {
      const { container } = render(<InteractiveBuilder persistKey="sw:draft" locale="sw" />)
      expect(screen.getAllByRole('alert')).toHaveLength(1)
      setItem.mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      })
      fireEvent.change(screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' }), { target: { value: 'Yangu' } })
      act(() => vi.advanceTimersByTime(1000))
      expect(screen.getAllByRole('alert')).toHaveLength(2)
      for (const alert of screen.getAllByRole('alert')) expectSwahiliOnly(alert)
      expectSwahiliOnly(container)
    } finally {
      vi.useRealTimers()
      setItem.mockRestore()
      localStorage.clear()
    }
  })
})
