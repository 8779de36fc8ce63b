import { act, type ReactElement } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString, type ServerOptions } from 'react-dom/server'

// Tells React this environment drives act(); without it React warns on every act() call.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

/** The browser globals a server does not have. */
const BROWSER_GLOBALS = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'requestAnimationFrame',
  'getComputedStyle',
] as const

/**
 * `renderToString(element)` as a Node server runs it, from a test environment that has a DOM:
 * every browser global reads `undefined` meanwhile (as in Node), so code that uses one unguarded
 * throws and guarded code takes its server path. The globals are back afterwards.
 */
export function renderWithoutBrowser(element: ReactElement, options?: ServerOptions): string {
  const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const)
  for (const [name] of saved) Object.defineProperty(globalThis, name, { configurable: true, get: () => undefined })
  try {
    return renderToString(element, options)
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor === undefined) delete (globalThis as Record<string, unknown>)[name]
      else Object.defineProperty(globalThis, name, descriptor)
    }
  }
}

/** Server HTML hydrated in the page, with what React said while hydrating. */
export interface Hydrated {
  container: HTMLElement
  /** Errors React recovered from by rendering on the client instead (a mismatch among them). */
  recoverable: unknown[]
  /** Every `console.error` call while hydrating (React 18 says a mismatch there; 19 a prop mismatch). */
  logged: unknown[][]
  unmount(): Promise<void>
}

/**
 * Puts `html` (a server's answer) in the page and hydrates it with `element`, as a host page does;
 * `beforeHydrating` acts on the server's HTML first, as a person does before the page's script ran.
 */
export async function hydrateHtml(
  html: string,
  element: ReactElement,
  beforeHydrating?: (container: HTMLElement) => Promise<void>,
  options?: { identifierPrefix?: string },
): Promise<Hydrated> {
  const container = document.createElement('div')
  document.body.append(container)
  container.innerHTML = html
  await beforeHydrating?.(container)
  const recoverable: unknown[] = []
  const logged: unknown[][] = []
  const original = console.error
  console.error = (...args: unknown[]) => {
    logged.push(args)
  }
  let root: Root | undefined
  try {
    await act(async () => {
      root = hydrateRoot(container, element, { ...options, onRecoverableError: (error) => recoverable.push(error) })
    })
  } finally {
    console.error = original
  }
  return {
    container,
    recoverable,
    logged,
    async unmount() {
      await act(async () => root?.unmount())
      container.remove()
    },
  }
}

const REFERENCES = ['for', 'aria-describedby', 'aria-labelledby', 'aria-errormessage', 'aria-activedescendant']

/** Every id reference (`for`, `aria-describedby`…) under `root` naming no element in the document. */
export function danglingReferences(root: Element): string[] {
  const dangling: string[] = []
  const selector = REFERENCES.map((name) => `[${name}]`).join(',')
  for (const element of root.querySelectorAll(selector)) {
    for (const name of REFERENCES) {
      for (const id of element.getAttribute(name)?.split(/\s+/) ?? []) {
        if (id !== '' && element.ownerDocument.getElementById(id) === null) dangling.push(`${name}="${id}"`)
      }
    }
  }
  return dangling
}
