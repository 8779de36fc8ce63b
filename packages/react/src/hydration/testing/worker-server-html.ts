import ServerWorker from './server-worker.ts?worker'

let rendered: Promise<Record<string, string>> | undefined

/**
 * Every hydration case's HTML, rendered by the page's `react-dom/server` in a worker (no browser
 * globals, as on a server), by name: React 18.3's, whose Node build the page cannot share.
 */
export async function workerServerHtml(name: string): Promise<string> {
  rendered ??= new Promise((resolve, reject) => {
    const worker = new ServerWorker()
    worker.onmessage = (event: MessageEvent<Record<string, string>>) => {
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => reject(new Error(event.message))
  })
  const html = (await rendered)[name]
  if (html === undefined) throw new Error(`no server HTML for "${name}"`)
  return html
}
