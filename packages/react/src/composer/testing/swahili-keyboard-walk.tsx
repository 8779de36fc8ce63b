import '../../styles.css'
import { type BriqClient, INTERACTIVE_TYPES, type InteractiveType, validateInteractive } from '@briq-interactive/core'
import { render } from '@testing-library/react'
import { expect } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { brokenExample, expectSwahiliOnly, spokenKitText } from '../../i18n/testing/swahili-screen.ts'
import { createMockClient } from '../../send-dialog/testing/mock-client.ts'
import { axeReport } from '../../testing/axe-report.ts'
import { InteractiveComposer } from '../interactive-composer.tsx'

// The twelve types' walks in three test files, which Vitest runs side by side: each reads the
// page with axe and the accessibility tree at every state, tens of seconds a type in Chromium.
const FILE_STARTS = [0, 2, 7, INTERACTIVE_TYPES.length]

/** The types whose walk test file `file` (0, 1 or 2) holds; the three together hold every type. */
export const walkedTypes = (file: 0 | 1 | 2): readonly InteractiveType[] =>
  INTERACTIVE_TYPES.slice(FILE_STARTS[file], FILE_STARTS[file + 1])

/** The timeout of one walk: a type's, or every type picked in turn. */
export const WALK_TIMEOUT = 240_000

/** Tab (or Shift+Tab, whichever is nearer in the page's order) until `target` has the focus. */
async function tabTo(target: Element): Promise<void> {
  for (let presses = 0; document.activeElement !== target; presses++) {
    if (presses > 300) throw new Error(`Tab never reached ${target.outerHTML.slice(0, 160)}`)
    const from = document.activeElement
    const back =
      from !== null &&
      from !== document.body &&
      (from.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
    await userEvent.keyboard(back ? '{Shift>}{Tab}{/Shift}' : '{Tab}')
  }
}

const words = (element: Element): string => (element.textContent ?? '').replace(/\s+/g, ' ').trim()

/**
 * The fix-it shown beside a field for the issue a summary entry (`go`) names: in the messages
 * under the field, or under the choice or group the field sits in, that say the same sentence.
 */
function fixBesideField(field: Element, go: Element): HTMLElement | null {
  const sentence = words(go).replace(/^Kosa: /, '')
  for (let around = field.parentElement; around !== null; around = around.parentElement) {
    for (const messages of around.querySelectorAll('.bi-builder-messages')) {
      const said = [...messages.querySelectorAll('.bi-builder-issue-text')].some((text) => words(text) === sentence)
      if (said) return messages.querySelector<HTMLElement>('.bi-builder-fix')
    }
    if (around.matches('.bi-builder-item, [role="tabpanel"]')) return null
  }
  return null
}

/** The accessible name of the focused field (its label). */
function focusedName(): string {
  const focused = document.activeElement as HTMLInputElement | null
  return focused?.labels?.[0]?.textContent ?? focused?.getAttribute('aria-label') ?? ''
}

let made = 0
/**
 * What a Swahili clerk types in a field, by the words of its label alone: a link where a link
 * goes, an ID of letters, a body sentence, a short title elsewhere.
 */
function answerFor(label: string): string {
  made += 1
  if (/URL|[Kk]iungo/.test(label)) return `https://duka.example/picha-${made}.jpg`
  if (/Kitambulisho cha (katalogi|flow)/.test(label)) return '1234567890'
  if (/Kitambulisho/.test(label)) return `chaguo_${made}`
  if (/Msimbo wa nchi/.test(label)) return 'IN'
  if (/Maandishi ya ujumbe/.test(label)) return 'Habari Amina! Karibu dukani.'
  return `Chaguo ${made}`
}

/** The entries of the Problems summary that are errors. */
const errorEntries = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>('.bi-builder-summary li[data-severity="error"]'),
]

/**
 * Fixes every error as a clerk would from the keyboard, with the messages and fix-its alone:
 * the summary's fix-it where it offers one, else its entry (Enter takes focus to the field) and
 * the fix-it beside the field, else words typed in the field its label asks for. `check` runs
 * on every state reached. Returns the errors, for later steps to watch.
 */
async function fixEveryError(type: string, check: (state: string) => Promise<void>): Promise<() => HTMLElement[]> {
  const log: string[] = []
  const checked = async (state: string) => {
    log.push(state)
    await check(state)
  }
  for (let step = 0; errorEntries().length > 0; step++) {
    if (step > 30)
      throw new Error(`${type}: still ${errorEntries().length} errors after ${step} steps\n${log.join('\n')}`)
    const entry = errorEntries()[0] as HTMLElement
    const said = words(entry)
    const fixHere = entry.querySelector<HTMLElement>('.bi-builder-fix')
    if (fixHere !== null) {
      await tabTo(fixHere)
      await userEvent.keyboard('{Enter}')
      await checked(`fix-it in the summary "${words(fixHere)}" for "${said}"`)
      continue
    }
    const go = entry.querySelector<HTMLElement>('button')
    if (go === null) throw new Error(`${type}: "${said}" can be neither fixed nor followed`)
    await tabTo(go)
    await userEvent.keyboard('{Enter}')
    const field = document.activeElement as HTMLElement
    const label = focusedName()
    await checked(`followed "${said}" to "${label}"`)
    const fixBeside = fixBesideField(field, go)
    if (fixBeside) {
      await tabTo(fixBeside)
      await userEvent.keyboard('{Enter}')
      await checked(`fix-it beside "${label}": "${words(fixBeside)}"`)
      continue
    }
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement))
      throw new Error(`${type}: "${said}" focused ${field.outerHTML.slice(0, 200)}`)
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}')
    await userEvent.keyboard(answerFor(label))
    await checked(`typed in "${label}"`)
  }
  return errorEntries
}

/**
 * The composer in Swahili, in a host's page as the playground holds it (axe reads the page, not
 * the composer alone), with `check`: what a Swahili user sees and hears now holds no English,
 * and axe finds nothing.
 */
function renderComposer(client: BriqClient, message?: unknown) {
  let draft: unknown = message
  render(
    <main lang="sw">
      <InteractiveComposer
        client={client}
        locale="sw"
        defaultValue={message}
        onValueChange={(value) => {
          draft = value
        }}
      />
    </main>,
  )
  const check = async (state: string) => {
    expectSwahiliOnly(await spokenKitText(message, draft), state)
    const report = await axeReport(document.body)
    expect(report.violations, state).toEqual([])
  }
  return { check, draft: () => draft }
}

/**
 * A Swahili clerk, keyboard only: the broken `type` fixed from its messages and fix-its, every
 * step undone and redone, then sent through the dialog. Every state is checked for English and
 * by axe.
 */
export async function walkType(type: InteractiveType): Promise<void> {
  const { client, mock } = createMockClient()
  const message = brokenExample(type)
  const composer = renderComposer(client, message)
  const { check } = composer
  await check('opened broken')

  const errors = await fixEveryError(type, check)
  await expect.poll(() => validateInteractive(composer.draft()).ok, { message: type }).toBe(true)
  const fixed = structuredClone(composer.draft())

  // Ctrl+Z takes the last step back (its error with it), Ctrl+Shift+Z brings it again.
  const builder = page.getByRole('region', { name: 'Kiunda ujumbe', exact: true }).element()
  expect(builder.contains(document.activeElement), `${type}: focus stays in the builder`).toBe(true)
  await userEvent.keyboard('{Control>}z{/Control}')
  await expect.poll(() => errors().length, { message: `${type}: the last fix undone` }).toBeGreaterThan(0)
  await check('Ctrl+Z')
  await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
  await expect.poll(() => errors().length, { message: `${type}: the last fix redone` }).toBe(0)
  await check('Ctrl+Shift+Z')

  // Every step back with the Undo button, to the message as it was opened, and forward again:
  // through the states the fixes went by, each checked then.
  for (const [name, end] of [
    ['Tendua', message],
    ['Rudia', fixed],
  ] as const) {
    const button = page.getByRole('button', { name, exact: true }).element()
    for (let steps = 0; button.getAttribute('aria-disabled') !== 'true'; steps++) {
      if (steps > 40) throw new Error(`${type}: ${name} never ran out of steps`)
      await tabTo(button)
      await userEvent.keyboard('{Enter}')
    }
    await check(`${name} to the end`)
    expect(composer.draft(), `${type}: ${name} to the end`).toEqual(end)
  }

  // Sent through the dialog, from the keyboard alone.
  const trigger = page.getByRole('button', { name: 'Tuma', exact: true }).element()
  await tabTo(trigger)
  await userEvent.keyboard('{Enter}')
  const dialog = page.getByRole('dialog', { name: 'Tuma ujumbe', exact: true })
  await expect.element(dialog).toBeVisible()
  expect(dialog.element().contains(document.activeElement), `${type}: focus moved into the dialog`).toBe(true)
  await check('the send dialog opened')
  await tabTo(dialog.getByRole('textbox', { name: 'Namba ya WhatsApp ya mteja', exact: true }).element())
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}0712 345 678')
  await check('the number typed')
  await tabTo(dialog.getByRole('button', { name: 'Tuma', exact: true }).element())
  await userEvent.keyboard('{Enter}')
  await expect.element(dialog.getByRole('region', { name: 'Ujumbe umetumwa', exact: true })).toBeVisible()
  await check('sent')
  mock.advance(10_000)
  await expect.element(dialog.getByText('Imesomwa', { exact: false }).first()).toBeVisible()
  await check('read by the customer')
  expect(mock.state().messages.at(-1)?.content, `${type}: the mock got the message fixed`).toEqual(fixed)
  await userEvent.keyboard('{Escape}')
  await expect.element(dialog).not.toBeInTheDocument()
  expect(document.activeElement, `${type}: focus back on Send`).toBe(trigger)
  await check('the dialog closed')
}

/** Each type picked with the arrow keys in a fresh composer, and composed from its messages alone. */
export async function pickEveryType(): Promise<void> {
  const { client } = createMockClient()
  const { check } = renderComposer(client)
  const picker = page.getByRole('combobox', { name: 'Aina ya ujumbe', exact: true }).element() as HTMLSelectElement
  await tabTo(picker)
  for (const type of INTERACTIVE_TYPES) {
    await tabTo(picker)
    const wanted = [...picker.options].findIndex((option) => option.value === type)
    while (picker.selectedIndex !== wanted)
      await userEvent.keyboard(picker.selectedIndex < wanted ? '{ArrowDown}' : '{ArrowUp}')
    await expect.element(page.getByRole('region', { name: 'Matatizo', exact: true })).toBeVisible()
    await check(`${type}: picked`)
    await fixEveryError(type, async (state) => check(`${type}: ${state}`))
  }
}
