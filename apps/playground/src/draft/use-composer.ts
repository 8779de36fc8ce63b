import {
  formatDraftJson,
  INTERACTIVE_TYPES,
  type InteractiveType,
  type JsonSyntaxError,
  type NormalizePhoneResult,
  normalizePhone,
  parseJsonDraft,
  type SendInteractiveRequest,
  type ValidationResult,
  validateSendRequest,
} from '@briq-interactive/core'
import { INTERACTIVE_EXAMPLES } from '@briq-interactive/fixtures'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { DEFAULT_EXAMPLE_TYPE, DEFAULT_RECIPIENT } from '../examples/playground-defaults.ts'
import { loadStoredDraft, saveStoredDraft } from './draft-storage.ts'

/** The request body the playground sends and copies: `{ to, interactive }`. */
export type PlaygroundRequest = {
  /** The normalised number, or the text as typed when it cannot be normalised. */
  to: string
  /** The last valid JSON of the editor. */
  interactive: unknown
}

/** What `useComposer` returns. */
export interface Composer {
  /** The editor's text, exactly as typed. */
  text: string
  /** Replaces the editor's text (keeps the last valid value when the text is not JSON). */
  setText(text: string): void
  /** The syntax error of `text`, if any. */
  syntaxError: JsonSyntaxError | undefined
  /** The recipient field, as typed. */
  recipient: string
  /** Replaces the recipient field. */
  setRecipient(recipient: string): void
  /** The recipient, normalised by core. */
  phone: NormalizePhoneResult
  /** The interactive type of the last valid draft, when it is one of the twelve. */
  type: InteractiveType | undefined
  /** Replaces the draft with the example of `type`. */
  loadExample(type: InteractiveType): void
  /** Replaces the draft with an imported interactive (and recipient, when the file had one). */
  replaceDraft(interactive: unknown, recipient?: string): void
  /** The request built from the last valid draft. */
  request: PlaygroundRequest
  /** core's verdict on `request`. */
  validation: ValidationResult<SendInteractiveRequest>
}

function initialDraft() {
  const stored = loadStoredDraft()
  const text = stored?.text ?? formatDraftJson(INTERACTIVE_EXAMPLES[DEFAULT_EXAMPLE_TYPE])
  const parsed = parseJsonDraft(text)
  return {
    text,
    recipient: stored?.recipient ?? DEFAULT_RECIPIENT,
    lastValid: parsed.ok ? parsed.value : INTERACTIVE_EXAMPLES[DEFAULT_EXAMPLE_TYPE],
  }
}

/** The composer's state: editor text, last valid draft, recipient, the request and its issues; saved to localStorage. */
export function useComposer(): Composer {
  const [initial] = useState(initialDraft)
  const [text, setTextState] = useState(initial.text)
  const [lastValid, setLastValid] = useState<unknown>(initial.lastValid)
  const [recipient, setRecipient] = useState(initial.recipient)

  const parsed = useMemo(() => parseJsonDraft(text), [text])
  const setText = useCallback((next: string) => {
    setTextState(next)
    const result = parseJsonDraft(next)
    if (result.ok) setLastValid(result.value)
  }, [])

  const replaceDraft = useCallback((interactive: unknown, nextRecipient?: string) => {
    setTextState(formatDraftJson(interactive))
    setLastValid(interactive)
    if (nextRecipient !== undefined) setRecipient(nextRecipient)
  }, [])

  const loadExample = useCallback(
    (type: InteractiveType) => replaceDraft(structuredClone(INTERACTIVE_EXAMPLES[type])),
    [replaceDraft],
  )

  useEffect(() => {
    saveStoredDraft({ text, recipient })
  }, [text, recipient])

  const phone = useMemo(() => normalizePhone(recipient), [recipient])
  const request = useMemo<PlaygroundRequest>(
    () => ({ to: phone.ok ? phone.value : recipient.trim(), interactive: lastValid }),
    [phone, recipient, lastValid],
  )
  const validation = useMemo(() => validateSendRequest(request), [request])
  const draftType = (lastValid as { type?: unknown } | null)?.type
  const type = INTERACTIVE_TYPES.find((candidate) => candidate === draftType)

  return {
    text,
    setText,
    syntaxError: parsed.ok ? undefined : parsed.error,
    recipient,
    setRecipient,
    phone,
    type,
    loadExample,
    replaceDraft,
    request,
    validation,
  }
}
