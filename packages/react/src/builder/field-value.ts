import { draftJsonText } from '@briq-interactive/core'

/** A draft value as a text control shows it: strings as they are, other values as JSON (core's writer). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined || value === null) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  try {
    return draftJsonText(value)
  } catch {
    return ''
  }
}

/** What a number field's text means: empty is "left out", digits a number, anything else stays text (core reports it). */
export function numberFromText(text: string): unknown {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text
}
