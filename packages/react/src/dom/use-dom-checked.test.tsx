import { act, StrictMode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { hydrateHtml, renderWithoutBrowser } from '../hydration/testing/server-hydration.ts'
import { useDomChecked } from './use-dom-checked.ts'

let setChoice: Record<string, (value: string) => void> = {}

/** Radios named `name` whose state starts as `b` and takes what `useDomChecked` gives, reported. */
function Group({ name, onPicked }: { name: string; onPicked: (picked: string) => void }) {
  const [chosen, setChosen] = useState('b')
  setChoice[name] = setChosen
  const { ref, defaultChecked } = useDomChecked<HTMLFieldSetElement>(chosen, (picked) => {
    onPicked(picked)
    setChosen(picked)
  })
  return (
    <fieldset ref={ref}>
      {['a', 'b', 'c'].map((value) => (
        <input key={value} type="radio" name={name} value={value} defaultChecked={defaultChecked(value)} />
      ))}
    </fieldset>
  )
}

function Groups({ onPicked }: { onPicked: (name: string, picked: string) => void }) {
  return (
    <>
      <Group name="picked" onPicked={(picked) => onPicked('picked', picked)} />
      <Group name="still" onPicked={(picked) => onPicked('still', picked)} />
    </>
  )
}

const checked = (container: HTMLElement, name: string) =>
  (container.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value

describe('useDomChecked over server HTML', () => {
  it('renders the choice checked on the server', () => {
    const page = document.createElement('div')
    page.innerHTML = renderWithoutBrowser(<Groups onPicked={() => {}} />)
    expect([checked(page, 'picked'), checked(page, 'still')]).toEqual(['b', 'b'])
  })

  it('keeps a radio picked before hydrating and gives it once (Strict Mode)', async () => {
    const onPicked = vi.fn()
    setChoice = {}
    const hydrated = await hydrateHtml(
      renderWithoutBrowser(<Groups onPicked={() => {}} />),
      <StrictMode>
        <Groups onPicked={onPicked} />
      </StrictMode>,
      async (container) => {
        container.querySelector<HTMLInputElement>('input[name="picked"][value="c"]')?.click()
      },
    )
    expect(hydrated.logged).toEqual([])
    expect(onPicked.mock.calls).toEqual([['picked', 'c']])
    expect(checked(hydrated.container, 'picked')).toBe('c')
    // A group left alone shows the server's choice.
    expect(checked(hydrated.container, 'still')).toBe('b')
    await act(async () => {})
    expect(onPicked).toHaveBeenCalledTimes(1)
    // The state going back (undo) checks its radio again.
    await act(async () => setChoice.picked?.('b'))
    expect(checked(hydrated.container, 'picked')).toBe('b')
    await hydrated.unmount()
  })
})
