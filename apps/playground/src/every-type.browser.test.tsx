import { INTERACTIVE_TYPES, type InteractiveType } from '@briq-interactive/core'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import './test-support/create-root.ts'
// The real entry, as main.browser.test.tsx runs it: the mock's service worker answers the sends.
import './main.tsx'

// What a new user would type in a field the form asks for, found by its accessible name: the
// mock shop's product ids (the page lists them), any catalog and flow id (the page says the mock
// takes any), a public https link, words for the texts (a title numbered, so ids made from
// titles never repeat).
let titles = 0
const ANSWERS: readonly [RegExp, () => string][] = [
  [/URL$/, () => 'https://example.com/offers'],
  [/media link$/, () => 'https://example.com/picture.jpg'],
  [/^Flow ID$/, () => '1234567890'],
  [/catalog ID$/i, () => 'duka-la-mama-neema'],
  [/product( \d+)? ID \(SKU\)$/i, () => 'tecno-spark-20'],
  [/^Country code$/, () => 'IN'],
  [/^Body text$/, () => 'Habari Amina! Karibu dukani.'],
  [/^Header text$/, () => 'Duka la Mama Neema'],
  [/title$|button text$|^Button text$|^List button label$/i, () => `Chaguo ${++titles}`],
]

const problems = () => page.getByRole('region', { name: 'Problems' })
const problemsStatus = () => problems().getByRole('status').element().textContent
const messageType = () => page.getByRole('combobox', { name: 'Message type' })
const sendForm = () => page.getByRole('form', { name: 'Send message' })
const sentId = () => document.querySelector('.pg-app [aria-label="Message sent"] code')?.textContent ?? ''

/** The accessible name of the focused control (its label). */
function focusedName(): string {
  const focused = document.activeElement as HTMLInputElement | null
  return focused?.labels?.[0]?.textContent ?? focused?.getAttribute('aria-label') ?? ''
}

/**
 * Fixes the draft as a new user would, from the Problems summary alone: picks the first issue
 * (focus goes to its field, named in the issue), types what that field asks for.
 */
async function fixFromTheSummary(type: InteractiveType): Promise<void> {
  let typed = 0
  while (problemsStatus() !== 'No problems found') {
    const issue = problems().getByRole('listitem').first().getByRole('button')
    const sentence = issue.element().textContent ?? ''
    await issue.click()
    const name = focusedName()
    // "Card 2 button 1 title" names the "Button 1 title" inside Card 2's group; "No thumbnail
    // product ID" the "Thumbnail product ID (SKU)".
    const named = name.replace(/ \(SKU\)$/, '').toLowerCase()
    expect(sentence.toLowerCase(), `${type}: the issue names the field it focused`).toContain(named)
    const answer = ANSWERS.find(([pattern]) => pattern.test(name))
    if (answer === undefined) throw new Error(`${type}: nothing to type in "${name}" for "${sentence}"`)
    await userEvent.fill(page.elementLocator(document.activeElement as HTMLElement), answer[1]())
    typed += 1
    if (typed > 20) throw new Error(`${type}: still "${problemsStatus()}" after ${typed} fields`)
  }
}

/** Empties every text the form shows, as a person starting a message of their own would. */
async function emptyTheForm(): Promise<void> {
  const form = page.getByRole('tabpanel', { name: 'Form' })
  for (const field of form.getByRole('textbox').all()) await field.fill('')
}

// A whole message typed field by field, sent and walked back: many clicks on two loaded cores, past
// browser mode's 15 s per test. A budget for a stalled test, not a speed check.
describe('a new user composes every type from the form, sends it to the mock and undoes it (Chromium)', {
  timeout: 90_000,
}, () => {
  // Reply buttons last: the playground opens on them.
  const types = [...INTERACTIVE_TYPES.filter((type) => type !== 'button'), 'button' as const]

  it.each(types)('%s: picked, fixed from its issues, sent, then undone step by step and redone', async (type) => {
    await expect.element(messageType()).toBeVisible()
    const before = { type: (messageType().element() as HTMLSelectElement).value, status: problemsStatus() }
    await messageType().selectOptions(type)
    await emptyTheForm()
    await fixFromTheSummary(type)
    await expect.element(problems().getByRole('status')).toHaveTextContent('No problems found')

    const previous = sentId()
    await sendForm().getByRole('button', { name: 'Send', exact: true }).click()
    await expect.poll(sentId, { message: `${type}: the mock accepted the message` }).not.toBe(previous)
    await expect.element(sendForm().getByRole('region', { name: 'Not confirmed' })).not.toBeInTheDocument()

    // Back to the message before, one step at a time: the type changes back only at the last.
    const undo = page.getByRole('button', { name: 'Undo' })
    let undone = 0
    while ((messageType().element() as HTMLSelectElement).value === type && undone < 60) {
      await undo.click()
      undone += 1
    }
    await expect.element(messageType()).toHaveValue(before.type)
    expect(problemsStatus()).toBe(before.status)

    // As many steps forward again reach the message sent, with nothing left to redo.
    const redo = page.getByRole('button', { name: 'Redo' })
    for (let step = 0; step < undone; step++) await redo.click()
    await expect.element(messageType()).toHaveValue(type)
    await expect.element(problems().getByRole('status')).toHaveTextContent('No problems found')
    await expect.element(redo).toHaveAttribute('aria-disabled', 'true')
  })
})
