import { createDraft } from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fireEvent, fn, spyOn, userEvent, waitFor, within } from 'storybook/test'
import { InteractiveBuilder } from './interactive-builder.tsx'

// The builder in each state a user meets: new, empty, no draft yet, invalid with fix-its, warnings, broken
// JSON, another tab's newer draft (asked, or taken when nothing is unsaved), storage full, an
// earlier draft set aside, dark, Swahili. The play functions are its story tests: add a button,
// apply the list fix-it, undo, start a new message.
// (A line comment, not a doc comment: the Docs page shows the component's own doc comment.)
const meta = {
  title: 'Builder/InteractiveBuilder',
  component: InteractiveBuilder,
  // A Docs page: the component's doc comment, its props table and every story below.
  tags: ['autodocs'],
  args: { theme: 'light', locale: 'en', onValueChange: fn() },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'sw'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    defaultTab: { control: 'inline-radio', options: ['form', 'json'] },
  },
  parameters: { layout: 'padded' },
  decorators: [(Story) => <div style={{ maxWidth: 560 }}>{Story()}</div>],
} satisfies Meta<typeof InteractiveBuilder>

export default meta
type Story = StoryObj<typeof meta>

const fourButtons = {
  type: 'button',
  body: { text: 'Which size would you like?' },
  action: {
    buttons: ['Small', 'Medium', 'Large', 'Extra large'].map((title, i) => ({
      type: 'reply',
      reply: { id: `size-${i + 1}`, title },
    })),
  },
}

/** A new user: reply buttons with starter words; adding a button focuses its title, Undo takes it away. */
export const New: Story = {
  // Undo steps follow the clock (a pause of a second starts one): held still from before the
  // builder mounts, so slow keystrokes on a loaded machine cannot split the title typed into two.
  // Replaced by hand: spyOn(Date, 'now') here overflows the stack (the test tooling reads the clock too).
  beforeEach: () => {
    const realNow = Date.now
    const at = realNow()
    Date.now = () => at
    return () => {
      Date.now = realNow
    }
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Add button' }))
    const title = canvas.getByRole('textbox', { name: 'Button 3 title' })
    await expect(title).toHaveFocus()
    await userEvent.type(title, 'Ask a question')
    await expect(canvas.getByRole('textbox', { name: 'Button 3 ID' })).toHaveValue('ask-a-question')
    await expect(args.onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ type: 'button' }),
      expect.objectContaining({ ok: true }),
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await expect(canvas.queryByRole('group', { name: 'Button 3' })).toBeNull()
  },
}

/** "New message": a fresh draft of the type shown, in one step; Undo brings the old one back whole. */
export const StartOver: Story = {
  args: { defaultValue: { ...createDraft('list'), body: { text: 'Which ferry would you like?' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const body = canvas.getByRole('textbox', { name: 'Body text' })
    await userEvent.click(canvas.getByRole('button', { name: 'New message' }))
    await expect(canvas.getByRole('combobox', { name: 'Message type' })).toHaveFocus()
    await expect(body).not.toHaveValue('Which ferry would you like?')
    await expect(canvas.getByRole('button', { name: 'New message' })).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await expect(body).toHaveValue('Which ferry would you like?')
  },
}

/** Reordering from the keyboard: Alt+ArrowUp in a field, then Move down; focus stays on the moved item. */
export const Reorder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const second = within(canvas.getByRole('group', { name: 'Button 2' })).getByRole('textbox', {
      name: 'Button 2 title',
    })
    const moving = (second as HTMLInputElement).value
    await userEvent.click(second)
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}')
    const first = within(canvas.getByRole('group', { name: 'Button 1' })).getByRole('textbox', {
      name: 'Button 1 title',
    })
    await expect(first).toHaveValue(moving)
    await expect(first).toHaveFocus()
    const down = within(canvas.getByRole('group', { name: 'Button 1' })).getByRole('button', { name: 'Move down' })
    await userEvent.click(down)
    await expect(canvas.getByRole('textbox', { name: 'Button 2 title' })).toHaveValue(moving)
    await expect(
      within(canvas.getByRole('group', { name: 'Button 2' })).getByRole('button', { name: 'Move down' }),
    ).toHaveFocus()
  },
}

/** Everything empty: each required field says what it needs, and the summary counts it. */
export const Empty: Story = {
  args: { defaultValue: { type: 'button', body: { text: '' }, action: { buttons: [] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('textbox', { name: 'Body text' })).toHaveAttribute('aria-invalid', 'true')
    await expect(within(canvas.getByRole('region', { name: 'Problems' })).getByRole('status')).toHaveTextContent(
      '2 errors',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Add button' }))
    await expect(canvas.getByRole('group', { name: 'Button 1' })).toBeInTheDocument()
  },
}

/** A host that has not loaded its draft yet (`value={null}`): no type chosen, nothing flagged. */
export const NoDraftYet: Story = {
  args: { value: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('combobox', { name: 'Message type' })).toHaveValue('')
    await expect(within(canvas.getByRole('region', { name: 'Problems' })).getByRole('status')).toHaveTextContent(
      'No message yet: choose its type to start',
    )
  },
}

/** Four reply buttons (WhatsApp allows three): the fix-it turns them into a list, and one undo brings them back. */
export const InvalidWithFixIts: Story = {
  args: { defaultValue: fourButtons },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const buttons = canvas.getByRole('group', { name: 'Buttons' })
    await expect(buttons).toHaveAccessibleDescription(/^Error: The message has 4 buttons; WhatsApp allows at most 3/)
    await userEvent.click(within(buttons).getByRole('button', { name: 'Turn the 4 buttons into a list' }))
    await expect(canvas.getByRole('combobox', { name: 'Message type' })).toHaveValue('list')
    await expect(canvas.getByRole('textbox', { name: 'Row 4 title' })).toHaveValue('Extra large')
    await expect(within(canvas.getByRole('region', { name: 'Problems' })).getByRole('status')).toHaveTextContent(
      'No problems found',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await expect(canvas.getByRole('group', { name: 'Button 4' })).toBeInTheDocument()
  },
}

/** Warnings differ from errors by icon and word: a catalog without its thumbnail, a plain-http link. */
export const Warnings: Story = {
  args: { defaultValue: createDraft('catalog_message') },
  play: async ({ canvasElement }) => {
    const summary = within(within(canvasElement).getByRole('region', { name: 'Problems' }))
    await expect(summary.getByRole('status')).toHaveTextContent('1 warning')
    await expect(summary.getByRole('button', { name: /^Warning: / })).toBeInTheDocument()
  },
}

/** Broken JSON says where it breaks; the form keeps the last valid message. */
export const JsonError: Story = {
  args: { defaultValue: structuredClone(INTERACTIVE_EXAMPLES.list), defaultTab: 'json' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const json = canvas.getByRole('textbox', { name: 'Interactive object (JSON)' })
    fireEvent.change(json, { target: { value: '{\n  "type": "list",\n  "body": {' } })
    await expect(json).toHaveAttribute('aria-invalid', 'true')
    await expect(json).toHaveAccessibleDescription(/line 3, column/)
    await userEvent.click(canvas.getByRole('tab', { name: 'Form' }))
    await expect(canvas.getByRole('textbox', { name: 'List button label' })).toHaveValue('Chagua njia')
  },
}

const KEY = 'storybook:builder-draft'

/** A restored draft, then another tab saves a newer one while this tab has changes: the builder asks. */
export const RestoredDraftConflict: Story = {
  args: { persistKey: KEY },
  loaders: [
    () => {
      localStorage.setItem(
        KEY,
        JSON.stringify({
          version: 1,
          value: { ...createDraft('button'), body: { text: 'Restored from last time' } },
          revision: 1,
          savedAt: Date.now(),
          session: 'yesterday',
        }),
      )
      return {}
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const body = canvas.getByRole('textbox', { name: 'Body text' })
    await expect(body).toHaveValue('Restored from last time')
    fireEvent.change(body, { target: { value: 'Changed in this tab' } })
    const theirs = JSON.stringify({
      version: 1,
      value: { ...createDraft('button'), body: { text: 'Changed in the other tab' } },
      revision: 7,
      savedAt: Date.now(),
      session: 'other-tab',
    })
    localStorage.setItem(KEY, theirs)
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: theirs }))
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Which one do you want to keep?')
    await expect(body).toHaveValue('Changed in this tab')
  },
}

const OTHER_TAB_KEY = 'storybook:builder-draft-other-tab'

/** This tab has nothing unsaved when another tab saves a newer draft: it is taken, and the builder says so. */
export const DraftFromAnotherTab: Story = {
  args: { persistKey: OTHER_TAB_KEY },
  loaders: [
    () => {
      localStorage.removeItem(OTHER_TAB_KEY)
      return {}
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const theirs = JSON.stringify({
      version: 1,
      value: { ...createDraft('button'), body: { text: 'Saved in the other tab' } },
      revision: 3,
      savedAt: Date.now(),
      session: 'other-tab',
    })
    localStorage.setItem(OTHER_TAB_KEY, theirs)
    window.dispatchEvent(new StorageEvent('storage', { key: OTHER_TAB_KEY, newValue: theirs }))
    await waitFor(() =>
      expect(canvas.getByRole('textbox', { name: 'Body text' })).toHaveValue('Saved in the other tab'),
    )
    await expect(await canvas.findByText('Updated with the draft saved in another tab')).toBeInTheDocument()
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

const FULL_KEY = 'storybook:builder-draft-storage-full'

/** The browser refuses to save (storage full): one alert says the draft is not kept, and it stays on screen. */
export const StorageFull: Story = {
  args: { persistKey: FULL_KEY },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const setItem = spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    try {
      const body = canvas.getByRole('textbox', { name: 'Body text' })
      fireEvent.change(body, { target: { value: 'Typed while the storage is full' } })
      const alert = await canvas.findByRole('alert', {}, { timeout: 3000 })
      await expect(alert).toHaveTextContent('This draft cannot be saved in this browser')
      await expect(body).toHaveValue('Typed while the storage is full')
    } finally {
      setItem.mockRestore()
    }
  },
}

const SET_ASIDE_KEY = 'storybook:builder-draft-set-aside'

/** A draft saved by another version of the page: set aside, not lost, offered to download or discard. */
export const EarlierDraftSetAside: Story = {
  args: { persistKey: SET_ASIDE_KEY },
  loaders: [
    () => {
      localStorage.removeItem(`${SET_ASIDE_KEY}:set-aside`)
      localStorage.setItem(
        SET_ASIDE_KEY,
        JSON.stringify({
          version: 2,
          value: createDraft('list'),
          revision: 4,
          savedAt: Date.now(),
          session: 'newer-kit',
        }),
      )
      return {}
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('A draft saved earlier could not be opened here')
    await expect(canvas.getByRole('button', { name: 'Download the earlier draft' })).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('button', { name: 'Discard the earlier draft' }))
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull())
    await expect(localStorage.getItem(`${SET_ASIDE_KEY}:set-aside`)).toBeNull()
  },
}

/** Dark theme, a carousel with its cards. */
export const Dark: Story = {
  args: { theme: 'dark', defaultValue: structuredClone(INTERACTIVE_EXAMPLES.carousel) },
  parameters: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.bi-builder') as HTMLElement
    await expect(root).toHaveAttribute('data-bi-theme', 'dark')
    await waitFor(() => expect(getComputedStyle(root).colorScheme).toBe('dark'))
  },
}

/** Swahili: every label, hint and issue; a fix-it and undo by their Swahili names. */
export const Swahili: Story = {
  args: { locale: 'sw', defaultValue: fourButtons },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('combobox', { name: 'Aina ya ujumbe' })).toHaveValue('button')
    const buttons = canvas.getByRole('group', { name: 'Vitufe' })
    await userEvent.click(within(buttons).getByRole('button', { name: 'Geuza vitufe 4 kuwa orodha' }))
    await expect(canvas.getByRole('textbox', { name: 'Jina la safu 4' })).toHaveValue('Extra large')
    await userEvent.click(canvas.getByRole('button', { name: 'Tendua' }))
    await expect(canvas.getByRole('group', { name: 'Kitufe 4' })).toBeInTheDocument()
  },
}
