import { connect, type Socket } from 'node:net'

/** A raw connection a test writes on at will, and what the server sent on it. */
export interface RawClient {
  /** The socket (write more on it, end it, or wait for its `connect`). */
  socket: Socket
  /** Everything the server sent so far, as latin1 text. */
  received: () => string
  /** Resolves once the connection closed, reset or not (`socket.errored` then says so). */
  closed: Promise<void>
}

/** Opens a connection to `baseUrl` and writes `text` on it if given. */
export function rawClient(baseUrl: string, text?: string): RawClient {
  const { port, hostname } = new URL(baseUrl)
  const socket = connect(Number(port), hostname)
  let received = ''
  socket.setEncoding('latin1')
  socket.on('data', (chunk: string) => {
    received += chunk
  })
  socket.on('error', () => {})
  if (text !== undefined) socket.write(text)
  // Not events.once: it rejects on the error a reset brings.
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  return { socket, received: () => received, closed }
}

/** The answers in what a client received, each from its status line. */
export const answersIn = (text: string): string[] =>
  text.split(/(?=HTTP\/1\.1 \d{3} )/).filter((answer) => answer !== '')
