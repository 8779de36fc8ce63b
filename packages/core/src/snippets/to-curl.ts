import { resolveSnippet } from './resolve-snippet.ts'
import { shellQuote } from './shell-quote.ts'
import type { SnippetOptions, SnippetRequest } from './snippet-options.ts'

/** The environment variable a curl command reads a relative endpoint's origin from. */
export const APP_ORIGIN_ENV_VAR = 'APP_ORIGIN'

/**
 * A copyable curl command that sends `request` to `POST /v1/whatsapp/messages/interactive`,
 * through your proxy (`target: 'proxy'`, the default) or straight to Briq (`target: 'briq'`).
 *
 * Every value is single-quoted, so the command is shell-safe whatever the message holds
 * (quotes, `$`, backticks, newlines, emoji); the body is the request as pretty-printed JSON.
 * No secret is ever printed: for Briq the key is `"X-API-Key: $BRIQ_API_KEY"`, expanded by
 * the shell from your environment; for the proxy, `Authorization`, `X-API-Key` and `Cookie`
 * headers are left out with a comment saying to add your own. A relative endpoint
 * (`"/api/briq"`) without `origin` is prefixed with `$APP_ORIGIN`, and the command stops with
 * a message when that variable is not set.
 *
 * @example
 * toCurl({ to: '255712345678', interactive }, { target: 'briq' })
 * // # Reads your API key from $BRIQ_API_KEY: export BRIQ_API_KEY=… first.
 * // curl -X POST 'https://karibu.briq.tz/v1/whatsapp/messages/interactive' \
 * //   -H 'Content-Type: application/json' \
 * //   -H "X-API-Key: $BRIQ_API_KEY" \
 * //   --data-raw '{ … }'
 * @throws {TypeError} for options that cannot make a working request (see `resolveSnippet`).
 */
export function toCurl(request: SnippetRequest, options: SnippetOptions): string {
  const snippet = resolveSnippet(request, options)
  const comments: string[] = []
  let url = shellQuote(snippet.url)
  if (snippet.relative) {
    comments.push(
      `# ${snippet.url} is relative to your app: export ${APP_ORIGIN_ENV_VAR}=https://your-app.example first.`,
    )
    url = `"\${${APP_ORIGIN_ENV_VAR}:?set ${APP_ORIGIN_ENV_VAR} to your app origin, like https://your-app.example}"${url}`
  }
  const args = [`curl -X POST ${url}`]
  for (const header of snippet.headers) {
    if ('fromEnv' in header) {
      comments.push(`# Reads your API key from $${header.fromEnv}: export ${header.fromEnv}=… first.`)
      args.push(`-H "${header.name}: $${header.fromEnv}"`)
    } else {
      args.push(`-H ${shellQuote(`${header.name}: ${header.value}`)}`)
    }
  }
  for (const name of snippet.omittedSecrets) {
    comments.push(`# The ${name} header is not printed: add yours with -H '${name}: …'.`)
  }
  args.push(`--data-raw ${shellQuote(snippet.json)}`)
  return [...comments, args.join(' \\\n  ')].join('\n')
}
