import { readDraftFile } from '@briq-interactive/core'
import { useId, useRef, useState } from 'react'
import type { PlaygroundRequest } from '../draft/use-composer.ts'
import { useTranslate } from '../i18n/translator.ts'

/** Props of `FileActions`. */
export interface FileActionsProps {
  /** What "Download JSON" saves. */
  request: PlaygroundRequest
  /** Called with a file's interactive (and recipient) once it has been read successfully. */
  onImport(interactive: unknown, to: string | undefined): void
}

/** Download the request as JSON, or open a JSON file; a bad file leaves the draft untouched. */
export function FileActions({ request, onImport }: FileActionsProps) {
  const t = useTranslate()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | undefined>(undefined)

  const download = () => {
    const type = (request.interactive as { type?: unknown } | null)?.type
    const blob = new Blob([`${JSON.stringify(request, null, 2)}\n`], { type: 'application/json' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = `briq-interactive-${typeof type === 'string' ? type : 'draft'}.json`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  const open = async (file: File) => {
    let text: string
    try {
      text = await file.text()
    } catch {
      setNotice({ ok: false, text: t('importUnreadable', { name: file.name }) })
      return
    }
    const result = readDraftFile(text)
    if (result.ok) {
      onImport(result.interactive, result.to)
      setNotice({ ok: true, text: t('importDone', { name: file.name }) })
    } else if (result.reason === 'not_json') {
      const { line, column } = result.error
      const text =
        line === undefined
          ? t('importNotJsonNoPosition', { name: file.name })
          : t('importNotJson', { name: file.name, line, column: column ?? 1 })
      setNotice({ ok: false, text })
    } else {
      setNotice({ ok: false, text: t('importNotObject') })
    }
  }

  return (
    <section className="pg-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('fileHeading')}</h2>
      <div className="pg-row">
        <button type="button" className="pg-button" onClick={download}>
          {t('exportJson')}
        </button>
        <button type="button" className="pg-button" onClick={() => input.current?.click()}>
          {t('importJson')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="pg-visually-hidden"
          tabIndex={-1}
          aria-label={t('importJson')}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void open(file)
          }}
        />
      </div>
      <div aria-live="polite" role="status">
        {notice ? <p className={notice.ok ? 'pg-ok-text' : 'pg-error-text'}>{notice.text}</p> : null}
      </div>
    </section>
  )
}
