// The kit's stylesheet imported as a module first, as most browser test files do: in `vitest run`
// Chromium then keeps that JavaScript version of the file in its cache for the whole run.
import '../styles.css'
import { expect, it } from 'vitest'
import { kitStylesheet, linkKitStylesheet } from './host-policy.ts'

it('the address the stylesheet is linked by gives CSS though the page imported it as a module', async () => {
  const response = await fetch(kitStylesheet)
  expect(response.headers.get('content-type')).toMatch(/^text\/css/)
})

it('links the kit’s stylesheet, its rules applied', async () => {
  await linkKitStylesheet()
  const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')
  expect(link?.sheet?.cssRules.length).toBeGreaterThan(0)
})
