/**
 * Setup for the `react18` Vitest project: runs the components on React 18.3 instead of 19.
 *
 * The project's Vite aliases point our source's `react` / `react-dom` imports at the
 * `react18` / `react-dom18` devDependencies. Dependencies (Radix, react-dom itself) are loaded
 * by Node, not Vite, so they would still find React 19; this resolve hook sends their bare
 * `react` and `react-dom` imports and requires to the 18 copies too, so one React runs.
 */
import '@testing-library/jest-dom/vitest'
import { createRequire, registerHooks } from 'node:module'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const targets: Record<string, string> = { react: 'react18', 'react-dom': 'react-dom18' }

registerHooks({
  resolve(specifier, context, nextResolve) {
    const match = /^(react|react-dom)(\/.*)?$/.exec(specifier)
    if (!match?.[1]) return nextResolve(specifier, context)
    const target = `${targets[match[1]]}${match[2] ?? ''}`
    return { url: pathToFileURL(require.resolve(target)).href, shortCircuit: true }
  },
})

// Tells React this environment drives act(); without it React warns on every act() call.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
