import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { hydrationCases, renderCase } from './hydration-cases.tsx'
import { streamToString } from './server-stream.ts'

/**
 * Every hydration case rendered as a Node server renders it (run in Vitest's `node`
 * environment, with no `window`, `document` or `localStorage`): whole, and streamed.
 */
export function describeServerRender() {
  describe('every public component on a Node server', () => {
    it('runs where there is no window, document or localStorage', () => {
      expect(typeof window).toBe('undefined')
      expect(typeof document).toBe('undefined')
      expect(typeof localStorage).toBe('undefined')
    })

    it.each(Object.keys(hydrationCases))('%s: renderToString and renderToPipeableStream agree', async (name) => {
      // Nothing in the host's server log: React 18 says there "useLayoutEffect does nothing on
      // the server" for a layout effect not kept to the browser (https://react.dev/reference/react/useLayoutEffect).
      const error = vi.spyOn(console, 'error')
      const html = renderToString(renderCase(name))
      const streamed = await streamToString(renderCase(name))
      const logged = [...error.mock.calls]
      error.mockRestore()
      expect(logged).toEqual([])
      expect(streamed.errors).toEqual([])
      expect(html).toMatch(/^<(div|section|button|form)[ >]/)
      expect(html).not.toContain('<script')
      expect(streamed.html).toBe(html)
    })
  })
}
