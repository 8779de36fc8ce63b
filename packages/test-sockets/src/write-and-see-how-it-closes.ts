import { connect } from 'node:net'

/** What a client that wrote a request saw: the server's bytes, and how the connection ended. */
export interface ClosingSeen {
  /** Everything the server sent. */
  received: string
  /**
   * The error code the connection ended with (`ECONNRESET`, `EPIPE`): a reset, on which a client
   * may lose what it had not read yet (Windows' do). Undefined for an orderly close.
   */
  resetCode: string | undefined
}

/**
 * Writes `text` on a fresh socket to `baseUrl` in one go, reads until the server closes, closing
 * its own side once the server has (as a client does on end of stream), and says whether the
 * connection ended in a reset. For a server that refuses a request it has not read to the end
 * (headers too large, a body it will not wait for).
 */
export async function writeAndSeeHowItCloses(baseUrl: string, text: string): Promise<ClosingSeen> {
  const url = new URL(baseUrl)
  const socket = connect(Number(url.port), url.hostname)
  let received = ''
  let resetCode: string | undefined
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1')
  })
  socket.on('error', (error: NodeJS.ErrnoException) => {
    resetCode ??= error.code ?? 'unknown'
  })
  // Not events.once: it rejects on the error a reset brings.
  const closed = new Promise((resolve) => socket.once('close', resolve))
  socket.write(text)
  await closed
  return { received, resetCode }
}
