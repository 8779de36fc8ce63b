import { act, StrictMode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { hydrateHtml, renderWithoutBrowser } from '../hydration/testing/server-hydration.ts'
import { useDomValue } from './use-dom-value.ts'

type Tag = 'textarea' | 'input' | 'select'

/** A field of `tag` whose state starts as `text` and takes what `useDomValue` gives, reported. */
function Field({ tag, text, onTyped }: { tag: Tag; text: string; onTyped: (typed: string) => void }) {
  const [value, setValue] = useState(text)
  const { ref, defaultValue } = useDomValue<HTMLTextAreaElement & HTMLInputElement & HTMLSelectElement>(
    value,
    (typed) => {
      onTyped(typed)
      setValue(typed)
    },
  )
  const props = { 'aria-label': text, ref, defaultValue, onChange: () => {} }
  if (tag === 'textarea') return <textarea {...props} />
  if (tag === 'input') return <input {...props} />
  return (
    <select {...props}>
      <option value="a">A</option>
      <option value="b">B</option>
    </select>
  )
}

function Fields({ onTyped }: { onTyped: (name: string, typed: string) => void }) {
  return (
    <>
      <Field tag="textarea" text="Server text" onTyped={(typed) => onTyped('area', typed)} />
      <Field tag="input" text="Server line" onTyped={(typed) => onTyped('line', typed)} />
      <Field tag="select" text="a" onTyped={(typed) => onTyped('pick', typed)} />
      <Field tag="textarea" text="Left alone" onTyped={(typed) => onTyped('still', typed)} />
    </>
  )
}

const NAMES = { area: 'Server text', line: 'Server line', pick: 'a', still: 'Left alone' }
const field = (container: HTMLElement, name: keyof typeof NAMES) =>
  container.querySelector(`[aria-label="${NAMES[name]}"]`) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

describe('useDomValue over server HTML', () => {
  it('renders the text on the server', () => {
    const html = renderWithoutBrowser(<Fields onTyped={() => {}} />)
    expect(html).toContain('>Server text</textarea>')
    expect(html).toContain('value="Server line"')
    expect(html).toContain('<option value="a" selected="">')
  })

  it('keeps what was typed or picked before hydrating and gives it once (Strict Mode)', async () => {
    const onTyped = vi.fn()
    const html = renderWithoutBrowser(<Fields onTyped={() => {}} />)
    const hydrated = await hydrateHtml(
      html,
      <StrictMode>
        <Fields onTyped={onTyped} />
      </StrictMode>,
      async (container) => {
        field(container, 'area').value = 'Server text, typed'
        field(container, 'line').value = 'Typed line'
        field(container, 'pick').value = 'b'
      },
    )
    expect(hydrated.logged).toEqual([])
    expect(onTyped.mock.calls).toEqual([
      ['area', 'Server text, typed'],
      ['line', 'Typed line'],
      ['pick', 'b'],
    ])
    expect(field(hydrated.container, 'area').value).toBe('Server text, typed')
    expect(field(hydrated.container, 'line').value).toBe('Typed line')
    expect(field(hydrated.container, 'pick').value).toBe('b')
    // A field left alone shows the server's text, as its default.
    const still = field(hydrated.container, 'still') as HTMLTextAreaElement
    expect([still.value, still.defaultValue]).toEqual(['Left alone', 'Left alone'])
    await act(async () => {})
    expect(onTyped).toHaveBeenCalledTimes(3)
    await hydrated.unmount()
  })
})
