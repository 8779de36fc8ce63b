// Each result of core's public API read the way most code reads it, `if (!result.ok)` first:
// this project compiles it with strictNullChecks off, where that check narrows nothing.
import {
  normalizePhone,
  parseJsonDraft,
  parseReplyResponse,
  readDraftFile,
  readJsonText,
  validateInteractive,
  validateSendRequest,
} from '@briq-interactive/core'
import { parseJsonObjectBody, readBodyWithLimit } from '@briq-interactive/core/server'

export function issueCount(draft: unknown): number {
  const result = validateInteractive(draft)
  if (!result.ok) return result.issues.length
  return result.value.type === 'button' ? 0 : result.warnings.length
}

export function sendable(request: unknown): string {
  const result = validateSendRequest(request)
  if (!result.ok) return result.issues.map((issue) => issue.message).join('\n')
  return JSON.stringify(result.value)
}

export function phoneDigits(typed: string): string {
  const phone = normalizePhone(typed)
  if (!phone.ok) return phone.issue.message
  return phone.value.slice(0, 3)
}

export function replyFields(responseJson: string): string[] {
  const response = parseReplyResponse(responseJson)
  if (!response.ok) return [response.reason, response.raw]
  return Object.keys(response.value)
}

export function draftText(text: string): unknown {
  const parsed = parseJsonDraft(text)
  if (!parsed.ok) return parsed.error.line
  const object = readJsonText(text)
  if (!object.ok) return object.issue.message
  return [parsed.value, object.value]
}

export function fileMessage(text: string): unknown {
  const file = readDraftFile(text)
  if (!file.ok) return file.reason === 'too_large' ? file.limit - file.actual : file.reason
  return [file.interactive, file.to]
}

export async function body(request: Request): Promise<unknown> {
  const read = await readBodyWithLimit(request, 1024)
  if (!read.ok) return read.reason
  const object = parseJsonObjectBody(read.bytes)
  if (!object.ok) return [object.status, object.error.message]
  return object.value
}
