import { LIMITS } from '@briq-interactive/core'
import { quoted } from '@briq-interactive/core/server'
import { apiError, validationError } from '../http/api-error.ts'
import { enumParam, lastParam, limitParam, requireUuid, textParam, uuidParam } from '../http/query.ts'
import { bareResponse } from '../http/responses.ts'
import type { RouteHandler } from '../http/route.ts'
import { TEMPLATE_CATEGORIES, TEMPLATE_STATUSES, type TemplateRecord } from '../store/records.ts'

const SORTS = ['updated_desc', 'updated_asc', 'created_desc', 'name_asc', 'name_desc'] as const
// Briq's documented aliases: Meta's PENDING is IN_REVIEW, AUTHENTICATION is AUTH.
const ALIASES: Record<string, string> = { PENDING: 'IN_REVIEW', AUTHENTICATION: 'AUTH' }

/**
 * A repeatable filter (`?status=A&status=B`, OR) whose values must be one of `allowed` or an
 * alias. Outside strict mode the mock also splits `A,B` and reads lower case (conveniences;
 * see the README); Briq documents neither.
 */
function repeated(query: URLSearchParams, name: string, allowed: readonly string[], strict: boolean): string[] {
  const values = strict
    ? query.getAll(name)
    : query
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim().toUpperCase())
        .filter(Boolean)
  return values.map((value) => {
    const canonical = ALIASES[value] ?? value
    if (!allowed.includes(canonical)) {
      const choices = [...allowed, ...Object.keys(ALIASES).filter((alias) => allowed.includes(ALIASES[alias]!))]
      throw validationError(name, `${name} must be one of ${choices.join(', ')}, got ${quoted(value)}`)
    }
    return canonical
  })
}

const compare: Record<(typeof SORTS)[number], (a: TemplateRecord, b: TemplateRecord) => number> = {
  updated_desc: (a, b) => b.updated_at.localeCompare(a.updated_at),
  updated_asc: (a, b) => a.updated_at.localeCompare(b.updated_at),
  created_desc: (a, b) => b.created_at.localeCompare(a.created_at),
  name_asc: (a, b) => a.name.localeCompare(b.name),
  name_desc: (a, b) => b.name.localeCompare(a.name),
}

// The cursor is the offset of the next page and a fingerprint of the filters and sort it was
// made for: Briq asks callers to keep them identical across pages (docs.briq.tz,
// api-reference/karibu-whatsapp/list-templates), so a cursor used with others is refused rather
// than read as an offset into a different list. btoa/atob rather than Buffer: this also runs in
// the browser.
function fingerprint(listing: unknown): string {
  let hash = 5381
  for (const char of JSON.stringify(listing)) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0
  return hash.toString(36)
}
const encodeCursor = (offset: number, listing: unknown) =>
  btoa(`o:${offset}:${fingerprint(listing)}`).replace(/=+$/, '')
function decodeCursor(cursor: string | undefined, listing: unknown): number {
  if (cursor === undefined || cursor === '') return 0
  let text = ''
  try {
    text = atob(cursor)
  } catch {
    // falls through to the error below
  }
  const match = /^o:(\d+):([0-9a-z]+)$/.exec(text)
  if (!match) throw validationError('cursor', 'cursor is not one this API returned; start again without it')
  if (match[2] !== fingerprint(listing)) {
    throw validationError(
      'cursor',
      'cursor was returned for other filters or sort: keep them the same across pages, or start again without it',
    )
  }
  return Number(match[1])
}

/**
 * `GET /v1/whatsapp/templates` → bare `{ items, cursor_next, total_count }`. Filters
 * `sender_id` (uuid), `status`/`category`/`language` (repeatable, OR; `PENDING`→`IN_REVIEW`,
 * `AUTHENTICATION`→`AUTH`), `name_or_content` (`LIMITS.query.templatesNameOrContent`); `sort`;
 * `limit` (`LIMITS.query.templatesLimit`); `cursor`.
 */
export const listTemplates: RouteHandler = (context) => {
  const query = context.url.searchParams
  const { strict } = context.runtime
  const senderId = uuidParam(query, 'sender_id')
  const statuses = repeated(query, 'status', TEMPLATE_STATUSES, strict)
  const categories = repeated(query, 'category', TEMPLATE_CATEGORIES, strict)
  const languages = query.getAll('language').filter(Boolean)
  const text = textParam(query, 'name_or_content', LIMITS.query.templatesNameOrContent)?.toLowerCase()
  const sort = enumParam(query, 'sort', SORTS, 'updated_desc')
  const limit = limitParam(query, 'limit', LIMITS.query.templatesLimit)
  // Repeated values are an OR: their order names the same list.
  const listing = [senderId, [...statuses].sort(), [...categories].sort(), [...languages].sort(), text, sort]
  const offset = decodeCursor(lastParam(query, 'cursor'), listing)
  const matches = context.runtime.store.templates
    .filter(
      (t) =>
        (senderId === undefined || t.whatsapp_sender_number_id === senderId) &&
        (statuses.length === 0 || statuses.includes(t.status)) &&
        (categories.length === 0 || categories.includes(t.category)) &&
        (languages.length === 0 || languages.includes(t.language)) &&
        (text === undefined || t.name.toLowerCase().includes(text) || t.details.body.toLowerCase().includes(text)),
    )
    .sort((a, b) => compare[sort](a, b) || a.id.localeCompare(b.id))
  const items = structuredClone(matches.slice(offset, offset + limit))
  const next = offset + limit < matches.length ? encodeCursor(offset + limit, listing) : null
  return bareResponse({ items, cursor_next: next, total_count: matches.length }, context.requestId)
}

/** `GET /v1/whatsapp/templates/{template_id}` → the bare template, or 404 `{detail}`. */
export const getTemplate: RouteHandler = (context) => {
  const id = requireUuid(context.params.template_id!, 'template_id')
  const template = context.runtime.store.templates.find((t) => t.id === id)
  if (!template)
    throw apiError(404, 'NOT_FOUND', 'Template not found in this workspace', 'template_id', { style: 'detail' })
  return bareResponse(structuredClone(template), context.requestId)
}
