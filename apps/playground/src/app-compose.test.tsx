import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { APP_TEST_TIMEOUT_MS, preview, renderApp, startTestMock } from './test-support/render-app.tsx'

const { server } = startTestMock()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())
// The draft and the tab it showed (`persistKey`) start afresh in each test.
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('composing in the playground: the kit’s composer, nothing of its own', {
  timeout: APP_TEST_TIMEOUT_MS,
}, () => {
  it('opens on the Form tab (JSON second), with the example draft in the builder and the preview', () => {
    renderApp()
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Form', 'JSON'])
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('button')
    const body = (INTERACTIVE_EXAMPLES.button as { body: { text: string } }).body.text
    expect(screen.getByRole('textbox', { name: 'Body text' })).toHaveValue(body)
    expect(preview()).toHaveTextContent(body.slice(0, 20))
  })

  it('lists the page\'s headings as they nest: the builder\'s groups below "Message builder"', () => {
    renderApp()
    const outline = screen.getAllByRole('heading').map((heading) => ({
      level: Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)),
      name: heading.textContent,
    }))
    expect(outline[0]).toEqual({ level: 1, name: 'Briq interactive playground' })
    // A screen reader's headings list skips no level going in.
    for (const [index, heading] of outline.entries()) {
      if (index > 0) expect(heading.level, heading.name ?? '').toBeLessThanOrEqual((outline[index - 1]?.level ?? 0) + 1)
    }
    const levelOf = (name: string) => outline.find((heading) => heading.name === name)?.level
    expect(['Message builder', 'Buttons', 'Button 1', 'Problems', 'WhatsApp message preview'].map(levelOf)).toEqual([
      2, 3, 4, 3, 2,
    ])
  })

  it('keeps the draft across a reload (the composer’s persistKey)', async () => {
    const first = renderApp()
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'list')
    const footer = screen.getByRole('textbox', { name: 'Footer text' })
    await user.clear(footer)
    await user.type(footer, 'Karibu tena')
    await waitFor(() => expect(preview()).toHaveTextContent('Karibu tena'))
    first.unmount()
    renderApp()
    expect(screen.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    expect(preview()).toHaveTextContent('Karibu tena')
    expect(screen.getByRole('textbox', { name: 'Footer text' })).toHaveValue('Karibu tena')
    // Said a frame after the composer is shown.
    expect(await screen.findByText('Your last draft was restored')).toBeInTheDocument()
  })

  it('keeps the theme chosen across a reload, as it does the language', async () => {
    const first = renderApp()
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Dark' }))
    expect(document.querySelector('.pg-app')).toHaveAttribute('data-theme', 'dark')
    first.unmount()
    renderApp()
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked()
    expect(document.querySelector('.pg-app')).toHaveAttribute('data-theme', 'dark')
  })

  it('shows the same draft as JSON on the JSON tab', async () => {
    renderApp()
    await userEvent.setup().click(screen.getByRole('tab', { name: 'JSON' }))
    const json = screen.getByRole('textbox', { name: 'Interactive object (JSON)' }) as HTMLTextAreaElement
    expect(JSON.parse(json.value)).toMatchObject({ type: 'button' })
  })

  it('previews product messages with the catalogue it is given', async () => {
    renderApp({ catalogue: { 'tecno-spark-20': { name: 'Tecno Spark 20', price: 385000, currency: 'TZS' } } })
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Message type' }), 'product')
    await user.type(screen.getByRole('textbox', { name: 'Product ID (SKU)' }), 'tecno-spark-20')
    await waitFor(() => expect(preview()).toHaveTextContent('Tecno Spark 20'))
  })

  it('says what goes in Catalog ID, which the page has no value for: the mock takes any', () => {
    renderApp({ catalogue: { 'tecno-spark-20': { name: 'Tecno Spark 20', price: 385000, currency: 'TZS' } } })
    const mock = screen.getByRole('region', { name: 'The mock' })
    expect(within(mock).getByText(/their ids go in the product fields/)).toHaveTextContent('any catalog ID will do')
  })

  it('holds no copy of a kit part: one recipient field, one issue summary, one JSON editor', async () => {
    renderApp()
    expect(screen.getAllByRole('textbox', { name: "Customer's WhatsApp number" })).toHaveLength(1)
    expect(document.querySelectorAll('.pg-app [class*="issue"]:not([class^="bi-"])')).toHaveLength(0)
    expect(within(document.querySelector('.pg-app') as HTMLElement).queryByRole('textbox', { name: /JSON/ })).toBeNull()
  })
})
