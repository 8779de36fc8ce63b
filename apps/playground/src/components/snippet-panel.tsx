import { toCurl, toFetchSnippet } from '@briq-interactive/core'
import { useId, useState } from 'react'
import type { PlaygroundRequest } from '../draft/use-composer.ts'
import { useTranslate } from '../i18n/translator.ts'

/** Props of `SnippetPanel`. */
export interface SnippetPanelProps {
  /** The request to turn into code. */
  request: PlaygroundRequest
  /** The client's endpoint (relative for the mock). */
  endpoint: string
}

type SnippetKind = 'curl' | 'fetch'

function snippetFor(kind: SnippetKind, request: PlaygroundRequest, endpoint: string): string {
  const origin = typeof location === 'undefined' ? undefined : location.origin
  const options = origin === undefined ? { endpoint } : { endpoint, origin }
  // Keys are never printed: core's snippets leave a comment to add your own proxy credentials.
  const body = { to: request.to, interactive: request.interactive }
  return kind === 'curl' ? toCurl(body, options) : toFetchSnippet(body, options)
}

/** Copy the request as a curl command or a fetch call (core's toCurl / toFetchSnippet); the code is shown too. */
export function SnippetPanel({ request, endpoint }: SnippetPanelProps) {
  const t = useTranslate()
  const id = useId()
  const [shown, setShown] = useState<{ kind: SnippetKind; code: string; copied: boolean } | undefined>(undefined)

  const copy = async (kind: SnippetKind) => {
    const code = snippetFor(kind, request, endpoint)
    let copied = false
    try {
      await navigator.clipboard.writeText(code)
      copied = true
    } catch {
      copied = false
    }
    setShown({ kind, code, copied })
  }

  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('snippetHeading')}</h2>
      <div className="pg-row">
        <button type="button" className="pg-button" onClick={() => void copy('curl')}>
          {t('copyCurl')}
        </button>
        <button type="button" className="pg-button" onClick={() => void copy('fetch')}>
          {t('copyFetch')}
        </button>
      </div>
      <p role="status" aria-live="polite" className={shown?.copied === false ? 'pg-error-text' : 'pg-ok-text'}>
        {shown ? (shown.copied ? t('copied', { what: shown.kind }) : t('copyFailed')) : null}
      </p>
      {shown ? (
        <div className="pg-field-plain">
          <label className="pg-label" htmlFor={`${id}-code`}>
            {t('snippetLabel')}
          </label>
          <textarea
            id={`${id}-code`}
            className="pg-editor pg-code"
            readOnly
            value={shown.code}
            rows={Math.min(16, shown.code.split('\n').length + 1)}
            spellCheck={false}
          />
        </div>
      ) : null}
    </section>
  )
}
