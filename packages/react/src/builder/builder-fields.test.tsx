import {
  createDraft,
  describeInteractive,
  type FieldDescription,
  type InteractiveDescription,
  LIMITS,
} from '@briq-interactive/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { getCoreMessages, getTranslator } from '../i18n/messages.ts'
import { fieldHint } from './field-frame.tsx'
import { InteractiveBuilder } from './interactive-builder.tsx'

const DATA = ['action', 'parameters', 'flow_action_payload', 'data']

/** The image header's link field, as core describes it. */
function mediaLink(description: InteractiveDescription): FieldDescription {
  const image = description.header?.options.find((option) => option.value === 'image')
  const source = image?.fields.find((node) => node.node === 'choice')
  const link = source?.node === 'choice' ? source.options[0]?.fields[0] : undefined
  if (link?.node !== 'field') throw new Error('no image link field')
  return link
}

describe('fields of every kind', () => {
  it("ids, links and JSON get a phone's keyboard without capitals or corrections; a phone number a keypad", () => {
    const { unmount } = render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    for (const field of [screen.getByRole('textbox', { name: 'Button 1 ID' })]) {
      expect(field).toHaveAttribute('autocapitalize', 'off')
      expect(field).toHaveAttribute('autocorrect', 'off')
      expect(field).toHaveAttribute('spellcheck', 'false')
    }
    // Text people read keeps the keyboard's help.
    expect(screen.getByRole('textbox', { name: 'Button 1 title' })).not.toHaveAttribute('autocorrect')
    unmount()
    render(<InteractiveBuilder defaultValue={createDraft('address_message')} />)
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveAttribute('inputmode', 'tel')
    expect(screen.getByRole('textbox', { name: 'PIN code' })).toHaveAttribute('inputmode', 'numeric')
    expect(screen.getByRole('textbox', { name: 'Full name' })).not.toHaveAttribute('inputmode')
    const json = screen.getByRole('textbox', { name: 'Validation errors (JSON)' })
    expect(json).toHaveAttribute('autocapitalize', 'off')
    expect(json).toHaveAttribute('autocorrect', 'off')
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }))
    const draft = screen.getByRole('textbox', { name: 'Interactive object (JSON)' })
    expect(draft).toHaveAttribute('autocapitalize', 'off')
    expect(draft).toHaveAttribute('autocorrect', 'off')
  })

  it('marks a choice of radios invalid, described by its error: an image header with neither link nor id', () => {
    const draft = { ...createDraft('button'), header: { type: 'image', image: {} } }
    render(<InteractiveBuilder defaultValue={draft as never} />)
    const source = screen.getByRole('group', { name: 'Media from' })
    expect(source).toHaveAttribute('aria-invalid', 'true')
    expect(source).toHaveAccessibleDescription(/Header image needs a link or an uploaded media ID/)
  })

  it('a JSON field (flow screen data) says where its text breaks and keeps the draft until it parses', () => {
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('flow')} onValueChange={onValueChange} />)
    const data = screen.getByRole('textbox', { name: 'Screen data (JSON)' })
    fireEvent.change(data, { target: { value: '{\n  "a": 1,\n}' } })
    expect(data).toHaveAttribute('aria-invalid', 'true')
    expect(data).toHaveAccessibleDescription(
      /^Error: Screen data is not valid JSON at line 2, column 9: JSON takes no "," after the last item; remove it/,
    )
    // Reported, not silently dropped: the draft is the last one that parsed, the result is not ok.
    const [draft, result] = onValueChange.mock.lastCall ?? []
    expect(draft).not.toHaveProperty('action.parameters.flow_action_payload')
    expect(result.ok).toBe(false)
    expect(result.issues[0]).toMatchObject({ reason: 'not_json', path: DATA })
    fireEvent.change(data, { target: { value: '"text"' } })
    expect(data).toHaveAccessibleDescription(/Screen data must be a JSON object/)
    fireEvent.change(data, { target: { value: '{"a": 1}' } })
    expect(data).not.toHaveAttribute('aria-invalid')
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({
      action: { parameters: { flow_action_payload: { data: { a: 1 } } } },
    })
    // Clearing it leaves the optional field (and its emptied payload) out.
    fireEvent.change(data, { target: { value: '' } })
    expect(onValueChange.mock.lastCall?.[0]).not.toHaveProperty('action.parameters.flow_action_payload')
  })

  it.each([
    [
      'en',
      'flow',
      'Screen data (JSON)',
      /^Optional\. A JSON object the first screen receives, like \{"customer": "Asha"\}$/,
    ],
    [
      'en',
      'address_message',
      'Validation errors (JSON)',
      /^Optional\. A JSON object of field names and the error shown at each, like \{"in_pin_code": "We do not deliver there"\}$/,
    ],
    [
      'en',
      'address_message',
      'Country code',
      /^Two capital letters: WhatsApp sends address messages only in India \(IN\)$/,
    ],
    [
      'sw',
      'flow',
      'Data ya skrini (JSON)',
      /^Si lazima\. Kitu cha JSON ambacho skrini ya kwanza hupokea, kama \{"customer": "Asha"\}$/,
    ],
    ['sw', 'address_message', 'Makosa ya uthibitishaji (JSON)', /^Si lazima\. Kitu cha JSON cha majina ya visanduku/],
    ['sw', 'address_message', 'Msimbo wa nchi', /^Herufi kubwa mbili: WhatsApp/],
    // What a field is for where its name alone does not say (an operator has no API docs open).
    ['en', 'flow', 'Flow ID', /The ID WhatsApp gave your flow, as WhatsApp Manager shows it/],
    ['en', 'flow', 'Flow token', /^Optional\. Your own reference for this message: WhatsApp sends it back with/],
    [
      'en',
      'flow',
      'First screen',
      /^Optional\. The ID of the screen to open.*left empty, the flow's first screen opens/,
    ],
    ['en', 'product', 'Catalog ID', /The ID of your catalog in Meta's Commerce Manager/],
    ['en', 'product_list', 'Catalog ID', /The ID of your catalog in Meta's Commerce Manager/],
    ['en', 'voice_call', 'Call payload', /^Optional\. Your own reference: WhatsApp sends it back with the call/],
    ['en', 'cta_url', 'Button URL', /The web page the button opens: the whole link, starting with https:\/\//],
    ['en', 'product', 'Product ID (SKU)', /The product's ID in that catalog, shown under its name in Meta's Commerce/],
    ['en', 'product_list', 'Product 1 ID (SKU)', /The product's ID in that catalog/],
    ['en', 'catalog_message', 'Thumbnail product ID (SKU)', /Optional\. The ID of the product whose picture/],
    ['sw', 'cta_url', 'URL ya kitufe', /Ukurasa wa wavuti ambao kitufe hufungua: kiungo kizima/],
    ['sw', 'product', 'Kitambulisho cha bidhaa (SKU)', /Kitambulisho cha bidhaa kwenye katalogi hiyo/],
    ['sw', 'flow', 'Kitambulisho cha flow', /Kitambulisho ambacho WhatsApp iliipa flow yako/],
    ['sw', 'flow', 'Tokeni ya flow', /^Si lazima\. Kumbukumbu yako ya ujumbe huu: WhatsApp huirudisha/],
    ['sw', 'flow', 'Skrini ya kwanza', /^Si lazima\. Kitambulisho cha skrini ya kufungua/],
    ['sw', 'product', 'Kitambulisho cha katalogi', /Kitambulisho cha katalogi yako kwenye Commerce Manager ya Meta/],
    ['sw', 'voice_call', 'Data ya simu', /^Si lazima\. Kumbukumbu yako: WhatsApp huirudisha/],
  ] as const)('%s: %s %s says what to type in it', (locale, type, name, hint) => {
    render(<InteractiveBuilder defaultValue={createDraft(type)} locale={locale} />)
    expect(screen.getByRole('textbox', { name })).toHaveAccessibleDescription(hint)
  })

  it.each([
    [
      'en',
      'Add saved address',
      'Saved address 1 ID',
      /Your own ID for this address: WhatsApp sends it back when the customer picks it/,
    ],
    [
      'sw',
      'Ongeza anwani iliyohifadhiwa',
      'Kitambulisho cha anwani iliyohifadhiwa 1',
      /Kitambulisho chako cha anwani hii: WhatsApp hukirudisha/,
    ],
  ] as const)('%s: a saved address ID says what it is for', async (locale, add, name, hint) => {
    render(<InteractiveBuilder defaultValue={createDraft('address_message')} locale={locale} />)
    await userEvent.click(screen.getByRole('button', { name: add }))
    expect(screen.getByRole('textbox', { name })).toHaveAccessibleDescription(hint)
  })

  it.each([
    ['en', 'Products', 'Card 2 catalog ID', /The ID of your catalog in Meta's Commerce Manager/],
    ['sw', 'Bidhaa', 'Kitambulisho cha katalogi cha kadi 2', /Kitambulisho cha katalogi yako kwenye Commerce Manager/],
    ['en', 'Products', 'Card 2 product ID (SKU)', /The product's ID in that catalog/],
    ['en', 'Media with a link button', 'Card 1 button URL', /The web page the button opens/],
    ['sw', 'Picha au video na kitufe cha kiungo', 'URL ya kitufe cha kadi 1', /Ukurasa wa wavuti ambao kitufe/],
  ] as const)('%s: a card of kind %s: %s says what goes in it', async (locale, kind, name, hint) => {
    render(<InteractiveBuilder defaultValue={createDraft('carousel')} locale={locale} />)
    await userEvent.click(screen.getByRole('radio', { name: kind }))
    expect(screen.getByRole('textbox', { name })).toHaveAccessibleDescription(hint)
  })

  it.each([
    ['en', 'By name', 'Flow name', /The name you gave your flow, as WhatsApp Manager shows it/],
    ['sw', 'Kwa jina', 'Jina la flow', /Jina uliloipa flow yako, kama WhatsApp Manager inavyolionyesha/],
  ] as const)('%s: a flow picked by name says which name goes in it', async (locale, choice, name, hint) => {
    render(<InteractiveBuilder defaultValue={createDraft('flow')} locale={locale} />)
    await userEvent.click(screen.getByRole('radio', { name: choice }))
    expect(screen.getByRole('textbox', { name })).toHaveAccessibleDescription(hint)
  })

  it("warns at an address's Validation errors (JSON) about a key that names no address field", () => {
    render(<InteractiveBuilder defaultValue={createDraft('address_message')} />)
    const errors = screen.getByRole('textbox', { name: 'Validation errors (JSON)' })
    fireEvent.change(errors, { target: { value: '{"city": "We do not deliver there", "planet": "x"}' } })
    expect(errors).toHaveAccessibleDescription(
      /Warning: Validation errors: the key "\u2068planet\u2069" names no address field/,
    )
    expect(errors).not.toHaveAttribute('aria-invalid')
    // Its fix-it removes only that key.
    const field = errors.closest('.bi-builder-field') as HTMLElement
    fireEvent.click(within(field).getByRole('button', { name: 'Leave out the unknown field "planet"' }))
    expect(JSON.parse((errors as HTMLTextAreaElement).value)).toEqual({ city: 'We do not deliver there' })
    expect(errors).not.toHaveAccessibleDescription(/planet/)
  })

  it('shows a number too large for JSON (Infinity, from 1e999 in a file) as 1e999 in a JSON field, as the JSON tab does', () => {
    const flow = createDraft('flow') as { action: { parameters: object } }
    const draft = {
      ...flow,
      action: {
        ...flow.action,
        parameters: {
          ...flow.action.parameters,
          flow_action_payload: { screen: 'START', data: { guests: Number.POSITIVE_INFINITY, fee: -Infinity } },
        },
      },
    }
    render(<InteractiveBuilder defaultValue={draft} />)
    const data = screen.getByRole('textbox', { name: 'Screen data (JSON)' })
    expect(data).toHaveValue('{\n  "guests": 1e999,\n  "fee": -1e999\n}')
    expect(JSON.parse((data as HTMLTextAreaElement).value)).toEqual({ guests: Infinity, fee: -Infinity })
  })

  it("shows an object held where text goes with core's writer too (a number too large as 1e999, not null)", () => {
    const draft = { ...createDraft('button'), footer: { text: { count: Number.POSITIVE_INFINITY } } }
    render(<InteractiveBuilder defaultValue={draft} />)
    expect(screen.getByRole('textbox', { name: 'Footer text' })).toHaveValue('{"count":1e999}')
  })

  it('says only what is wrong with the text a JSON field shows, never the value kept under it', () => {
    render(<InteractiveBuilder defaultValue={createDraft('flow')} />)
    const data = screen.getByRole('textbox', { name: 'Screen data (JSON)' })
    fireEvent.change(data, { target: { value: '{}' } })
    expect(data).toHaveAccessibleDescription(/WhatsApp rejects empty flow data/)
    // Typing on over {}: the empty data kept under the text is not the problem, and no fix-it
    // may throw the typed text away.
    fireEvent.change(data, { target: { value: '{"jina": ' } })
    expect(data).toHaveAccessibleDescription(/^Error: Screen data is not valid JSON at line 1, column 10/)
    expect(data).not.toHaveAccessibleDescription(/empty flow data/)
    expect(screen.queryByRole('button', { name: 'Leave it out' })).toBeNull()
  })

  it.each([
    ['flow', 'Screen data (JSON)', '{"a": ', 'Screen data'],
    ['address_message', 'Validation errors (JSON)', '{"in_pin_code": "wrong"', 'Validation errors'],
  ] as const)(
    'counts unparsed text in a %s JSON field as an error of the summary; picking it focuses the field',
    async (type, name, text, field) => {
      const user = userEvent.setup()
      render(<InteractiveBuilder defaultValue={createDraft(type)} />)
      const summary = screen.getByRole('region', { name: 'Problems' })
      const before = within(summary).getByRole('status').textContent
      fireEvent.change(screen.getByRole('textbox', { name }), { target: { value: text } })
      expect(within(summary).getByRole('status')).not.toHaveTextContent(before ?? '')
      expect(within(summary).getByRole('status')).not.toHaveTextContent('No problems found')
      const entry = within(summary).getByRole('button', {
        name: new RegExp(`^Error: ${field} is not valid JSON at line 1`),
      })
      await user.click(entry)
      expect(screen.getByRole('textbox', { name })).toHaveFocus()
      // Nothing typed is lost: the text is still there, with its error.
      expect(screen.getByRole('textbox', { name })).toHaveValue(text)
    },
  )

  it('shows a line break in one-line text (typed in the JSON tab) on its line, never gluing the words', async () => {
    const draft = createDraft('button')
    const withBreak = {
      ...draft,
      action: { buttons: [{ type: 'reply', reply: { id: 'ndiyo', title: 'Ndiyo\r\nsasa' } }] },
    }
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={withBreak} onValueChange={onValueChange} />)
    // An input cannot hold the break (the browser would drop it and show "Ndiyosasa"): the
    // field is a text area while the text holds one, its break kept (CRLF read as one break).
    const title = screen.getByRole('textbox', { name: 'Button 1 title' })
    expect(title).toHaveValue('Ndiyo\nsasa')
    await userEvent.type(title, '!')
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({
      action: { buttons: [{ reply: { title: 'Ndiyo\nsasa!' } }] },
    })
  })

  it('marks a section title optional with one section and required once there are several', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('list')} />)
    const title = () => screen.getByRole('textbox', { name: 'Section 1 title' })
    expect(title()).toHaveAccessibleDescription(/Optional/)
    await user.click(screen.getByRole('button', { name: 'Add section' }))
    await user.clear(title())
    expect(title()).toHaveAttribute('aria-invalid', 'true')
    expect(title()).toHaveAttribute('aria-required', 'true')
    expect(title()).toHaveAccessibleDescription(/Section 1 needs a title/)
    expect(title()).not.toHaveAccessibleDescription(/Optional/)
    // Back to one section: optional again.
    const second = screen.getByRole('group', { name: 'Section 2' })
    await user.click(within(second).getAllByRole('button', { name: 'Remove' })[0] as HTMLElement)
    expect(title()).toHaveAccessibleDescription(/Optional/)
    expect(title()).not.toHaveAttribute('aria-required')
  })

  it('offers the header kinds the type allows; media by link or by uploaded id', async () => {
    const user = userEvent.setup()
    const { unmount } = render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const kind = screen.getByRole('combobox', { name: 'Header type' })
    expect([...(kind as HTMLSelectElement).options].map((option) => option.value)).toEqual([
      'none',
      'text',
      'image',
      'video',
      'document',
    ])
    await user.selectOptions(kind, 'document')
    await user.click(screen.getByRole('radio', { name: 'An uploaded media ID' }))
    await user.type(screen.getByRole('textbox', { name: 'Media ID' }), '1234567890')
    await user.type(screen.getByRole('textbox', { name: 'Document file name' }), 'invoice.pdf')
    await user.selectOptions(kind, 'text')
    await user.type(screen.getByRole('textbox', { name: 'Header text' }), 'Your order')
    expect(screen.getByText('10 / 60')).toBeInTheDocument()
    unmount()
    // A list takes a text header only; a product none at all.
    render(<InteractiveBuilder defaultValue={createDraft('list')} />)
    const listKinds = screen.getByRole('combobox', { name: 'Header type' }) as HTMLSelectElement
    expect([...listKinds.options].map((option) => option.value)).toEqual(['none', 'text'])
  })

  it.each([
    ['en', 'image', 'Media link', /A public link to a JPEG or PNG image, up to 5 MB/],
    ['en', 'video', 'Media link', /A public link to an MP4 or 3GPP video, up to 16 MB/],
    ['en', 'document', 'Media link', /A public link to a PDF, Word, Excel, PowerPoint or \.txt document, up to 100 MB/],
    ['sw', 'image', 'Kiungo cha faili', /Kiungo cha umma cha picha ya JPEG au PNG, hadi MB 5/],
    ['sw', 'video', 'Kiungo cha faili', /Kiungo cha umma cha video ya MP4 au 3GPP, hadi MB 16/],
    [
      'sw',
      'document',
      'Kiungo cha faili',
      /Kiungo cha umma cha hati ya PDF, Word, Excel, PowerPoint au \.txt, hadi MB 100/,
    ],
  ] as const)("%s: a %s header's link says which files WhatsApp takes", async (locale, kind, name, hint) => {
    render(<InteractiveBuilder defaultValue={createDraft('button')} locale={locale} />)
    fireEvent.change(screen.getByRole('combobox', { name: locale === 'en' ? 'Header type' : 'Aina ya kichwa' }), {
      target: { value: kind },
    })
    expect(screen.getByRole('textbox', { name })).toHaveAccessibleDescription(hint)
  })

  it.each([
    ['en', 'up to 1.5 MB: WhatsApp'],
    ['sw', 'hadi MB 1.5: WhatsApp'],
  ] as const)("%s: a media link's hint states its fileSize as core words a size", (locale, said) => {
    const link = mediaLink(describeInteractive('button'))
    const fileSize = { ...LIMITS.media.imageBytes, max: 1.5 * 1024 * 1024 }
    expect(fieldHint({ ...link, fileSize }, getTranslator(locale), getCoreMessages(locale))?.text).toContain(said)
  })

  it.each([
    ['en', 'An uploaded media ID', 'Card 1 media ID', /The ID WhatsApp gave the file when it was uploaded to it/],
    [
      'sw',
      'Kitambulisho cha faili lililopakiwa',
      'Kitambulisho cha faili cha kadi 1',
      /Kitambulisho ambacho WhatsApp ilitoa kwa faili/,
    ],
  ] as const)(
    "%s: a card's picture says which files WhatsApp takes, its media ID what it is",
    async (locale, byId, name, hint) => {
      render(<InteractiveBuilder defaultValue={createDraft('carousel')} locale={locale} />)
      const card = screen.getByRole('group', { name: locale === 'en' ? 'Card 1' : 'Kadi 1' })
      expect(
        within(card).getByRole('textbox', {
          name: locale === 'en' ? 'Card 1 media link' : 'Kiungo cha faili cha kadi 1',
        }),
      ).toHaveAccessibleDescription(
        locale === 'en' ? /JPEG or PNG image, up to 5 MB/ : /picha ya JPEG au PNG, hadi MB 5/,
      )
      await userEvent.click(within(card).getByRole('radio', { name: byId }))
      expect(within(card).getByRole('textbox', { name })).toHaveAccessibleDescription(hint)
    },
  )

  it('brings back what a header held when its kind is picked again (text, then image, then text)', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('cta_url')} />)
    const kind = screen.getByRole('combobox', { name: 'Header type' })
    await user.selectOptions(kind, 'text')
    await user.type(screen.getByRole('textbox', { name: 'Header text' }), 'Oda yako')
    await user.selectOptions(kind, 'image')
    await user.type(screen.getByRole('textbox', { name: 'Media link' }), 'https://duka.example/oda.jpg')
    await user.selectOptions(kind, 'text')
    expect(screen.getByRole('textbox', { name: 'Header text' })).toHaveValue('Oda yako')
    await user.selectOptions(kind, 'video')
    expect(screen.getByRole('textbox', { name: 'Media link' })).toHaveValue('https://duka.example/oda.jpg')
    // One step each: undo goes back through them.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('textbox', { name: 'Header text' })).toHaveValue('Oda yako')
  })

  it('brings back what a type or a card kind could not hold when it is picked again', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const type = screen.getByRole('combobox', { name: 'Message type' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Header type' }), 'text')
    await user.type(screen.getByRole('textbox', { name: 'Header text' }), 'Oda yako')
    await user.type(screen.getByRole('textbox', { name: 'Footer text' }), 'Duka la Mama')
    await user.clear(screen.getByRole('textbox', { name: 'Button 2 title' }))
    await user.type(screen.getByRole('textbox', { name: 'Button 2 title' }), 'Kesho')
    await user.selectOptions(type, 'location_request_message')
    expect(screen.queryByRole('textbox', { name: 'Footer text' })).toBeNull()
    await user.selectOptions(type, 'button')
    expect(screen.getByRole('textbox', { name: 'Header text' })).toHaveValue('Oda yako')
    expect(screen.getByRole('textbox', { name: 'Footer text' })).toHaveValue('Duka la Mama')
    expect(screen.getByRole('textbox', { name: 'Button 2 title' })).toHaveValue('Kesho')

    await user.selectOptions(type, 'carousel')
    const link = () => screen.getByRole('textbox', { name: 'Card 1 media link' })
    await user.type(link(), 'https://duka.example/1.jpg')
    await user.click(screen.getByRole('radio', { name: 'Products' }))
    expect(screen.queryByRole('textbox', { name: 'Card 1 media link' })).toBeNull()
    await user.click(screen.getByRole('radio', { name: 'Media with reply buttons' }))
    expect(link()).toHaveValue('https://duka.example/1.jpg')
  })

  it('names a header kind the type does not allow in the words of the form, never the raw value (en and sw)', () => {
    const flow = {
      ...createDraft('flow'),
      header: { type: 'image', image: { link: 'https://duka.example/oda.jpg' } },
    }
    const { unmount } = render(<InteractiveBuilder defaultValue={flow} />)
    const kind = screen.getByRole('combobox', { name: 'Header type' })
    expect(kind).toHaveDisplayValue('Image')
    expect(within(kind).queryByRole('option', { name: 'image' })).toBeNull()
    unmount()
    render(<InteractiveBuilder defaultValue={flow} locale="sw" />)
    expect(screen.getByRole('combobox', { name: 'Aina ya kichwa' })).toHaveDisplayValue('Picha')
  })

  it('has no header for types that take none, and no footer where WhatsApp shows none', () => {
    render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    expect(screen.queryByRole('combobox', { name: 'Header type' })).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Footer text' })).toBeNull()
  })

  it('a whole-number field stores a number, and an optional enum leaves out its default', async () => {
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={createDraft('voice_call')} onValueChange={onValueChange} />)
    const ttl = screen.getByRole('textbox', { name: 'Button validity (minutes)' })
    expect(ttl).toHaveAttribute('placeholder', '10080')
    expect(ttl).toHaveAccessibleDescription(/WhatsApp uses 10080 when left empty/)
    fireEvent.change(ttl, { target: { value: '90' } })
    expect(onValueChange.mock.lastCall?.[0]).toMatchObject({ action: { parameters: { ttl_minutes: 90 } } })
    fireEvent.change(ttl, { target: { value: '' } })
    expect(onValueChange.mock.lastCall?.[0]).not.toHaveProperty('action.parameters')
  })

  it('lists every type with its one-line description', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('button')} />)
    const picker = screen.getByRole('combobox', { name: 'Message type' })
    expect(picker).toHaveAccessibleDescription('Buttons the customer taps to answer')
    expect(within(picker).getAllByRole('option')).toHaveLength(12)
    expect(within(picker).getByRole('option', { name: 'Carousel' })).toHaveAttribute(
      'title',
      'Cards the customer swipes, each with a picture or video and buttons',
    )
    await user.click(screen.getByText('What each type does'))
    expect(screen.getByText('Asks the customer to share their location')).toBeVisible()
    await user.selectOptions(picker, 'cta_url')
    expect(picker).toHaveAccessibleDescription('One button that opens a web page')
    // The focused select reads out what was picked; the builder's live region does not say it again.
    expect(picker).toHaveDisplayValue('Link button')
    expect(screen.getAllByRole('status').at(-1)?.textContent).toBe('')
  })
})
