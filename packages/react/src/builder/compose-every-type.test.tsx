import type { Interactive, InteractiveType, ValidationResult } from '@briq-interactive/core'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

/** Renders the preset as a new user meets it (no value given) and reads what it reports. */
function start() {
  const onValueChange = vi.fn<(draft: unknown, result: ValidationResult<Interactive>) => void>()
  render(<InteractiveBuilder onValueChange={onValueChange} />)
  const user = userEvent.setup()
  const last = () => {
    const call = onValueChange.mock.calls.at(-1)
    if (call === undefined) throw new Error('onValueChange was never called')
    return { draft: call[0] as Record<string, unknown>, result: call[1] }
  }
  const pick = (type: InteractiveType) =>
    user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), type)
  const fill = async (name: string, text: string, scope: HTMLElement = document.body) => {
    const field = within(scope).getByRole('textbox', { name })
    await user.clear(field)
    await user.type(field, text)
  }
  return { user, last, pick, fill }
}

const errorsOf = (result: ValidationResult<Interactive>) =>
  result.ok ? [] : result.issues.map((i) => i.path.join('.'))

describe('composing every interactive type from the form alone', () => {
  it('reply buttons: body, a third button with its title; the id follows the title', async () => {
    const { user, last, fill } = start()
    await fill('Body text', 'Did this answer your question?')
    await user.click(screen.getByRole('button', { name: 'Add button' }))
    await fill('Button 3 title', 'Talk to us')
    expect(screen.getByRole('textbox', { name: 'Button 3 ID' })).toHaveValue('talk-to-us')
    expect(last().result.ok).toBe(true)
    expect(last().draft).toMatchObject({
      type: 'button',
      body: { text: 'Did this answer your question?' },
      action: { buttons: [{}, {}, { type: 'reply', reply: { id: 'talk-to-us', title: 'Talk to us' } }] },
    })
  })

  it('list: two sections with titles, rows with ids, titles and descriptions', async () => {
    const { user, last, pick, fill } = start()
    await pick('list')
    await fill('List button label', 'Choose a route')
    await user.click(screen.getByRole('button', { name: 'Add section' }))
    const section2 = screen.getByRole('group', { name: 'Section 2' })
    await fill('Section 1 title', 'Buses')
    await fill('Section 2 title', 'Ferries', section2)
    await fill('Row 1 title', 'Kivukoni', section2)
    await fill('Row 1 description', 'Every 30 minutes', section2)
    expect(within(section2).getByRole('textbox', { name: 'Row 1 ID' })).toHaveValue('kivukoni')
    expect(errorsOf(last().result)).toEqual([])
    expect(last().draft).toMatchObject({
      type: 'list',
      action: {
        button: 'Choose a route',
        sections: [
          { title: 'Buses' },
          { title: 'Ferries', rows: [{ id: 'kivukoni', title: 'Kivukoni', description: 'Every 30 minutes' }] },
        ],
      },
    })
  })

  it('cta_url: the button text and URL', async () => {
    const { last, pick, fill } = start()
    await pick('cta_url')
    expect(last().result.ok).toBe(false)
    await fill('Button URL', 'https://shop.example/offers')
    expect(last().result.ok).toBe(true)
    expect(last().draft).toMatchObject({
      action: { name: 'cta_url', parameters: { url: 'https://shop.example/offers' } },
    })
  })

  it('location request: the body only', async () => {
    const { last, pick, fill } = start()
    await pick('location_request_message')
    await fill('Body text', 'Where should we deliver?')
    expect(last().result.ok).toBe(true)
    expect(last().draft).toMatchObject({ type: 'location_request_message', action: { name: 'send_location' } })
  })

  it('flow: by name instead of id, the CTA, data_exchange', async () => {
    const { user, last, pick, fill } = start()
    await pick('flow')
    await user.click(screen.getByRole('radio', { name: 'By name' }))
    await fill('Flow name', 'booking')
    await fill('Flow button text', 'Book a visit')
    await user.click(screen.getByRole('radio', { name: 'Ask your endpoint (data exchange)' }))
    expect(errorsOf(last().result)).toEqual([])
    expect(last().draft).toMatchObject({
      action: { parameters: { flow_name: 'booking', flow_cta: 'Book a visit', flow_action: 'data_exchange' } },
    })
  })

  it('flow: navigate with a screen and data typed as JSON', async () => {
    const { user, last, pick, fill } = start()
    await pick('flow')
    await fill('Flow ID', '1234567890')
    await fill('First screen', 'WELCOME')
    const data = screen.getByRole('textbox', { name: 'Screen data (JSON)' })
    await user.click(data)
    await user.paste('{"customer": "Asha"}')
    expect(errorsOf(last().result)).toEqual([])
    expect(last().draft).toMatchObject({
      action: {
        parameters: { flow_id: '1234567890', flow_action_payload: { screen: 'WELCOME', data: { customer: 'Asha' } } },
      },
    })
  })

  it('product: catalog and product ids', async () => {
    const { last, pick, fill } = start()
    await pick('product')
    await fill('Catalog ID', '1122334455')
    await fill('Product ID (SKU)', 'SKU-42')
    expect(last().result.ok).toBe(true)
  })

  it('product list: a header, the catalog, products in a section', async () => {
    const { user, last, pick, fill } = start()
    await pick('product_list')
    await fill('Header text', 'Our best sellers')
    await fill('Catalog ID', '1122334455')
    await fill('Product 1 ID (SKU)', 'SKU-1')
    await user.click(screen.getByRole('button', { name: 'Add product' }))
    await fill('Product 2 ID (SKU)', 'SKU-2')
    expect(screen.getByText('2 of 30 products')).toBeInTheDocument()
    expect(last().result.ok).toBe(true)
  })

  it('catalog: valid at once; the missing thumbnail is a warning', async () => {
    const { last, pick, fill } = start()
    await pick('catalog_message')
    expect(last().result.ok).toBe(true)
    await fill('Thumbnail product ID (SKU)', 'SKU-1')
    expect(last().result.warnings).toEqual([])
  })

  it('carousel: an image link on each card; a third card copies the buttons', async () => {
    const { user, last, pick, fill } = start()
    await pick('carousel')
    for (const n of [1, 2]) {
      await fill(
        `Card ${n} media link`,
        `https://cdn.example/${n}.jpg`,
        screen.getByRole('group', { name: `Card ${n}` }),
      )
    }
    expect(last().result.ok).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Add card' }))
    const card3 = screen.getByRole('group', { name: 'Card 3' })
    expect(within(card3).getByRole('textbox', { name: 'Button 1 title' })).toHaveValue('Shop now')
    await fill('Card 3 media link', 'https://cdn.example/3.jpg', card3)
    expect(last().result.ok).toBe(true)
  })

  it('voice call: button text and how long it stays valid', async () => {
    const { last, pick, fill } = start()
    await pick('voice_call')
    await fill('Button text', 'Call support')
    await fill('Button validity (minutes)', '60')
    expect(last().result.ok).toBe(true)
    expect(last().draft).toMatchObject({ action: { parameters: { display_text: 'Call support', ttl_minutes: 60 } } })
  })

  it('call permission: the body only', async () => {
    const { last, pick } = start()
    await pick('call_permission_request')
    expect(last().result.ok).toBe(true)
    expect(last().draft).toMatchObject({ type: 'call_permission_request', action: { name: 'call_permission_request' } })
  })

  it('address: country and prefilled values', async () => {
    const { last, pick, fill } = start()
    await pick('address_message')
    await fill('City', 'Mumbai', screen.getByRole('group', { name: 'Prefilled address' }))
    expect(last().result.ok).toBe(true)
    expect(last().draft).toMatchObject({ action: { parameters: { country: 'IN', values: { city: 'Mumbai' } } } })
  })
})
