import type { SendRequestBody } from '@briq-interactive/react'
import { useId, useState } from 'react'
import type { PlaygroundConnection } from '../connection.ts'
import { useTranslate } from '../i18n/translator.ts'
import { playgroundSnippet, type SnippetKind, STANDALONE_MOCK_ORIGIN } from '../snippets/playground-snippet.ts'
import { useRewording } from './use-rewording.ts'

/** Props of `SnippetPanel`. */
export interface SnippetPanelProps {
  /** The request the composer's Send would send (undefined until the composer reports it). */
  request: SendRequestBody | undefined
  /** Where the page sends. */
  connection: PlaygroundConnection
}

/** Where the mock-mode curl command sends, with the command to start it set as code. */
function CurlForMock() {
  const t = useTranslate()
  const [before, after] = t('curlForMock', { url: STANDALONE_MOCK_ORIGIN }).split('{command}')
  return (
    <p className="pg-hint">
      {before}
      <code>pnpm mock</code>
      {after}
    </p>
  )
}

/** Copy the request as a curl command or a fetch call; the code is shown too (it wraps, never scrolls sideways). */
export function SnippetPanel({ request, connection }: SnippetPanelProps) {
  const t = useTranslate()
  const id = useId()
  const rewording = useRewording(t)
  const [shown, setShown] = useState<
    { kind: SnippetKind; code: string; copied: boolean; spent?: boolean; press: number } | undefined
  >(undefined)

  const origin = typeof location === 'undefined' ? undefined : location.origin
  // The code shown is the request's as it is now, in the kind last copied: "Code for this request"
  // kept showing the one copied before the draft or the recipient changed.
  const code = shown && request ? playgroundSnippet(shown.kind, request, connection, origin) : shown?.code
  // "Copied" says this press copied the code shown: once the code changes it is spent, and an
  // undo back to the code copied does not say (or announce) it again. A failure to copy stays true.
  if (shown?.copied && !shown.spent && code !== shown.code) setShown({ ...shown, spent: true })
  const said = shown === undefined || (shown.copied && (shown.spent || code !== shown.code)) ? undefined : shown

  const copy = async (kind: SnippetKind) => {
    if (request === undefined) return
    const code = playgroundSnippet(kind, request, connection, origin)
    let copied = false
    try {
      await navigator.clipboard.writeText(code)
      copied = true
    } catch {
      copied = false
    }
    setShown((last) => ({ kind, code, copied, press: (last?.press ?? 0) + 1 }))
  }

  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('snippetHeading')}</h2>
      <div className="pg-row">
        <button type="button" className="pg-button" disabled={request === undefined} onClick={() => void copy('curl')}>
          {t('copyCurl')}
        </button>
        <button type="button" className="pg-button" disabled={request === undefined} onClick={() => void copy('fetch')}>
          {t('copyFetch')}
        </button>
      </div>
      {connection.mode === 'mock' ? <CurlForMock /> : null}
      <p
        role="status"
        aria-live={rewording ? 'off' : 'polite'}
        className={shown?.copied === false ? 'pg-error-text' : 'pg-ok-text'}
      >
        {/* A new node per press: the same words left in place are not read again. */}
        {said ? <span key={said.press}>{said.copied ? t('copied', { what: said.kind }) : t('copyFailed')}</span> : null}
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
            value={code}
            rows={Math.min(16, (code ?? '').split('\n').length + 1)}
            spellCheck={false}
          />
        </div>
      ) : null}
    </section>
  )
}
