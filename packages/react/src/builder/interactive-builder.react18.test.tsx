import { createDraft } from '@briq-interactive/core'
import { act, StrictMode, version } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { InteractiveBuilder } from './interactive-builder.tsx'

// Runs in the `react18` Vitest project, where `react` and `react-dom` are React 18.3.
let root: Root | undefined
const container = document.createElement('div')
afterEach(() => {
  act(() => root?.unmount())
  container.remove()
  localStorage.clear()
})

const byLabel = (label: string) => {
  const element = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === label)
  return document.getElementById(element?.htmlFor ?? '') as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
}
const button = (name: string) =>
  [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === name) as HTMLButtonElement
const setValue = (element: HTMLTextAreaElement | HTMLInputElement, value: string) => {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set
  setter?.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('InteractiveBuilder on React 18.3', () => {
  it('runs on React 18', () => {
    expect(version).toMatch(/^18\.3\./)
  })

  it('types, adds a button, applies the list fix-it, undoes, and restores a saved draft', () => {
    document.body.append(container)
    root = createRoot(container)
    act(() =>
      root?.render(
        <StrictMode>
          <InteractiveBuilder defaultValue={createDraft('button')} persistKey="r18:draft" />
        </StrictMode>,
      ),
    )
    act(() => setValue(byLabel('Body text') as HTMLTextAreaElement, 'Which size?'))
    expect(document.body.textContent).toContain('11 / 1024')
    act(() => button('Add button').click())
    act(() => button('Add button').click())
    expect(byLabel('Button 4 title')).toHaveFocus()
    expect(document.body.textContent).toContain('The message has 4 buttons; WhatsApp allows at most 3')
    act(() => button('Turn the 4 buttons into a list').click())
    expect(byLabel('Message type')).toHaveValue('list')
    act(() => button('Undo').click())
    expect(byLabel('Message type')).toHaveValue('button')
    act(() => root?.unmount())
    root = createRoot(container)
    act(() => root?.render(<InteractiveBuilder persistKey="r18:draft" />))
    expect(byLabel('Body text')).toHaveValue('Which size?')
    expect(byLabel('Message type')).toHaveValue('button')
  })
})
