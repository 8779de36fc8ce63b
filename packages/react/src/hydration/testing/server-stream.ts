import { Writable } from 'node:stream'
import { type ReactElement, version } from 'react'
import { renderToPipeableStream, renderToReadableStream } from 'react-dom/server'

/** What `renderToPipeableStream` wrote once all was ready, and every error React reported meanwhile. */
export interface Streamed {
  html: string
  errors: unknown[]
}

// React 18.3 flushes its whole 2048-byte buffer when a multi-byte character does not fit its end,
// so NUL bytes precede that character (https://github.com/facebook/react/issues/24985, fixed in
// React 19 by https://github.com/facebook/react/pull/26228). The kit writes no NUL, so any is React's.
const withoutReact18Nuls = (html: string): string => (version.startsWith('18.') ? html.replaceAll('\0', '') : html)

/** Streams `element` as a Node server does (Express, Next.js), into a string. */
export function streamToString(element: ReactElement): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const errors: unknown[] = []
    const chunks: Buffer[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk)
        done()
      },
    })
    // Decoded once whole, as a browser reads the response: a chunk may end inside a character.
    sink.on('finish', () => resolve({ html: withoutReact18Nuls(Buffer.concat(chunks).toString('utf8')), errors }))
    const stream = renderToPipeableStream(element, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: (error) => {
        errors.push(error)
      },
    })
  })
}

/**
 * Streams `element` as a Web Streams server does (an edge runtime, Astro, Remix on Workers):
 * `renderToReadableStream`, read once all was ready. React 19's Node build has it; React 18.3's
 * only in its browser build, which a Node process that also loads its Node build would mix.
 */
export async function readableStreamToString(element: ReactElement): Promise<Streamed> {
  const errors: unknown[] = []
  const stream = await renderToReadableStream(element, {
    onError: (error) => {
      errors.push(error)
    },
  })
  await stream.allReady
  return { html: withoutReact18Nuls(await new Response(stream).text()), errors }
}
