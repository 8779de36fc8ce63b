import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The README shows each example file as it is, and the examples are type-checked as a user's
// strict project would (this folder's tsconfig.json, with exactOptionalPropertyTypes):
// copying from the README is copying code that compiles and runs.
const dir = new URL('./', import.meta.url)
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const examples = readdirSync(dir).filter((file) => file.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(file))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the README', () => {
  it('shows every example', () => {
    expect(examples.sort()).toEqual(['compose-draft.ts', 'reword-sentences.ts', 'validate-and-send.ts'])
  })

  it.each(examples)('shows examples/%s verbatim, under a comment naming the file', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8')
    expect(readme).toContain(`<!-- examples/${file} -->\n\`\`\`ts\n${code}\`\`\`\n`)
  })
})

describe('the examples run as written', () => {
  it('compose-draft: the row titled and moved keeps its key, and the history can undo', async () => {
    const example = await import('./compose-draft.ts')
    const rows = (example.draft as { action: { sections: { rows: { title: string }[] }[] } }).action.sections[0]!.rows
    expect(rows[2]!.title).toBe('Track my parcel')
    expect(example.movedRowKey).toBe(example.firstRow)
    expect(example.description.type).toBe('list')
    expect(Array.isArray(example.fixes)).toBe(true)
    expect(example.history.getSnapshot().canUndo).toBe(true)
  })

  it('validate-and-send: an invalid draft is listed, not sent', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const { sendIfValid } = await import('./validate-and-send.ts')
    const tooLong = 'A title far past twenty'
    const draft = {
      type: 'button',
      body: { text: 'Did this resolve your issue?' },
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: tooLong } }] },
    }
    await expect(sendIfValid(draft)).resolves.toBeUndefined()
    expect(log).toHaveBeenCalledWith(
      'action.buttons.0.reply.title',
      `Button 1 title is 23 characters; WhatsApp allows 20`,
    )
    expect(fetch).not.toHaveBeenCalled()
  })

  it("reword-sentences: the host's sentence for too_long, Swahili for the rest", async () => {
    const { sentences } = await import('./reword-sentences.ts')
    const draft = {
      type: 'button',
      action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'A title far past twenty' } }] },
    }
    expect(sentences(draft)).toEqual([
      'Maandishi ya ujumbe yanahitajika na WhatsApp',
      'Fupisha hadi herufi 20 (sasa 23)',
    ])
  })
})
