import { connect } from 'node:net'

// Where the answer starting at `start` ends (its head, then a body framed by Content-Length or
// chunked), or -1 while it is not all in.
function answerEnd(text: string, start: number): number {
  const headEnd = text.indexOf('\r\n\r\n', start)
  if (headEnd === -1) return -1
  const head = text.slice(start, headEnd).toLowerCase()
  let at = headEnd + 4
  if (/\r\ntransfer-encoding:[^\r]*chunked/.test(head)) {
    for (;;) {
      const lineEnd = text.indexOf('\r\n', at)
      if (lineEnd === -1) return -1
      const size = Number.parseInt(text.slice(at, lineEnd), 16)
      at = lineEnd + 2 + size + 2
      if (at > text.length) return -1
      // The last chunk, with no trailers.
      if (size === 0) return at
    }
  }
  const length = Number(/\r\ncontent-length: *(\d+)/.exec(head)?.[1] ?? 0)
  return at + length > text.length ? -1 : at + length
}

/**
 * Writes `text` (requests pipelined on one connection) on a fresh socket to `baseUrl` in one go
 * and returns the first `count` answers, each whole (head and body), once they are in; then
 * closes the socket. A server that closes sooner ends the list there, the last answer as far as
 * it came. For a server that keeps the connection after its last answer (node, past
 * `maxRequestsPerSocket`), where `writeUntilServerCloses` would wait for its keep-alive timeout.
 */
export function pipelinedAnswers(baseUrl: string, text: string, count: number): Promise<string[]> {
  const url = new URL(baseUrl)
  const socket = connect(Number(url.port), url.hostname)
  let received = ''
  return new Promise((resolve) => {
    const answers = (): { done: boolean; list: string[] } => {
      const list: string[] = []
      let start = 0
      while (list.length < count) {
        const end = answerEnd(received, start)
        if (end === -1) return { done: false, list: [...list, received.slice(start)].filter((part) => part !== '') }
        list.push(received.slice(start, end))
        start = end
      }
      return { done: true, list }
    }
    socket.on('error', () => {})
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      const { done, list } = answers()
      if (!done) return
      socket.destroy()
      resolve(list)
    })
    socket.on('close', () => resolve(answers().list))
    socket.write(text)
  })
}
