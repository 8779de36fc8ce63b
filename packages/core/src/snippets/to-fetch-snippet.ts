import { resolveSnippet } from './resolve-snippet.ts'
import type { SnippetOptions, SnippetRequest } from './snippet-options.ts'

const literal = (text: string): string => JSON.stringify(text)

// JSON is valid JavaScript, except that a "__proto__" key in an object literal sets the
// prototype instead of a property; such a body is embedded as a string so it stays exact.
function bodyExpression(json: string): string {
  if (json.includes('"__proto__":')) return literal(json)
  return `JSON.stringify(${json.replaceAll('\n', '\n  ')})`
}

/**
 * A copyable JavaScript snippet (an ES module: it uses top-level `await`) that posts `request`
 * as JSON with `fetch` to `POST /v1/whatsapp/messages/interactive`, through your proxy
 * (`target: 'proxy'`, the default) or straight to Briq (`target: 'briq'`).
 *
 * Strings are written as JSON literals, so the code is valid whatever the message holds. No
 * secret is ever printed: for Briq the key is the `$BRIQ_API_KEY` placeholder, read as
 * `process.env.BRIQ_API_KEY` (server-side code:
 * Node, Deno, Bun, edge functions — never a browser); for the proxy, `Authorization`,
 * `X-API-Key` and `Cookie` headers are left out with a comment. A relative endpoint without
 * `origin` stays relative, which works in a page served by your app.
 *
 * @throws {TypeError} for options that cannot make a working request (see `resolveSnippet`).
 */
export function toFetchSnippet(request: SnippetRequest, options: SnippetOptions): string {
  const snippet = resolveSnippet(request, options)
  const lines: string[] = []
  if (snippet.relative) {
    lines.push(`// ${snippet.url} is relative: run this in a page of your app, or put your origin in front.`)
  }
  for (const name of snippet.omittedSecrets) lines.push(`// The ${name} header is not printed: add yours below.`)
  for (const header of snippet.headers) {
    if ('fromEnv' in header) {
      lines.push(`// Server-side only: reads your API key from $${header.fromEnv} (process.env.${header.fromEnv}).`)
    }
  }
  const headers = snippet.headers.map((header) =>
    'fromEnv' in header
      ? `    ${literal(header.name)}: process.env.${header.fromEnv},`
      : `    ${literal(header.name)}: ${literal(header.value)},`,
  )
  lines.push(
    `const response = await fetch(${literal(snippet.url)}, {`,
    `  method: "POST",`,
    `  headers: {`,
    ...headers,
    `  },`,
    `  body: ${bodyExpression(snippet.json)},`,
    `})`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: this line is the generated code, a template literal on purpose
    'if (!response.ok) throw new Error(`Briq answered ${response.status}: ${await response.text()}`)',
    'console.log(await response.json())',
  )
  return lines.join('\n')
}
