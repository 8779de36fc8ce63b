import { Writable } from 'node:stream'
import type { ReactElement } from 'react'
import { renderToPipeableStream } from 'react-dom/server'

/** What `renderToPipeableStream` wrote once all was ready, and every error React reported meanwhile. */
export interface Streamed {
  html: string
  errors: unknown[]
}

/** Streams `element` as a Node server does (Express, Next.js), into a string. */
export function streamToString(element: ReactElement): Promise<Streamed> {
  return new Promise((resolve, reject) => {
    const errors: unknown[] = []
    let html = ''
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        html += chunk.toString()
        done()
      },
    })
    sink.on('finish', () => resolve({ html, errors }))
    const stream = renderToPipeableStream(element, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: (error) => {
        errors.push(error)
      },
    })
  })
}
