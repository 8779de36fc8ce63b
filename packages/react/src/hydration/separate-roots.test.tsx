import { createDraft, type InteractiveType } from '@briq-interactive/core'
import { within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { InteractiveComposer } from '../composer/interactive-composer.tsx'
import { danglingReferences, type Hydrated, hydrateHtml, renderWithoutBrowser } from './testing/server-hydration.ts'

// An admin page of islands: each widget rendered on the server and hydrated as a React root of
// its own (README: "Several on one page").
const widget = (type: InteractiveType) => <InteractiveComposer endpoint="/api/briq" defaultValue={createDraft(type)} />
const WIDGETS = [
  ['ticket-', 'list'],
  ['campaign-', 'button'],
] as const

const hydrated: Hydrated[] = []
afterEach(async () => {
  for (const root of hydrated.splice(0)) await root.unmount()
})

async function hydrateWidgets(prefixed: boolean): Promise<Hydrated[]> {
  for (const [prefix, type] of WIDGETS) {
    const options = prefixed ? { identifierPrefix: prefix } : {}
    hydrated.push(await hydrateHtml(renderWithoutBrowser(widget(type), options), widget(type), undefined, options))
  }
  return hydrated
}

const duplicateIds = () => {
  const ids = [...document.querySelectorAll('[id]')].map((element) => element.id)
  return ids.filter((id, index) => ids.indexOf(id) !== index)
}

describe('two composers hydrated as separate React roots on one page', () => {
  it('each root numbers its ids from the start: without a prefix the two write the same ids', async () => {
    await hydrateWidgets(false)
    expect(duplicateIds()).not.toEqual([])
  })

  it('with an identifierPrefix per root: no id twice, each field named and described in its own root', async () => {
    const roots = await hydrateWidgets(true)
    for (const root of roots) expect([root.recoverable, root.logged]).toEqual([[], []])
    expect(duplicateIds()).toEqual([])
    expect(danglingReferences(document.body)).toEqual([])
    for (const root of roots) {
      const body = within(root.container).getByRole('textbox', { name: 'Body text' })
      expect(root.container.contains(document.getElementById(body.id))).toBe(true)
      for (const label of (body as HTMLTextAreaElement).labels) expect(root.container.contains(label)).toBe(true)
    }
  })
})
