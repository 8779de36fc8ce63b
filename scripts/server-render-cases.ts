import type { ReactElement } from 'react'
import { createServer } from 'vite'

/** What packages/react/src/hydration/testing/hydration-cases.tsx exports. */
interface Cases {
  hydrationCases: Record<string, () => ReactElement>
}

const CASES = '/packages/react/src/hydration/testing/hydration-cases.tsx'

/**
 * The HTML a Node server sends for each hydration case, by name: the kit loaded through Vite's
 * server-side module loader and rendered with `react-dom/server` in Node, where there is no
 * `window`, `document` or `localStorage`. The browser tests hydrate it in Chromium.
 */
export async function serverRenderCases(root: string): Promise<Record<string, string>> {
  const vite = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    // JSX through React's automatic runtime, as a host's server bundle compiles it.
    oxc: { jsx: { runtime: 'automatic' } },
  })
  try {
    // Loaded here, not with the Vitest config that imports this file: only this test needs it.
    const { renderToString } = await import('react-dom/server')
    const { hydrationCases } = (await vite.ssrLoadModule(CASES)) as Cases
    return Object.fromEntries(Object.entries(hydrationCases).map(([name, render]) => [name, renderToString(render())]))
  } finally {
    await vite.close()
  }
}
