'use client'

import {
  type CoreIssueMessages,
  describeSize,
  draftFileName,
  formatDraftJson,
  type Issue,
  openDraftFile,
  pastedMessage,
  type ReadDraftFileResult,
  unparsedAt,
} from '@briq-interactive/core'
import { type ChangeEvent, type ComponentPropsWithoutRef, forwardRef, useEffect, useRef, useState } from 'react'
import { downloadFile } from '../dom/download-file.ts'
import { idRefs } from '../dom/id-refs.ts'
import { useClientLayoutEffect } from '../dom/use-client-layout-effect.ts'
import { useDomValue } from '../dom/use-dom-value.ts'
import { withClassName } from '../dom/with-class-name.ts'
import { activeElementOf } from '../focus/focused-element.ts'
import { type BuilderTranslate, type Worded, worded } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { joinSentences } from '../i18n/punctuation.ts'
import { wordedNode } from '../i18n/worded-text.tsx'
import { isolateDirection } from '../preview/text-direction.ts'
import { type CoreLangOf, issueWords } from '../provider/use-core-messages.ts'
import { sameJson } from '../state/same-json.ts'
import { useBuilderControls, useBuilderSelector } from './builder-context.ts'
import type { ChangeOptions } from './builder-model.ts'
import { IssueLine } from './issue-messages.tsx'
import { jsonReplacedKey, jsonReplacedText, withLeftOut } from './labels.ts'
import { handOnMessage } from './opened-recipients.ts'
import { isPaste } from './paste-step.ts'
import { usePlainSpacesFix } from './plain-spaces-fix.tsx'

/** Props of `Builder.JsonEditor`; other props go to its `<div>`. */
export type BuilderJsonEditorProps = ComponentPropsWithoutRef<'div'>

/** What happened to the last file opened, as data: worded when shown, in the language then. */
type FileNote =
  /**
   * `keptFor`: the file's recipient, left out because the send step kept a number entered there;
   * `leftOut`: the members of a whole message the draft does not keep (core's `leftOut`);
   * `sender`: its sender the send step took, and `senderLeftOut` once it let it go again.
   */
  | ({ kind: 'opened'; name: string; keptFor?: string | undefined; leftOut?: readonly string[] | undefined } & Handed)
  /**
   * A whole message pasted, of which only the interactive object `draft` was kept (`keptFor` and
   * `leftOut` as above); said while that draft is shown (an Undo brings the whole message back).
   */
  | ({ kind: 'pasted'; draft: unknown; keptFor?: string | undefined; leftOut: readonly string[] } & Handed)
  | { kind: 'unreadable' | 'not_object' | 'not_text' | 'empty' | 'not_interactive'; name: string }
  /** `size` and `limit` in bytes, worded with the language's units when shown. */
  | { kind: 'too_large'; name: string; size: number; limit: number }
  /** Core's issue: where the text breaks (`not_json`), or the other kind of message it holds. */
  | { kind: 'not_json'; issue: Issue }
  /**
   * Core's issue: the text nests deeper than is read (`json_text_too_deep`), or holds a number
   * too large to read (`json_number_too_big`), naming the file.
   */
  | { kind: 'too_deep' | 'number_too_big'; issue: Issue }
  | { kind: 'other_message'; issue: Issue }
  /** A download of text that does not parse (what the tab shows), under the file name `name`. */
  | { kind: 'downloaded_unparsed'; name: string }

/** A whole message's sender the send step took, and whether it left it out after (no "Send from" shows it). */
interface Handed {
  sender?: string | undefined
  senderLeftOut?: boolean | undefined
}

const FILE_NOTE_KEYS = {
  downloaded_unparsed: 'builder.json.downloadedUnparsed',
  unreadable: 'builder.json.fileUnreadable',
  not_object: 'builder.json.fileNotObject',
  not_text: 'builder.json.fileNotText',
  empty: 'builder.json.fileEmpty',
  not_interactive: 'builder.json.fileNotInteractive',
} as const

function refusedFileNote(read: Exclude<ReadDraftFileResult, { ok: true }>, name: string): FileNote {
  switch (read.reason) {
    case 'not_json':
      // Core's issue (where it breaks, naming the file), worded in the builder's language.
      return { kind: 'not_json', issue: read.issue }
    case 'too_large':
      return { kind: 'too_large', name, size: read.actual, limit: read.limit }
    case 'too_deep':
    case 'number_too_big':
      return { kind: read.reason, issue: read.issue }
    case 'not_interactive':
      // Another kind of message is named by core's issue, as the same text pasted here is.
      return read.issue === undefined ? { kind: 'not_interactive', name } : { kind: 'other_message', issue: read.issue }
    default:
      return { kind: read.reason, name }
  }
}

/**
 * A file note's words, each sentence in its language (a host's where its catalogue words it, the
 * kit's English where it falls back; core's issue sentence by the same rule), the note marked
 * with its first one's.
 */
function fileNoteText(note: FileNote, t: BuilderTranslate, core: CoreIssueMessages, coreLangOf: CoreLangOf): Worded {
  if ('issue' in note) {
    return issueWords(note.issue, core, coreLangOf)
  }
  // An Arabic or Hebrew file name keeps its own direction inside the sentence, as core's
  // sentences keep the name they quote.
  const name = note.kind === 'pasted' ? '' : isolateDirection(note.name)
  if (note.kind === 'too_large') {
    const [size, limit] = [describeSize(note.size, core), describeSize(note.limit, core)]
    return worded(t, 'builder.json.fileTooLarge', { name, size, limit })
  }
  if (note.kind === 'opened' || note.kind === 'pasted') {
    const opened =
      note.kind === 'pasted'
        ? note.keptFor === undefined
          ? worded(t, 'builder.json.pasted')
          : worded(t, 'builder.json.pastedRecipientKept', { to: note.keptFor })
        : note.keptFor === undefined
          ? worded(t, 'builder.json.opened', { name })
          : worded(t, 'builder.json.openedRecipientKept', { name, to: note.keptFor })
    const sentences = [withLeftOut(t, opened, note.leftOut)]
    if (note.senderLeftOut === true && note.sender !== undefined) {
      sentences.push(worded(t, 'builder.json.senderLeftOut', { sender: note.sender }))
    }
    if (note.kind === 'pasted') sentences.push(worded(t, 'builder.json.pastedUndo'))
    return joinSentences(t, sentences)
  }
  return worded(t, FILE_NOTE_KEYS[note.kind], { name })
}

/**
 * "Interactive object (JSON)": the same draft as the form, as text. Text that is not a JSON
 * object is kept by core's editor state (so undo, a tab switch and a reload keep it) with its
 * issue, which says where (line and column) and what was expected, worded in the current
 * language; the draft stays the last valid one, so the form keeps it. Valid text replaces the
 * draft (typing is one undo step per pause). Opens a JSON file (a bare interactive object, a
 * send request or Meta's whole message, read by core's `openDraftFile`; any other file is
 * refused with its reason, shown here; a recipient no send step takes is named among what the
 * draft left out). A whole message pasted here is taken apart as an opened one is, at once: only
 * its interactive object stays, a note says what was left out, and Undo brings the whole message
 * back as pasted (core's `pastedMessage`). It downloads the draft, or the text as shown while it
 * does not parse (what the user sees is what they save, and a note says it will not open until
 * fixed; the last valid draft is still in the form), named by core's `draftFileName`. After a
 * change in the form, or a new draft from outside, replaced such text, it says so (undo brings
 * the text back). Back from the form, the text is as it was left (as typed, its caret or
 * selection and scroll) while nothing there changed it; after Undo or Redo here, the caret is
 * where the text changed. Text that breaks only on the invisible spaces a web page, Word or
 * WhatsApp Web pastes between values (core's `plainJsonSpaces`) gets a fix-it that makes them
 * plain, as one undo step, keeping the caret where it was in the text.
 */
export const BuilderJsonEditor = forwardRef<HTMLDivElement, BuilderJsonEditorProps>(function BuilderJsonEditor(
  { className, ...rest },
  ref,
) {
  const { t, core, coreLangOf, lang, rootId, model, dispatch, announce, openedRecipients, jsonPlace } =
    useBuilderControls('Builder.JsonEditor')
  const draft = useBuilderSelector((snapshot) => snapshot.draft)
  const unparsed = useBuilderSelector((snapshot) => unparsedAt(snapshot.state, []))
  const replaced = useBuilderSelector((snapshot) => snapshot.jsonTextReplaced)
  // Valid text stays as typed (its spacing) while it is what the draft holds.
  // Back from the form, the text as it was left is typed text still while its draft is.
  const [typed, setTyped] = useState<{ source: unknown; text: string } | undefined>(() => {
    const left = jsonPlace.current
    return left?.parsed === true ? { source: left.draft, text: left.text } : undefined
  })
  // `count` numbers the notes: each is a new node, so a refusal like the last one is read again.
  const [fileNote, setFileNote] = useState<{ note: FileNote; count: number } | undefined>(undefined)
  const showFileNote = (note: FileNote) => setFileNote((last) => ({ note, count: (last?.count ?? 0) + 1 }))
  // "New message" puts the note on the last file away with its draft, as opening another file
  // would: what it left out was of the message given way.
  const startedOver = useBuilderSelector((snapshot) => (model.startedOver(snapshot.state) ? snapshot.state : undefined))
  useClientLayoutEffect(() => {
    if (startedOver !== undefined) setFileNote(undefined)
  }, [startedOver])
  // The send step let go of the sender it took from the message noted (once the senders were
  // known, no "Send from" shows it): the note names it as left out too. The live region said so.
  useEffect(
    () =>
      openedRecipients.subscribeSenderLeftOut((sender) =>
        setFileNote((last) =>
          last !== undefined &&
          (last.note.kind === 'opened' || last.note.kind === 'pasted') &&
          last.note.sender === sender
            ? { ...last, note: { ...last.note, senderLeftOut: true } }
            : last,
        ),
      ),
    [openedRecipients],
  )
  const fileInput = useRef<HTMLInputElement>(null)
  const text = unparsed?.text ?? (typed !== undefined && typed.source === draft ? typed.text : formatDraftJson(draft))
  // What was typed last, so the caret it left is not moved (below).
  const typedNow = useRef<string | undefined>(undefined)
  const take = (next: string, pasted = false) => {
    typedNow.current = next
    if (!pasted) {
      setText(next)
      return
    }
    // A paste is its own undo step, as in any text editor; a whole message pasted is then
    // taken apart as a second one (core's `pastedMessage`), as opening it from a file is: Undo
    // brings the whole message back, nothing of it lost, and as pasted (`typed` keeps its text).
    const before = model.getSnapshot().draft
    setText(next, { coalesceKey: `json-paste-${++pastes.current}` })
    const message = pastedMessage(before, model.getSnapshot().draft)
    if (message === undefined) return
    dispatch({ op: 'replace', draft: message.interactive }, { coalesceKey: 'json-unwrap' })
    // The text pasted is not shown as typed: an Undo back to it moves the caret as any other.
    typedNow.current = undefined
    const unwrapped = model.getSnapshot().draft
    const { keptFor, leftOut, senderTaken } = handOnMessage(openedRecipients, message)
    const note: FileNote = { kind: 'pasted', draft: unwrapped, keptFor, leftOut, sender: senderTaken }
    showFileNote(note)
    announce(fileNoteText(note, t, core, coreLangOf))
  }
  const pastes = useRef(0)
  const { ref: textarea, hydrating } = useDomValue<HTMLTextAreaElement>(text, take)
  // A tab switch unmounts this editor: its caret, selection and scroll are kept for the next
  // mount, and put back there when the text is the same (a change in the form moved on).
  const shown = useRef({ draft, text, parsed: unparsed === undefined })
  shown.current = { draft, text, parsed: unparsed === undefined }
  useClientLayoutEffect(() => {
    const element = textarea.current
    const left = jsonPlace.current
    if (element !== null && left !== undefined && left.text === element.value) {
      element.setSelectionRange(left.selectionStart, left.selectionEnd)
      element.scrollTop = left.scrollTop
    }
    return () => {
      jsonPlace.current =
        element === null
          ? undefined
          : {
              ...shown.current,
              selectionStart: element.selectionStart,
              selectionEnd: element.selectionEnd,
              scrollTop: element.scrollTop,
            }
    }
  }, [jsonPlace])
  // A text changed under the caret (Undo, Redo, a fix-it while typing here) is set anew and the
  // browser puts the caret at its end: it goes back to where the text first changed instead.
  const rendered = useRef(text)
  useClientLayoutEffect(() => {
    const before = rendered.current
    rendered.current = text
    // Used once, by the render showing the typed text (not one before it, as when text typed
    // before hydration is given): a Redo back to the text last typed moves the caret too.
    const wasTyped = typedNow.current === text
    if (wasTyped) typedNow.current = undefined
    const element = textarea.current
    if (element === null || before === text || wasTyped) return
    // Its root's: inside a shadow root the document's active element is only the shadow host.
    if (activeElementOf(element) !== element) return
    let at = 0
    while (at < before.length && at < text.length && before[at] === text[at]) at++
    element.setSelectionRange(at, at)
  }, [text])
  const id = `${rootId}-json`
  const errorId = `${id}-error`
  const replacedId = `${id}-replaced`

  // `change`: a fix-it's own key, so it is one undo step, not merged into the typing before it.
  const setText = (next: string, change?: ChangeOptions) => {
    dispatch({ op: 'text', path: [], text: next }, change)
    const after = model.getSnapshot()
    // Only text that parses is the draft's own spelling; broken text lives in the editor state
    // (so an undo that drops it shows the draft again, not the broken text).
    setTyped(unparsedAt(after.state, []) === undefined ? { source: after.draft, text: next } : undefined)
  }
  // After the effect above: the fix-it's caret, mapped through what it removed, wins.
  const plainSpacesFix = usePlainSpacesFix(unparsed?.text, textarea, text, setText, 'json-plain-spaces')
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (file === undefined) return
    const { name } = file
    const read = await openDraftFile(file)
    if (!read.ok) {
      showFileNote(refusedFileNote(read, name))
      return
    }
    dispatch({ op: 'replace', draft: read.interactive })
    // A send request's recipient goes to the send step (the composer's), where it belongs; with
    // none to take it, it is named among what was left out.
    const { keptFor, leftOut, senderTaken } = handOnMessage(openedRecipients, read)
    const note: FileNote = { kind: 'opened', name: file.name, keptFor, leftOut, sender: senderTaken }
    showFileNote(note)
    announce(fileNoteText(note, t, core, coreLangOf))
  }
  const download = () => {
    const name = draftFileName(draft, new Date())
    downloadFile(fileInput.current?.ownerDocument, unparsed?.text ?? formatDraftJson(draft), name)
    if (unparsed === undefined) return
    // Saved as shown, not as the last valid draft: said, since that file will not open until fixed.
    const note: FileNote = { kind: 'downloaded_unparsed', name }
    showFileNote(note)
    announce(fileNoteText(note, t, core, coreLangOf))
  }
  // A note on what the person did (opened, saved) is said in the live region; a refusal is an alert.
  const noteKind = fileNote?.note.kind
  const noteDone = noteKind === 'opened' || noteKind === 'pasted'
  const noteSaid = noteDone || noteKind === 'downloaded_unparsed'
  // What a paste kept is said while its draft is shown: after Undo the whole message is back. As
  // JSON: a controlled host's own copy of that draft is still it.
  const pastedKept = (note: FileNote) => note.kind !== 'pasted' || note.draft === draft || sameJson(note.draft, draft)
  const noteShown = fileNote !== undefined && pastedKept(fileNote.note)
  const shownNote = noteShown ? fileNoteText(fileNote.note, t, core, coreLangOf) : undefined

  return (
    <div ref={ref} {...rest} className={withClassName('bi-builder-json', className)}>
      <label className="bi-builder-label" htmlFor={id} lang={ownLang(t, 'builder.json.label', lang)}>
        {t('builder.json.label')}
      </label>
      <textarea
        ref={textarea}
        id={id}
        className="bi-builder-textarea"
        data-kind="json"
        // JSON reads left to right, in a right-to-left page too.
        dir="ltr"
        rows={18}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        // No value while hydrating: React would write it over what was typed there (useDomValue).
        value={hydrating ? undefined : text}
        aria-invalid={unparsed === undefined ? undefined : true}
        aria-describedby={idRefs(unparsed && errorId, replaced && replacedId)}
        data-bi-focus="root/json"
        onChange={(event) => take(event.target.value, isPaste(event.nativeEvent))}
      />
      {unparsed === undefined ? null : (
        <div className="bi-builder-messages" id={errorId}>
          <p className="bi-builder-issue" data-severity="error">
            <IssueLine issue={unparsed.issue} severity="error" stop />
          </p>
          <p className="bi-builder-hint" lang={ownLang(t, 'builder.json.kept', lang)}>
            {t('builder.json.kept')}
          </p>
        </div>
      )}
      {plainSpacesFix}
      {replaced ? (
        <p className="bi-builder-hint" id={replacedId} lang={ownLang(t, jsonReplacedKey(replaced), lang)}>
          {jsonReplacedText(t, replaced)}
        </p>
      ) : null}
      <div className="bi-builder-json-actions">
        <button
          type="button"
          className="bi-builder-button"
          lang={ownLang(t, 'builder.json.open', lang)}
          onClick={() => fileInput.current?.click()}
        >
          {t('builder.json.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          className="bi-builder-json-file"
          accept="application/json,.json"
          hidden
          onChange={(event) => void open(event)}
        />
        <button
          type="button"
          className="bi-builder-button"
          lang={ownLang(t, 'builder.json.download', lang)}
          onClick={download}
        >
          {t('builder.json.download')}
        </button>
      </div>
      {!noteShown ? null : (
        // A new node per note: an alert is read when it appears, not when the same words stay.
        <p
          key={fileNote.count}
          className="bi-builder-file-note"
          data-severity={noteDone ? undefined : noteSaid ? 'warning' : 'error'}
          role={noteSaid ? undefined : 'alert'}
          lang={shownNote === undefined || shownNote.lang === lang ? undefined : shownNote.lang}
        >
          {shownNote === undefined ? null : wordedNode(shownNote, shownNote.lang)}
        </p>
      )}
    </div>
  )
})
if (process.env.NODE_ENV !== 'production') BuilderJsonEditor.displayName = 'Builder.JsonEditor'
