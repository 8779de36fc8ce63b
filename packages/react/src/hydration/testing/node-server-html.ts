import { commands } from 'vitest/browser'

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Every hydration case's HTML, by name, from react-dom/server in Node (scripts/server-render-cases.ts). */
    serverRenderCases: () => Promise<Record<string, string>>
  }
}

let rendered: Promise<Record<string, string>> | undefined

/**
 * A hydration case's HTML from a real Node server render (no window; Node's zone and Intl), by
 * name, for Chromium to hydrate.
 */
export async function nodeServerHtml(name: string): Promise<string> {
  rendered ??= commands.serverRenderCases()
  const html = (await rendered)[name]
  if (html === undefined) throw new Error(`no server HTML for "${name}"`)
  return html
}
