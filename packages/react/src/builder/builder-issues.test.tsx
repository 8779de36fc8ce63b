import { applyDraftOperation, createDraft } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'
import { fourButtons, shortList } from './testing/issue-drafts.ts'

const summary = () => screen.getByRole('region', { name: 'Problems' })

describe('issues at their fields and in the summary', () => {
  it('marks a field with an error aria-invalid and describes it with core\'s message, worded "Error"', () => {
    render(<InteractiveBuilder defaultValue={createDraft('cta_url')} />)
    const url = screen.getByRole('textbox', { name: 'Button URL' })
    expect(url).toHaveAttribute('aria-invalid', 'true')
    expect(url).toHaveAccessibleDescription(/^Error: .*empty/)
  })

  it('shows a warning with its own icon and the word "Warning", without aria-invalid', () => {
    render(<InteractiveBuilder defaultValue={createDraft('catalog_message')} />)
    const thumbnail = screen.getByRole('textbox', { name: 'Thumbnail product ID (SKU)' })
    expect(thumbnail).not.toHaveAttribute('aria-invalid')
    const entry = within(summary()).getByRole('listitem')
    expect(entry).toHaveAttribute('data-severity', 'warning')
    expect(within(entry).getByRole('button')).toHaveAccessibleName(/^Warning: /)
    expect(within(summary()).getByRole('status')).toHaveTextContent('1 warning')
  })

  it('says its count when the count changes, not again when only the language does', async () => {
    const { rerender } = render(<InteractiveBuilder defaultValue={createDraft('cta_url')} locale="en" />)
    const status = within(summary()).getByRole('status')
    const said = status.textContent
    expect(said).toBe('1 error')
    rerender(<InteractiveBuilder defaultValue={createDraft('cta_url')} locale="sw" />)
    const problems = screen.getByRole('region', { name: 'Matatizo' })
    // Shown in the new language; said as it was, in its own: the region sees no new words.
    expect(problems.querySelector('.bi-builder-summary-count')).toHaveTextContent('Kosa 1')
    expect(within(problems).getByRole('status')).toBe(status)
    expect(status.textContent).toBe(said)
    expect(status).toHaveAttribute('lang', 'en')
    // A new count is news: said in the language of the moment.
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'URL ya kitufe' }), 'https://duka.co.tz')
    expect(status).not.toHaveTextContent(said ?? '')
    expect(status).toHaveAttribute('lang', 'sw')
  })

  it('lists the issues in the order the form shows their fields (a product card: catalog ID, then product ID)', () => {
    const cards = applyDraftOperation(createDraft('carousel'), {
      op: 'choose',
      path: ['action', 'cards'],
      value: 'product',
    })
    render(<InteractiveBuilder defaultValue={cards} />)
    const entries = within(summary())
      .getAllByRole('listitem')
      .map((entry) => entry.textContent ?? '')
    expect(entries.map((text) => /Card \d \w+ ID/.exec(text)?.[0])).toEqual([
      'Card 1 catalog ID',
      'Card 1 product ID',
      'Card 2 catalog ID',
      'Card 2 product ID',
    ])
  })

  it('counts errors and warnings in the summary and says when there are none', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('carousel')} />)
    expect(within(summary()).getByRole('status')).toHaveTextContent('2 errors')
    const card1 = screen.getByRole('group', { name: 'Card 1' })
    await user.type(within(card1).getByRole('textbox', { name: 'Card 1 media link' }), 'https://cdn.example/1.jpg')
    expect(within(summary()).getByRole('status')).toHaveTextContent('1 error')
    const card2 = screen.getByRole('group', { name: 'Card 2' })
    await user.type(within(card2).getByRole('textbox', { name: 'Card 2 media link' }), 'https://cdn.example/2.jpg')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('joins both counts as each language says two things: "Kosa 1 na onyo 1" in Swahili', () => {
    const draft = {
      type: 'cta_url',
      body: { text: '' },
      action: { name: 'cta_url', parameters: { display_text: 'Fungua', url: 'http://duka.example/oda' } },
    }
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    expect(within(summary()).getByRole('status').textContent).toBe('1 error, 1 warning')
    unmount()
    render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const status = within(screen.getByRole('region', { name: 'Matatizo' })).getByRole('status')
    // "na" joins two, and the second is named inside the sentence with a small letter.
    expect(status.textContent).toBe('Kosa 1 na onyo 1')
  })

  it('shows two counts passed at one group as two lines: 11 sections and their 22 rows', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const sections = Array.from({ length: 11 }, (_, s) => ({
      title: `Day ${s + 1}`,
      rows: [0, 1].map((r) => ({ id: `s${s}r${r}`, title: `Slot ${r + 1}` })),
    }))
    render(<InteractiveBuilder defaultValue={{ ...createDraft('list'), action: { button: 'Open', sections } }} />)
    const both = [
      'The list has 11 sections; WhatsApp allows at most 10',
      'The list has 22 rows; WhatsApp allows at most 10',
    ]
    const entries = within(summary())
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '')
    for (const message of both) expect(entries.filter((entry) => entry.includes(message))).toHaveLength(1)
    expect(within(summary()).getByRole('status')).toHaveTextContent('2 errors')
    // React warns of two children with one key; none may be dropped or doubled.
    expect(errors).not.toHaveBeenCalled()
  })

  it('focuses the field when an issue is picked in the summary, switching from the JSON tab', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={createDraft('flow')} defaultTab="json" />)
    expect(screen.queryByRole('textbox', { name: 'Flow ID' })).toBeNull()
    await user.click(within(summary()).getByRole('button', { name: /Flow ID is empty/ }))
    expect(screen.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('textbox', { name: 'Flow ID' })).toHaveFocus()
  })

  it('focuses a group for a count issue, and puts the fix-it beside the group (the summary lists the issue)', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(<InteractiveBuilder defaultValue={fourButtons} onValueChange={onValueChange} />)
    const buttons = screen.getByRole('group', { name: 'Buttons' })
    // Focused from the summary, the group says its issue (which gives the count); "4 of 3 buttons"
    // is the text after its title and Add's description, not the group's too.
    expect(buttons).toHaveAccessibleDescription(/^Error: The message has 4 buttons; WhatsApp allows at most 3\.?$/)
    const fix = screen.getByRole('button', { name: 'Turn the 4 buttons into a list' })
    expect(buttons).toContainElement(fix)
    await user.click(within(summary()).getByRole('button', { name: /has 4 buttons/ }))
    expect(buttons).toHaveFocus()
    await user.click(fix)
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    expect(screen.getByRole('textbox', { name: 'Row 4 title' })).toHaveValue('Extra large')
    expect(onValueChange.mock.lastCall?.[1]).toMatchObject({ ok: true })
    expect(screen.getByText('Done: Turn the 4 buttons into a list')).toBeInTheDocument()
    // One undo step brings the four buttons back.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('button')
    expect(screen.getByRole('group', { name: 'Button 4' })).toBeInTheDocument()
  })

  it('repairs a field with its fix-it: spaces trimmed, a repeated id made unique', async () => {
    const user = userEvent.setup()
    const draft = createDraft('button') as { action: { buttons: { reply: { id: string; title: string } }[] } }
    const [first, second] = draft.action.buttons
    if (!first || !second) throw new Error('two buttons expected')
    second.reply.id = first.reply.id
    first.reply.title = ' Yes '
    render(<InteractiveBuilder defaultValue={draft} />)
    const button2 = screen.getByRole('group', { name: 'Button 2' })
    const id2 = within(button2).getByRole('textbox', { name: 'Button 2 ID' })
    expect(id2).toHaveAttribute('aria-invalid', 'true')
    await user.click(within(button2).getByRole('button', { name: /^Make it unique: / }))
    expect(id2).not.toHaveAttribute('aria-invalid')
    expect(id2).toHaveFocus()
    const button1 = screen.getByRole('group', { name: 'Button 1' })
    await user.click(within(button1).getByRole('button', { name: 'Trim the spaces at the ends' }))
    expect(within(button1).getByRole('textbox', { name: 'Button 1 title' })).toHaveValue('Yes')
  })

  it('refuses a repeated saved address id at "Saved address 2 ID" and makes it unique by its fix-it', async () => {
    const user = userEvent.setup()
    const address = createDraft('address_message') as { action: { parameters: Record<string, unknown> } }
    const saved = [
      { id: 'home', value: { name: 'Asha' } },
      { id: 'home', value: { name: 'Juma' } },
    ]
    const parameters = { ...address.action.parameters, country: 'IN', saved_addresses: saved }
    render(<InteractiveBuilder defaultValue={{ ...address, action: { ...address.action, parameters } }} />)
    const id2 = screen.getByRole('textbox', { name: 'Saved address 2 ID' })
    expect(id2).toHaveAttribute('aria-invalid', 'true')
    expect(id2).toHaveAccessibleDescription(
      /Saved address 2 ID "\u2068home\u2069" is the same as saved address 1's; the customer's reply will not tell them apart/,
    )
    expect(screen.getByRole('textbox', { name: 'Saved address 1 ID' })).not.toHaveAttribute('aria-invalid')
    const field = id2.closest('.bi-builder-field') as HTMLElement
    await user.click(within(field).getByRole('button', { name: 'Make it unique: home-2' }))
    expect(id2).toHaveValue('home-2')
    expect(id2).not.toHaveAttribute('aria-invalid')
  })

  it('repairs a link pasted with a space before it and one inside in one fix-it (en and sw)', async () => {
    const user = userEvent.setup()
    const cta = createDraft('cta_url') as { action: { parameters: Record<string, unknown> } }
    const parameters = { ...cta.action.parameters, url: ' https://duka.co.tz/oda mpya.pdf' }
    const draft = { ...cta, action: { ...cta.action, parameters } }
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    const url = screen.getByRole('textbox', { name: 'Button URL' })
    const field = url.closest('.bi-builder-field') as HTMLElement
    expect(
      within(field)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Trim the spaces at the ends, write the others as %20'])
    await user.click(within(field).getByRole('button'))
    expect(url).toHaveValue('https://duka.co.tz/oda%20mpya.pdf')
    expect(url).not.toHaveAttribute('aria-invalid')
    unmount()
    render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const sw = screen.getByRole('textbox', { name: 'URL ya kitufe' }).closest('.bi-builder-field') as HTMLElement
    expect(within(sw).getByRole('button')).toHaveAccessibleName(
      'Futa nafasi za mwanzo na mwisho, andika nyingine kama %20',
    )
  })

  it('says a link with a space only before it has spaces at its ends, and offers the trim (en and sw)', async () => {
    const user = userEvent.setup()
    const cta = createDraft('cta_url') as { action: { parameters: Record<string, unknown> } }
    const parameters = { ...cta.action.parameters, url: ' https://duka.co.tz/oda.pdf' }
    const draft = { ...cta, action: { ...cta.action, parameters } }
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    const url = screen.getByRole('textbox', { name: 'Button URL' })
    expect(url).toHaveAccessibleDescription(/Button URL has spaces at its ends; WhatsApp rejects them/)
    const field = url.closest('.bi-builder-field') as HTMLElement
    await user.click(within(field).getByRole('button', { name: 'Trim the spaces at the ends' }))
    expect(url).toHaveValue('https://duka.co.tz/oda.pdf')
    expect(url).not.toHaveAttribute('aria-invalid')
    unmount()
    render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const sw = screen.getByRole('textbox', { name: 'URL ya kitufe' })
    expect(sw).toHaveAccessibleDescription(/URL ya kitufe ina nafasi mwanzoni au mwishoni; WhatsApp haiziruhusu/)
    const swField = sw.closest('.bi-builder-field') as HTMLElement
    expect(within(swField).getByRole('button', { name: 'Futa nafasi za mwanzo na mwisho' })).toBeInTheDocument()
  })

  it('warns of half an emoji at its field and removes it by a fix-it, without blocking (en and sw)', async () => {
    const user = userEvent.setup()
    const draft = { ...(createDraft('button') as object), body: { text: 'Karibu \ud83d' } }
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    const body = screen.getByRole('textbox', { name: 'Body text' })
    expect(body).not.toHaveAttribute('aria-invalid')
    expect(body).toHaveAccessibleDescription(
      /Warning: Body text has a broken character \(half of an emoji or symbol\) at position 8;/,
    )
    await user.click(
      within(body.closest('.bi-builder-field') as HTMLElement).getByRole('button', {
        name: 'Delete the 1 broken character',
      }),
    )
    expect(body).toHaveValue('Karibu ')
    expect(body).not.toHaveAccessibleDescription(/broken character/)
    unmount()
    render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const sw = screen.getByRole('textbox', { name: 'Maandishi ya ujumbe' })
    expect(sw).toHaveAccessibleDescription(/Maandishi ya ujumbe yana herufi iliyovunjika .* katika nafasi ya 8;/)
    const swField = sw.closest('.bi-builder-field') as HTMLElement
    expect(within(swField).getByRole('button', { name: 'Futa herufi 1 iliyovunjika' })).toBeInTheDocument()
  })

  it('warns of a control character, a case-only repeat and an emoji-like CTA symbol at their fields (en and sw)', async () => {
    const user = userEvent.setup()
    const fieldOf = (control: HTMLElement) => control.closest('.bi-builder-field') as HTMLElement
    const draft = createDraft('button') as { action: { buttons: { reply: { title: string } }[] } }
    const [first, second] = draft.action.buttons
    if (!first || !second) throw new Error('two buttons expected')
    // From the JSON tab or a host's draft: a one-line field cannot be typed so.
    first.reply.title = 'Ndiyo\nsasa'
    second.reply.title = 'NDIYO SASA'
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    const title = screen.getByRole('textbox', { name: 'Button 1 title' })
    // Shown with its break (a text area while the text holds one), not glued or lost unseen.
    expect(title).toHaveValue('Ndiyo\nsasa')
    expect(title).not.toHaveAttribute('aria-invalid')
    expect(title).toHaveAccessibleDescription(/Warning: Button 1 title has a line break \(U\+000A\) at position 6;/)
    await user.click(within(fieldOf(title)).getByRole('button', { name: 'Delete the 1 control character' }))
    const mended = screen.getByRole('textbox', { name: 'Button 1 title' })
    expect(mended).toHaveValue('Ndiyo sasa')
    expect(mended.tagName).toBe('INPUT')
    expect(mended).not.toHaveAccessibleDescription(/line break/)
    // Only the case tells them apart: warned of at the later title, with nothing to mend.
    const other = screen.getByRole('textbox', { name: 'Button 2 title' })
    expect(other).toHaveAccessibleDescription(
      /Warning: Button 2 title "\u2068NDIYO SASA\u2069" differs from button 1's only in capital letters;/,
    )
    expect(within(fieldOf(other)).queryByRole('button')).toBeNull()
    unmount()
    const sw = render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const swTitle = screen.getByRole('textbox', { name: 'Jina la kitufe 1' })
    expect(swTitle).toHaveAccessibleDescription(/Jina la kitufe 1 lina herufi ya mstari mpya \(U\+000A\) /)
    expect(within(fieldOf(swTitle)).getByRole('button', { name: 'Futa herufi 1 ya udhibiti' })).toBeInTheDocument()
    sw.unmount()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    flow.action.parameters.flow_cta = 'Weka ❤'
    render(<InteractiveBuilder defaultValue={flow} />)
    const cta = screen.getByRole('textbox', { name: 'Flow button text' })
    expect(cta).not.toHaveAttribute('aria-invalid')
    expect(cta).toHaveAccessibleDescription(/Warning: Flow button text has "❤" \(U\+2764\), a symbol many apps draw/)
    await user.click(within(fieldOf(cta)).getByRole('button', { name: 'Write it without emoji: Weka' }))
    expect(cta).toHaveValue('Weka')
    expect(cta).not.toHaveAccessibleDescription(/emoji/)
  })

  it('repairs a lower-case country code, emoji in a flow CTA and extra card line breaks by fix-its (en and sw)', async () => {
    const user = userEvent.setup()
    const fixAt = (field: HTMLElement, name: string) =>
      within(field.closest('.bi-builder-field') as HTMLElement).getByRole('button', { name })
    const address = {
      ...(createDraft('address_message') as object),
      action: { name: 'address_message', parameters: { country: 'in' } },
    }
    const { unmount } = render(<InteractiveBuilder defaultValue={address} />)
    const country = screen.getByRole('textbox', { name: 'Country code' })
    await user.click(fixAt(country, 'Write it in capitals: IN'))
    expect(country).toHaveValue('IN')
    unmount()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    flow.action.parameters.flow_cta = '🛒 Book 1️⃣ now'
    const second = render(<InteractiveBuilder defaultValue={flow} locale="sw" />)
    const cta = screen.getByRole('textbox', { name: 'Maandishi ya kitufe cha flow' })
    await user.click(fixAt(cta, 'Andika bila emoji: Book 1 now'))
    expect(cta).toHaveValue('Book 1 now')
    second.unmount()
    const carousel = createDraft('carousel') as { action: { cards: Record<string, unknown>[] } }
    ;(carousel.action.cards[0] as Record<string, unknown>).body = { text: 'a\nb\nc\nd' }
    render(<InteractiveBuilder defaultValue={carousel} />)
    const card = screen.getByRole('textbox', { name: 'Card 1 text' })
    expect(card).toHaveAttribute('aria-invalid', 'true')
    await user.click(fixAt(card, 'Keep 2 line breaks: join the other lines with spaces'))
    expect(card).toHaveValue('a\nb\nc d')
    expect(card).not.toHaveAttribute('aria-invalid')
  })

  it('names the field of each suggestion in the summary and focuses it when picked (en and sw)', async () => {
    const user = userEvent.setup()
    const draft = createDraft('button') as { action: { buttons: { reply: { title: string } }[] } }
    const [first, second] = draft.action.buttons
    if (!first || !second) throw new Error('two buttons expected')
    first.reply.title = ' Yes '
    second.reply.title = 'No '
    const { unmount } = render(<InteractiveBuilder defaultValue={draft} />)
    const entries = within(summary()).getAllByRole('listitem')
    expect(entries.map((entry) => entry.getAttribute('data-severity'))).toEqual(['suggestion', 'suggestion'])
    // Two fix-its with the same label: each entry says which field it is about; the fix-its sit at the fields.
    const [one, two] = entries.map((entry) => within(entry).getAllByRole('button'))
    expect(one?.map((button) => button.textContent)).toEqual(['Suggestion: Button 1 title'])
    expect(two?.map((button) => button.textContent)).toEqual(['Suggestion: Button 2 title'])
    for (const n of [1, 2]) {
      expect(
        within(screen.getByRole('group', { name: `Button ${n}` })).getByRole('button', {
          name: 'Trim the spaces at the ends',
        }),
      ).toBeInTheDocument()
    }
    await user.click(two?.[0] as HTMLElement)
    expect(screen.getByRole('textbox', { name: 'Button 2 title' })).toHaveFocus()
    unmount()
    render(<InteractiveBuilder defaultValue={draft} locale="sw" />)
    const [swahili] = within(screen.getByRole('region', { name: 'Matatizo' })).getAllByRole('listitem')
    expect(within(swahili as HTMLElement).getAllByRole('button')[0]).toHaveAccessibleName('Pendekezo: Jina la kitufe 1')
  })

  it('offers a short list without descriptions as reply buttons (a suggestion, not an error)', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={shortList(['A', 'B'])} />)
    const entry = within(summary()).getByRole('listitem')
    expect(entry).toHaveAttribute('data-severity', 'suggestion')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
    const sections = screen.getByRole('group', { name: 'Sections' })
    await user.click(within(sections).getByRole('button', { name: 'Turn into 2 reply buttons' }))
    expect(screen.getByRole('textbox', { name: 'Button 2 title' })).toHaveValue('B')
  })

  it('words a count of one in the singular, in English and Swahili (a list of one row)', () => {
    const list = {
      type: 'list',
      body: { text: 'Chagua' },
      action: { button: 'Chaguo', sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
    }
    const { unmount } = render(<InteractiveBuilder defaultValue={list} />)
    expect(screen.getByRole('button', { name: 'Turn into 1 reply button' })).toBeInTheDocument()
    unmount()
    render(<InteractiveBuilder defaultValue={list} locale="sw" />)
    expect(screen.getByRole('button', { name: 'Geuza kuwa kitufe 1 cha kujibu' })).toBeInTheDocument()
  })

  it('shows an issue the form has no field for (a footer the type does not take) in the summary with its fix-it', async () => {
    const user = userEvent.setup()
    render(<InteractiveBuilder defaultValue={{ ...createDraft('location_request_message'), footer: { text: 'x' } }} />)
    const entry = within(summary()).getByRole('listitem')
    expect(within(entry).queryByRole('button', { name: /Footer/ })).toBeNull()
    await user.click(within(entry).getByRole('button', { name: 'Leave out the footer' }))
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('sets a value WhatsApp takes only one of, which the form has no field for, by fix-it (en and sw)', async () => {
    const user = userEvent.setup()
    // A client library's flow (Lexuil/ws-cloud-api's send script) sends flow_message_version as 3.
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const parameters = { ...flow.action.parameters, flow_id: '1234', flow_message_version: 3 }
    const { unmount } = render(
      <InteractiveBuilder defaultValue={{ ...flow, action: { ...flow.action, parameters } }} />,
    )
    await user.click(screen.getByRole('button', { name: 'Set "flow_message_version" to "3", as WhatsApp requires' }))
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
    unmount()
    // Zernio's API fills in a location request's action; WhatsApp needs it sent.
    render(
      <InteractiveBuilder
        defaultValue={{ type: 'location_request_message', body: { text: 'Uko wapi?' } }}
        locale="sw"
      />,
    )
    await user.click(
      within(screen.getByRole('region', { name: 'Matatizo' })).getByRole('button', {
        name: 'Weka "action" kuwa {"name":"send_location"}, kama WhatsApp inavyotaka',
      }),
    )
    expect(within(screen.getByRole('region', { name: 'Matatizo' })).getByRole('status')).toHaveTextContent(
      'Hakuna tatizo lililopatikana',
    )
  })

  it('writes minutes to live sent as text as a number by fix-it, where the field shows them alike', async () => {
    const user = userEvent.setup()
    render(
      <InteractiveBuilder
        defaultValue={{
          ...createDraft('voice_call'),
          action: { name: 'voice_call', parameters: { ttl_minutes: '100' } },
        }}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Write "100" as a number' }))
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('turns flow data sent as JSON text into its object by fix-it', async () => {
    const user = userEvent.setup()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const payload = { screen: 'FIRST_SCREEN', data: '{"name":"John"}' }
    const parameters = { ...flow.action.parameters, flow_id: '1234', flow_action_payload: payload }
    const onValueChange = vi.fn()
    render(
      <InteractiveBuilder
        defaultValue={{ ...flow, action: { ...flow.action, parameters } }}
        onValueChange={onValueChange}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Turn the JSON text into an object' }))
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
    expect(onValueChange.mock.lastCall?.[0].action.parameters.flow_action_payload.data).toEqual({ name: 'John' })
  })

  it('keeps one of two sources by fix-it: a media link or id, a flow id or name', async () => {
    const user = userEvent.setup()
    const both = { type: 'image', image: { link: 'https://duka.example/a.png', id: '4490' } }
    const { unmount } = render(<InteractiveBuilder defaultValue={{ ...createDraft('button'), header: both }} />)
    await user.click(screen.getByRole('button', { name: 'Keep media ID 4490 (drop the link)' }))
    expect(screen.getByRole('radio', { name: 'An uploaded media ID' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Media ID' })).toHaveValue('4490')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
    unmount()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const parameters = { ...flow.action.parameters, flow_id: '1234', flow_name: 'booking' }
    render(<InteractiveBuilder defaultValue={{ ...flow, action: { ...flow.action, parameters } }} />)
    await user.click(screen.getByRole('button', { name: 'Keep the flow name (drop flow ID 1234)' }))
    expect(screen.getByRole('textbox', { name: 'Flow name' })).toHaveValue('booking')
    expect(within(summary()).getByRole('status')).toHaveTextContent('No problems found')
  })

  it('focuses the first field of a payload WhatsApp takes only with navigate, held beside data_exchange', async () => {
    const user = userEvent.setup()
    const flow = createDraft('flow') as { action: { parameters: Record<string, unknown> } }
    const parameters = {
      ...flow.action.parameters,
      flow_id: '1234',
      flow_action: 'data_exchange',
      flow_action_payload: { screen: 'WELCOME' },
    }
    render(<InteractiveBuilder defaultValue={{ ...flow, action: { ...flow.action, parameters } }} />)
    await user.click(within(summary()).getByRole('button', { name: /flow_action_payload/ }))
    expect(screen.getByRole('textbox', { name: 'First screen' })).toHaveFocus()
  })

  it('keeps the reply buttons of a message typed "buttons" when "Reply buttons" is picked', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const action = { buttons: [{ type: 'reply', reply: { id: 'ugali', title: 'Ugali' } }] }
    const pasted = { type: 'buttons', body: { text: 'Chakula cha mchana?' }, action }
    render(<InteractiveBuilder defaultValue={pasted} onValueChange={onValueChange} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'button')
    expect(onValueChange).toHaveBeenLastCalledWith({ ...pasted, type: 'button' }, expect.objectContaining({ ok: true }))
  })

  it('writes a message type typed in capitals as WhatsApp takes it, by fix-it at the type picker', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    render(
      <InteractiveBuilder
        defaultValue={{ ...(createDraft('list') as object), type: 'LIST' }}
        onValueChange={onValueChange}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Write it as "list"' }))
    expect(onValueChange).toHaveBeenLastCalledWith(createDraft('list'), expect.objectContaining({ ok: true }))
  })

  it('shows an unknown type at the type picker', () => {
    render(<InteractiveBuilder defaultValue={{ type: 'poll', body: { text: 'x' } }} />)
    const picker = screen.getByRole('combobox', { name: 'Message type' })
    expect(picker).toHaveAttribute('aria-invalid', 'true')
    expect(picker).toHaveValue('')
  })
})
