import { renderToString } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { hydrationCases, renderCase } from './hydration-cases.tsx'
import { readableStreamToString, type Streamed, streamToString } from './server-stream.ts'

/**
 * Every hydration case rendered as a Node server renders it (run in Vitest's `node`
 * environment, with no `window`, `document` or `localStorage`): whole, and streamed to Node's
 * streams, and with `webStreams` to Web Streams too (an edge runtime, Astro, Remix on Workers).
 */
export function describeServerRender({ webStreams = false } = {}) {
  const streamers: ((element: ReturnType<typeof renderCase>) => Promise<Streamed>)[] = webStreams
    ? [streamToString, readableStreamToString]
    : [streamToString]
  describe('every public component on a Node server', () => {
    it('runs where there is no window, document or localStorage', () => {
      expect(typeof window).toBe('undefined')
      expect(typeof document).toBe('undefined')
      expect(typeof localStorage).toBe('undefined')
    })

    it.each(Object.keys(hydrationCases))('%s: renderToString and the stream renderers agree', async (name) => {
      // Nothing in the host's server log: React 18 says there "useLayoutEffect does nothing on
      // the server" for a layout effect not kept to the browser (https://react.dev/reference/react/useLayoutEffect).
      const error = vi.spyOn(console, 'error')
      const html = renderToString(renderCase(name))
      const streams: Streamed[] = []
      for (const stream of streamers) streams.push(await stream(renderCase(name)))
      const logged = [...error.mock.calls]
      error.mockRestore()
      expect(logged).toEqual([])
      expect(html).toMatch(/^<(div|section|button|form)[ >]/)
      expect(html).not.toContain('<script')
      // A page served with `style-src 'self'` refuses both (README: "Under a Content Security Policy").
      expect(html).not.toMatch(/<style|\sstyle=/)
      expect(streams).toEqual(streamers.map(() => ({ html, errors: [] })))
    })
  })
}
