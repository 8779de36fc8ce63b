/// <reference types="vite/client" />
import kitStylesheetFile from '../styles.css?url'

/**
 * The address the kit's stylesheet is linked by: Vite's `?direct` one, always served as CSS. The
 * file's own address is also the JavaScript module Vite serves for `import '../styles.css'`, and
 * in `vitest run` Vitest lets Chromium cache a module for the whole run: a <link> to that address
 * in a later file is handed the cached JavaScript, and the page stays unstyled though `load` fires.
 */
export const kitStylesheet = `${kitStylesheetFile}?direct`

/**
 * Makes this test file's page a host served with the Content Security Policy `policy`: a policy
 * in a <meta> applies to what the page adds after it, for the rest of the file. Returns every
 * refusal heard from then on (`directive: ELEMENT`, or the refused URL's scheme or address), for
 * the caller to empty between tests.
 */
export function servePageWithPolicy(policy: string): string[] {
  const refused: string[] = []
  document.addEventListener('securitypolicyviolation', (event) => {
    refused.push(`${event.violatedDirective}: ${(event.target as Element | null)?.tagName ?? event.blockedURI}`)
  })
  const meta = document.createElement('meta')
  meta.httpEquiv = 'Content-Security-Policy'
  meta.content = policy
  document.head.append(meta)
  return refused
}

/** Links the kit's stylesheet as a file (a <link>, which `style-src 'self'` allows), once loaded. */
export async function linkKitStylesheet(): Promise<void> {
  const link = document.createElement('link')
  link.rel = 'stylesheet'
  link.href = kitStylesheet
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true })
    link.addEventListener('error', () => reject(new Error(`the kit's stylesheet ${link.href} did not load`)), {
      once: true,
    })
  })
  document.head.append(link)
  await loaded
  if (!link.sheet?.cssRules.length) throw new Error(`the kit's stylesheet ${link.href} loaded without a rule`)
}
