import type { IncomingMessage } from 'node:http'
import { BodyBytes } from '../server/body-bytes.ts'
import type { BodyReadResult } from '../server/read-body-with-limit.ts'

/** A node request body as a Web stream (or read whole), plus how much of it the handler took. */
export interface RequestBodyStream extends DirectRequestBody {
  /** The body; cancelling it stops delivery but leaves the socket alone. */
  stream: ReadableStream<Uint8Array>
}

function nextChunk(req: IncomingMessage, clientGone: () => void): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      req.off('readable', attempt)
      req.off('end', ended)
      req.off('error', failed)
      req.off('close', closed)
    }
    function attempt() {
      const chunk = req.read() as Buffer | null
      if (chunk !== null) {
        cleanup()
        resolve(chunk)
      } else if (req.readableEnded) ended()
    }
    function ended() {
      cleanup()
      resolve(null)
    }
    // The request's signal aborts first, so the handler reads the failure as the client's.
    function failed(error: Error) {
      cleanup()
      clientGone()
      reject(error)
    }
    function closed() {
      cleanup()
      if (req.readableEnded) return resolve(null)
      clientGone()
      reject(new Error('The client closed the connection before the body was complete.'))
    }
    req.on('readable', attempt)
    req.on('end', ended)
    req.on('error', failed)
    req.on('close', closed)
    attempt()
  })
}

/** A node request body read whole, straight off the socket, plus how much of it was taken. */
export interface DirectRequestBody {
  /** Bytes taken off the socket so far. */
  bytesRead(): number
  /**
   * The whole body at once, read from the socket without a Web stream, stopping (paused,
   * the rest left for `settleRequestBody`) as soon as it passes `maxBytes`.
   */
  readAll(maxBytes: number): Promise<BodyReadResult>
}

/**
 * Reads the body of `req` whole when asked, counting what it takes off the socket. When the
 * client goes away mid-body, `clientGone` runs before the read fails.
 */
export function directRequestBody(
  req: IncomingMessage,
  clientGone: () => void,
  counter: { read: number } = { read: 0 },
): DirectRequestBody {
  const readAll = (maxBytes: number) =>
    new Promise<BodyReadResult>((resolve, reject) => {
      if (req.readableEnded) {
        resolve({ ok: true, bytes: new Uint8Array(0) })
        return
      }
      const collected = new BodyBytes(maxBytes)
      const finish = () => {
        req.off('data', onData)
        req.off('end', onEnd)
        req.off('error', onFailure)
        req.off('close', onClose)
      }
      function onData(chunk: Buffer) {
        counter.read += chunk.byteLength
        if (collected.byteLength + chunk.byteLength > maxBytes) {
          finish()
          req.pause()
          resolve({ ok: false, reason: 'too_large' })
          return
        }
        collected.add(chunk)
      }
      function onEnd() {
        finish()
        const bytes = collected.bytes()
        resolve({ ok: true, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
      }
      // The request's signal aborts first, so the handler reads the failure as the client's.
      function onFailure() {
        finish()
        clientGone()
        reject(new Error('The client closed the connection before the body was complete.'))
      }
      function onClose() {
        if (!req.readableEnded) onFailure()
      }
      req.on('data', onData)
      req.on('end', onEnd)
      req.on('error', onFailure)
      req.on('close', onClose)
      req.resume()
    })
  return { bytesRead: () => counter.read, readAll }
}

/**
 * The body of `req`, read only when the handler reads it. Unlike `Readable.toWeb`, cancelling
 * (a body refused as too large) does not destroy the request and with it the socket: the
 * adapter then decides whether to drain the rest or close the connection cleanly. When the
 * client goes away mid-body, `clientGone` runs before the read fails.
 */
export function requestBodyStream(req: IncomingMessage, clientGone: () => void): RequestBodyStream {
  const counter = { read: 0 }
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = await nextChunk(req, clientGone)
        if (chunk === null) {
          controller.close()
          return
        }
        counter.read += chunk.byteLength
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      },
    },
    // Nothing is read before the handler asks: a body refused from its declared length stays unread.
    { highWaterMark: 0 },
  )
  return { stream, ...directRequestBody(req, clientGone, counter) }
}
