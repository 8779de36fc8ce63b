import { createDraft } from '@briq-interactive/core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { renderBuilder } from './testing/browser-builder.tsx'
import { copyToClipboard } from './testing/browser-clipboard.ts'

afterEach(() => vi.useRealTimers())

const KEY = 'browser:json-draft'
const engineMessage = (text: string): string => {
  try {
    JSON.parse(text)
    return ''
  } catch (error) {
    return (error as Error).message
  }
}

describe('text that does not parse (Chromium: its own JSON.parse wording)', () => {
  it('a JSON field: counted in the summary, picked to focus, kept across a reload', async () => {
    localStorage.clear()
    const draft = createDraft('flow')
    const first = renderBuilder({ defaultValue: draft, persistKey: KEY })
    const data = page.getByRole('textbox', { name: 'Screen data (JSON)' })
    await userEvent.click(data)
    await userEvent.keyboard('{{"a": ')
    await expect.element(data).toHaveAttribute('aria-invalid', 'true')
    const summary = page.getByRole('region', { name: 'Problems' })
    await expect.element(summary.getByRole('status')).not.toHaveTextContent('No problems found')
    await userEvent.click(summary.getByRole('button', { name: /Screen data is not valid JSON at line 1, column 7/ }))
    await expect.element(data).toHaveFocus()
    // Leaving the page saves at once; the reload shows the text and its error again.
    window.dispatchEvent(new Event('pagehide'))
    first.unmount()
    renderBuilder({ defaultValue: draft, persistKey: KEY })
    await expect.element(data).toHaveValue('{"a": ')
    await expect.element(data).toHaveAccessibleDescription(/^Error: Screen data is not valid JSON at line 1, column 7/)
    localStorage.clear()
  })

  it('the JSON tab in Kiswahili: our words from the position, none of the engine’s English', async () => {
    const { root } = renderBuilder({ defaultValue: createDraft('list'), defaultTab: 'json', locale: 'sw' })
    const json = page.getByRole('textbox', { name: 'Kitu cha interactive (JSON)' })
    const broken = '{\n  "type": "list",\n  "body": {"text": "x",}\n}'
    await userEvent.fill(json, broken)
    await expect
      .element(json)
      .toHaveAccessibleDescription(
        /^Kosa: Ujumbe si JSON sahihi kwenye mstari 3, safu wima 23: JSON haikubali "," baada ya kipengele cha mwisho/,
      )
    const engine = engineMessage(broken)
    expect(engine).not.toBe('')
    expect(root.textContent).not.toContain(engine)
    expect(root.textContent).not.toMatch(/Expected|position \d|line \d/)
    // The summary counts it, and picking it comes back to this tab's text.
    await userEvent.click(page.getByRole('tab', { name: 'Fomu' }))
    await userEvent.click(
      page.getByRole('region', { name: 'Matatizo' }).getByRole('button', { name: /si JSON sahihi/ }),
    )
    await expect.element(json).toHaveFocus()
    await expect.element(json).toHaveValue(broken)
  })
})

describe('the JSON tab left and found again', () => {
  it('keeps where a long text was scrolled to and the caret in it, across a look at the form', async () => {
    renderBuilder({ defaultValue: createDraft('list'), defaultTab: 'json' })
    const json = page.getByRole('textbox', { name: 'Interactive object (JSON)' })
    const element = json.element() as HTMLTextAreaElement
    expect(element.scrollHeight).toBeGreaterThan(element.clientHeight)
    await userEvent.click(json)
    const at = element.value.lastIndexOf('"title"')
    element.setSelectionRange(at, at)
    element.scrollTop = element.scrollHeight
    const scrolled = element.scrollTop
    expect(scrolled).toBeGreaterThan(0)
    await userEvent.click(page.getByRole('tab', { name: 'Form' }))
    await userEvent.click(page.getByRole('tab', { name: 'JSON' }))
    const back = json.element() as HTMLTextAreaElement
    expect(back).not.toBe(element)
    expect(back.scrollTop).toBe(scrolled)
    expect([back.selectionStart, back.selectionEnd]).toEqual([at, at])
  })
})

describe('Undo in the JSON text', () => {
  it('leaves the caret where the text changed back, in the real browser', async () => {
    // Undo steps follow the clock (a pause of a second starts one): held still, so a loaded
    // machine's slow keystrokes cannot split the typing into two.
    vi.useFakeTimers({ toFake: ['Date'] })
    renderBuilder({ defaultValue: createDraft('button'), defaultTab: 'json' })
    const json = page.getByRole('textbox', { name: 'Interactive object (JSON)' })
    const element = json.element() as HTMLTextAreaElement
    const before = element.value
    const at = before.indexOf('Would you like')
    await userEvent.click(json)
    element.setSelectionRange(at, at)
    await userEvent.keyboard('Karibu! ')
    await expect.element(json).toHaveValue(`${before.slice(0, at)}Karibu! ${before.slice(at)}`)
    await userEvent.keyboard('{Control>}z{/Control}')
    await expect.element(json).toHaveValue(before)
    expect([element.selectionStart, element.selectionEnd]).toEqual([at, at])
  })
})

describe('files, in the browser', () => {
  it('opens a Windows file (UTF-16, CRLF) picked in the file dialog, saves it, and opens the saved file again', async () => {
    renderBuilder({ defaultValue: createDraft('button'), defaultTab: 'json' })
    const request = { recipient: '255712345678', sender_id: 'u1', interactive: createDraft('list') }
    const text = `\uFEFF${JSON.stringify(request, null, 2).replaceAll('\n', '\r\n')}`
    const utf16 = new Uint8Array(text.length * 2)
    // Little-endian, as Notepad saves "Unicode": low byte first, from its byte order mark on.
    for (let i = 0; i < text.length; i++) {
      utf16[i * 2] = text.charCodeAt(i) & 0xff
      utf16[i * 2 + 1] = text.charCodeAt(i) >> 8
    }
    const input = document.querySelector('.bi-builder-json input[type="file"]') as HTMLInputElement
    await userEvent.upload(input, new File([utf16], 'ombi.json', { type: 'application/json' }))
    // In the panel: the builder's live region says the same words once, outside it.
    const panel = page.getByRole('tabpanel', { name: 'JSON' })
    await expect
      .element(
        panel.getByText(
          'Opened ombi.json. Left out, as the draft keeps only the interactive object: "recipient" and "sender_id".',
        ),
      )
      .toBeInTheDocument()
    const json = page.getByRole('textbox', { name: 'Interactive object (JSON)' })
    expect(JSON.parse((json.element() as HTMLTextAreaElement).value)).toEqual(createDraft('list'))
    // Saved through the browser's own blob URL and link; what it saved opens as the same draft.
    const saved: { name: string; blob: Blob }[] = []
    const createObjectURL = URL.createObjectURL
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push({ name: '', blob: blob as Blob })
      return createObjectURL.call(URL, blob)
    }
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const last = saved.at(-1)
      if (last) last.name = this.download
    }
    try {
      await userEvent.click(page.getByRole('button', { name: 'Download JSON' }))
    } finally {
      URL.createObjectURL = createObjectURL
      HTMLAnchorElement.prototype.click = click
    }
    expect(saved[0]?.name).toMatch(/^interactive-list-\d{4}-\d{2}-\d{2}-\d{4}\.json$/)
    await userEvent.fill(json, JSON.stringify(createDraft('button')))
    const file = saved[0]
    if (file === undefined) throw new Error('nothing saved')
    await userEvent.upload(input, new File([file.blob], file.name, { type: 'application/json' }))
    await expect.element(panel.getByText(`Opened ${file.name}`)).toBeInTheDocument()
    expect(JSON.parse((json.element() as HTMLTextAreaElement).value)).toEqual(createDraft('list'))
  })
})

describe('a paste in the JSON tab, in the browser', () => {
  it("keeps only the interactive object of Meta's whole message pasted with Ctrl+V; Undo brings it back", async () => {
    renderBuilder({ defaultValue: createDraft('button'), defaultTab: 'json' })
    const whole = {
      messaging_product: 'whatsapp',
      to: '255712345678',
      type: 'interactive',
      interactive: createDraft('list'),
    }
    const copied = JSON.stringify(whole)
    // Copied from a page's own text, as from Meta's docs, with the browser's clipboard.
    await copyToClipboard(copied)
    const json = page.getByRole('textbox', { name: 'Interactive object (JSON)' })
    await userEvent.click(json)
    ;(json.element() as HTMLTextAreaElement).select()
    await userEvent.paste()
    await expect
      .element(
        page
          .getByRole('tabpanel', { name: 'JSON' })
          .getByText(
            'You pasted a whole message: only its interactive object is kept here. Left out, as the draft keeps only the interactive object: "to". Undo brings the whole message back.',
          ),
      )
      .toBeInTheDocument()
    expect(JSON.parse((json.element() as HTMLTextAreaElement).value)).toEqual(createDraft('list'))
    await userEvent.click(page.getByRole('button', { name: 'Undo' }))
    await expect.element(json).toHaveValue(copied)
  })
})
