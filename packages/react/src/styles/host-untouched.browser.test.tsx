import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Builder } from '../builder/builder.ts'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendDialog } from '../send-dialog/send-dialog.ts'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import kitCss from '../styles.css?raw'

afterEach(cleanup)

/** A host page's own elements: what an admin UI has around the kit. */
const HOST_PAGE = `
  <h1>Orders</h1><h2>Today</h2><p>Text with <a href="#x">a link</a>, <strong>bold</strong>, <em>em</em>, <code>code</code>, <small>small</small>.</p>
  <ul><li>one</li></ul><ol><li>two</li></ol><dl><dt>Term</dt><dd>Description</dd></dl>
  <blockquote>Quote</blockquote><pre>pre</pre><hr>
  <form><fieldset><legend>Legend</legend><label for="host-input">Label</label>
    <input id="host-input" placeholder="Placeholder"><input type="radio"><input type="checkbox">
    <select><option>A</option></select><textarea></textarea>
    <button type="button" aria-disabled="true">Button</button></fieldset></form>
  <details open><summary>Summary</summary>Details</details>
  <table><tr><th>H</th><td>D</td></tr></table>
  <img alt="" width="10" height="10" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><svg width="10" height="10"><rect width="10" height="10"/></svg>
  <div hidden>Hidden</div><span>Span</span>
`

/**
 * A host's own elements with a `bi-` class (Bootstrap Icons', a dashboard's), beside the parts:
 * the kit's rules are for its parts only. (Inside a part, `bi-` is the kit's.)
 */
const HOST_BI_CLASSES = `
  <p><a href="#edit"><i class="bi bi-pencil"></i> Edit</a> <button type="button" class="bi bi-trash" aria-label="Delete"></button>
    <span class="bi-kpi">42</span></p>
`

/** Every computed property of the document, the body and each host element (and their ::before, ::after, ::marker, ::placeholder). */
function hostLook(): string[] {
  const elements = [document.documentElement, document.body, ...document.querySelectorAll('[data-host] *, [data-host]')]
  return elements.flatMap((element) =>
    pseudosOf(element).map((pseudo) => {
      const style = getComputedStyle(element, pseudo)
      const values = [...style]
        // Sizes the layout gives: the document's and the body's follow their content, and a host
        // element inside a part takes its width from the part's box (the kit styles its own box).
        .filter((property) => !(LAYOUT_SIZED.has(property) && (isPageRoot(element) || element.closest('.bi-root'))))
        // Inside a part, the kit's private defaults are inherited like any custom property: harmless.
        .filter((property) => !(property.startsWith('--_bi-') && element.closest('.bi-root')))
        .map((property) => `${property}=${style.getPropertyValue(property)}`)
      return `${element.tagName.toLowerCase()}${pseudo ?? ''} ${values.join('; ')}`
    }),
  )
}

/** The pseudo-elements a host element can have drawn for it. */
function pseudosOf(element: Element): (string | null)[] {
  const tag = element.tagName.toLowerCase()
  return [
    null,
    '::before',
    '::after',
    ...(tag === 'li' || tag === 'summary' ? ['::marker'] : []),
    ...(tag === 'input' || tag === 'textarea' ? ['::placeholder'] : []),
  ]
}

const LAYOUT_SIZED = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin'])

function isPageRoot(element: Element): boolean {
  return element === document.documentElement || element === document.body
}

/** The host's own elements inside a part (composed children), cut off from the part's inherited text styles. */
function HostInside() {
  return (
    <div
      style={{ all: 'initial' }}
      ref={(node) => {
        if (node && !node.firstChild) node.append(hostPage())
      }}
    />
  )
}

function hostPage(beside = false): HTMLElement {
  const page = document.createElement('div')
  page.dataset.host = ''
  page.innerHTML = beside ? HOST_PAGE + HOST_BI_CLASSES : HOST_PAGE
  return page
}

describe('the kit’s stylesheet on a host page (Chromium)', () => {
  it('changes nothing on the host’s own elements (beside, around and inside kit parts), the document and the body', async () => {
    const before = document.createElement('div')
    before.append(hostPage(true))
    document.body.append(before)
    const { client } = createMockClient()
    const { container } = render(
      <>
        <InteractiveBuilder defaultValue={INTERACTIVE_EXAMPLES.list} theme="light" />
        <InteractivePreview value={INTERACTIVE_EXAMPLES.list} theme="light" />
        <Builder.Root defaultValue={INTERACTIVE_EXAMPLES.button} theme="light">
          <HostInside />
          <Builder.Header />
        </Builder.Root>
        <SendDialog.Root client={client} interactive={INTERACTIVE_EXAMPLES.button} theme="light">
          <SendDialog.Form>
            <HostInside />
            <SendDialog.Recipient />
            <SendDialog.Preview />
          </SendDialog.Form>
        </SendDialog.Root>
      </>,
    )
    // Host elements before and after the parts (sibling and :has() selectors).
    container.prepend(hostPage(true))
    container.append(hostPage(true))
    // The host's own rules for elements with a `bi-` class of its own (Bootstrap Icons', a
    // dashboard's), by element only, as weak as the kit's rules and loaded before them.
    const hostRules = document.createElement('style')
    hostRules.textContent = 'i, span { line-height: 3; text-transform: uppercase }'
    document.head.prepend(hostRules)
    const without = hostLook()
    const kit = document.createElement('style')
    kit.textContent = kitCss
    document.head.append(kit)
    try {
      const withKit = hostLook()
      expect(withKit.length).toBe(without.length)
      const changed = withKit.filter((line, index) => line !== without[index]).map((line) => line.split(' ')[0])
      expect(changed).toEqual([])
      // The stylesheet did apply: the kit's own parts changed.
      expect(getComputedStyle(document.querySelector('.bi-builder')!).display).toBe('flex')
    } finally {
      kit.remove()
      hostRules.remove()
      before.remove()
    }
  }, 60_000) // Reads every computed property of some 200 elements twice: slow on a shared machine.
})
