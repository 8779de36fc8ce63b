/**
 * Why the in-page mock's service worker did not start, as the page's alert words it:
 * - `address`: the page is no secure context (served from a network address over http), where
 *   browsers offer no service workers at all: open it at http://localhost or over https.
 * - `refused`: it is one, and the browser still refused, as Chromium does when the site may not
 *   store data (cookies and site data blocked for it, some private windows, a policy): moving
 *   the page would not help; allowing the site to store data would.
 */
export type MockFailureCause = 'address' | 'refused'

/** The page facts `mockFailureCause` reads (`window` has them). */
export interface MockFailurePage {
  isSecureContext: boolean
  navigator: object
}

/** Why the mock could not start on this page (see `MockFailureCause`). */
export function mockFailureCause(page: MockFailurePage): MockFailureCause {
  return page.isSecureContext && 'serviceWorker' in page.navigator ? 'refused' : 'address'
}
