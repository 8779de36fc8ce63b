/// <reference types="vite/client" />
import { FEEDBACK_INTERACTIVE } from '@briq-interactive/fixtures'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { commands, page } from 'vitest/browser'
import readme from '../../README.md?raw'
import { InteractiveBuilder } from '../builder/interactive-builder.tsx'
import { validFixtures } from '../preview/fixtures.ts'
import { InteractivePreview } from '../preview/interactive-preview.tsx'
import { SendInteractiveDialog } from '../send-dialog/send-interactive-dialog.tsx'
import { createMockClient } from '../send-dialog/testing/mock-client.ts'
import kitStyles from '../styles.css?inline'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The stylesheet a host's Vite production build ships for this CSS (scripts/vite-build-css.ts). */
    viteBuildCss: (css: string, cssTarget?: string[]) => Promise<string>
  }
}

// The kit and the host's rules as a host's production build ships them: not the source the
// other browser tests load, since Vite lowers light-dark() by default and `vite dev` does not.
const added: Element[] = []
afterEach(() => {
  cleanup()
  for (const element of added.splice(0)) element.remove()
})

async function builtStyles(hostCss: string, cssTarget?: string[]): Promise<string> {
  const css = await commands.viteBuildCss(`${kitStyles}\n${hostCss}`, cssTarget)
  const style = document.createElement('style')
  style.textContent = css
  document.head.append(style)
  added.push(style)
  return css
}

/** The `build.cssTarget` the README tells a Vite host to use. */
function readmeCssTarget(): string[] {
  const listed = /cssTarget: \[([^\]]*)\]/.exec(readme)?.[1]
  if (!listed) throw new Error('the README gives no build.cssTarget')
  return [...listed.matchAll(/'([^']+)'/g)].map((match) => match[1]!)
}

const HOST_VALUES =
  '--bi-surface: light-dark(rgb(1, 1, 1), rgb(2, 2, 2)); --bi-bubble-in-bg: light-dark(rgb(3, 3, 3), rgb(4, 4, 4));'

/** The admin's wrapper with a builder, a preview and a send dialog portalled to document.body. */
async function openAdmin(theme: 'light' | 'dark') {
  const { client } = createMockClient()
  render(
    <div className="admin">
      <InteractiveBuilder defaultValue={FEEDBACK_INTERACTIVE} theme={theme} />
      <InteractivePreview value={validFixtures.buttonTextHeader} theme={theme} />
      <SendInteractiveDialog
        client={client}
        interactive={FEEDBACK_INTERACTIVE}
        theme={theme}
        trigger={<button type="button">Send…</button>}
      />
    </div>,
  )
  await page.getByRole('button', { name: 'Send…' }).click()
  const dialog = document.querySelector('.bi-send-dialog')
  if (!dialog || dialog.closest('.admin')) throw new Error('the dialog did not open in document.body')
  const colour = (selector: string, root: ParentNode = document) => {
    const element = root.querySelector(selector)
    if (!element) throw new Error(`${selector} not found`)
    return getComputedStyle(element).backgroundColor
  }
  return { builder: colour('.bi-builder'), bubble: colour('.bi-bubble'), dialog: colour('.bi-send-dialog') }
}

describe('a host theme with light-dark() after a Vite production build (Chromium)', () => {
  it('lowered by Vite’s defaults on a wrapper without color-scheme, it gives the parts no colour', async () => {
    const css = await builtStyles(`.admin { ${HOST_VALUES} }`)
    expect(css).toContain('--lightningcss-dark')
    expect(await openAdmin('dark')).toEqual({
      builder: 'rgba(0, 0, 0, 0)',
      bubble: 'rgba(0, 0, 0, 0)',
      dialog: 'rgba(0, 0, 0, 0)',
    })
  })

  it.each([
    ['light', 'rgb(1, 1, 1)', 'rgb(3, 3, 3)'],
    ['dark', 'rgb(2, 2, 2)', 'rgb(4, 4, 4)'],
  ] as const)(
    'lowered, with color-scheme %s on the wrapper (the README’s second way), its values apply',
    async (scheme, surface, bubble) => {
      await builtStyles(`.admin { color-scheme: ${scheme}; ${HOST_VALUES} }`)
      expect(await openAdmin(scheme)).toEqual({ builder: surface, bubble, dialog: surface })
    },
  )

  it.each([
    ['light', 'rgb(1, 1, 1)', 'rgb(3, 3, 3)'],
    ['dark', 'rgb(2, 2, 2)', 'rgb(4, 4, 4)'],
  ] as const)('built with the README’s cssTarget, the values follow theme="%s"', async (theme, surface, bubble) => {
    const css = await builtStyles(`.admin { ${HOST_VALUES} }`, readmeCssTarget())
    expect(css).not.toContain('--lightningcss')
    expect(await openAdmin(theme)).toEqual({ builder: surface, bubble, dialog: surface })
  })
})
