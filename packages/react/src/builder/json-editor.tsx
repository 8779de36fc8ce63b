import { draftType, formatDraftJson, parseJsonDraft, readDraftFile } from '@briq-interactive/core'
import { type ChangeEvent, type ComponentPropsWithoutRef, forwardRef, useRef, useState } from 'react'
import type { Translate } from '../i18n/messages.ts'
import { useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { BuilderIcon } from './builder-icons.tsx'

/** Props of `Builder.JsonEditor`; other props go to its `<div>`. */
export type BuilderJsonEditorProps = ComponentPropsWithoutRef<'div'>

interface Edit {
  /** The draft the text was shown for or parsed into. */
  source: unknown
  text: string
  /** Why the text is not used: where it stops being JSON, or that it is not an object. */
  error?: string | undefined
}

function syntaxError(text: string, t: Translate): string | undefined {
  const parsed = parseJsonDraft(text)
  if (!parsed.ok) {
    const { line, column, detail } = parsed.error
    return line === undefined || column === undefined
      ? t('builder.json.errorNoPosition', { detail })
      : t('builder.json.error', { line, column, detail })
  }
  const value = parsed.value
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : t('builder.json.notObject')
}

/**
 * "Interactive object (JSON)": the same draft as the form, as text. Text that is not a JSON
 * object says where (line and column) and leaves the draft as it was, so the form keeps the
 * last valid one; valid text replaces the draft (typing is one undo step per pause). Opens a
 * JSON file (a bare interactive object or a send request) and downloads the draft.
 */
export const BuilderJsonEditor = forwardRef<HTMLDivElement, BuilderJsonEditorProps>(function BuilderJsonEditor(
  { className, ...rest },
  ref,
) {
  const { t, rootId, model, dispatch, announce } = useBuilderControls('Builder.JsonEditor')
  const draft = useBuilderSelector((snapshot) => snapshot.draft)
  const [edit, setEdit] = useState<Edit>(() => model.jsonEdit ?? { source: draft, text: formatDraftJson(draft) })
  const [fileNote, setFileNote] = useState<{ text: string; error: boolean } | undefined>(undefined)
  const fileInput = useRef<HTMLInputElement>(null)
  // The draft changed elsewhere (the form, undo, another tab): show it.
  const current: Edit = edit.source === draft ? edit : { source: draft, text: formatDraftJson(draft) }
  const id = `${rootId}-json`
  const errorId = `${id}-error`

  const keep = (next: Edit) => {
    model.jsonEdit = next.error === undefined ? undefined : next
    setEdit(next)
  }
  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const text = event.target.value
    const error = syntaxError(text, t)
    if (error !== undefined) {
      keep({ source: draft, text, error })
      return
    }
    const value = (parseJsonDraft(text) as { value: unknown }).value
    dispatch({ op: 'replace', draft: value }, { coalesceKey: 'json' })
    keep({ source: model.getSnapshot().draft, text })
  }
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (file === undefined) return
    let text: string
    try {
      text = await file.text()
    } catch {
      setFileNote({ text: t('builder.json.fileUnreadable', { name: file.name }), error: true })
      return
    }
    const read = readDraftFile(text)
    if (!read.ok) {
      setFileNote({
        text:
          read.reason === 'not_json'
            ? t('builder.json.fileNotJson', { name: file.name, detail: read.detail })
            : t('builder.json.fileNotObject', { name: file.name }),
        error: true,
      })
      return
    }
    dispatch({ op: 'replace', draft: read.interactive })
    const note = t('builder.json.opened', { name: file.name })
    setFileNote({ text: note, error: false })
    announce(note)
  }
  const download = () => {
    const document = fileInput.current?.ownerDocument
    const view = document?.defaultView
    if (!document || !view) return
    const url = view.URL.createObjectURL(new Blob([formatDraftJson(draft)], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `interactive-${draftType(draft) ?? 'draft'}.json`
    link.click()
    view.setTimeout(() => view.URL.revokeObjectURL(url), 0)
  }

  return (
    <div ref={ref} {...rest} className={className ? `bi-builder-json ${className}` : 'bi-builder-json'}>
      <label className="bi-builder-label" htmlFor={id}>
        {t('builder.json.label')}
      </label>
      <textarea
        id={id}
        className="bi-builder-textarea"
        data-kind="json"
        rows={18}
        spellCheck={false}
        autoCapitalize="off"
        value={current.text}
        aria-invalid={current.error === undefined ? undefined : true}
        aria-describedby={current.error === undefined ? undefined : errorId}
        data-bi-focus="root/json"
        onChange={onChange}
      />
      {current.error === undefined ? null : (
        <div className="bi-builder-messages" id={errorId}>
          <p className="bi-builder-issue" data-severity="error">
            <BuilderIcon name="error" />
            <span className="bi-builder-sr">{t('builder.issue.error')}:</span> {current.error}
          </p>
          <p className="bi-builder-hint">{t('builder.json.kept')}</p>
        </div>
      )}
      <div className="bi-builder-json-actions">
        <button type="button" className="bi-builder-button" onClick={() => fileInput.current?.click()}>
          {t('builder.json.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => void open(event)}
        />
        <button type="button" className="bi-builder-button" onClick={download}>
          {t('builder.json.download')}
        </button>
      </div>
      {fileNote === undefined ? null : (
        <p
          className="bi-builder-file-note"
          data-severity={fileNote.error ? 'error' : undefined}
          role={fileNote.error ? 'alert' : undefined}
        >
          {fileNote.text}
        </p>
      )}
    </div>
  )
})
BuilderJsonEditor.displayName = 'Builder.JsonEditor'
