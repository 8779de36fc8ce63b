import { apiError, validationError } from '../http/api-error.ts'
import { enumParam, intParam, requireUuid, textParam } from '../http/query.ts'
import { bareResponse } from '../http/responses.ts'
import type { RouteDefinition } from '../http/route.ts'
import type { TemplateRecord } from '../store/records.ts'

const SORTS = ['updated_desc', 'updated_asc', 'created_desc', 'name_asc', 'name_desc'] as const
const ALIASES: Record<string, string> = { PENDING: 'IN_REVIEW', AUTHENTICATION: 'AUTH' }
const all = (query: URLSearchParams, name: string) =>
  query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean)

const compare: Record<(typeof SORTS)[number], (a: TemplateRecord, b: TemplateRecord) => number> = {
  updated_desc: (a, b) => b.updated_at.localeCompare(a.updated_at),
  updated_asc: (a, b) => a.updated_at.localeCompare(b.updated_at),
  created_desc: (a, b) => b.created_at.localeCompare(a.created_at),
  name_asc: (a, b) => a.name.localeCompare(b.name),
  name_desc: (a, b) => b.name.localeCompare(a.name),
}

// The cursor is the offset of the next page: opaque to clients, stable while filters stay the
// same. btoa/atob rather than Buffer: this also runs in the browser.
const encodeCursor = (offset: number) => btoa(`o:${offset}`).replace(/=+$/, '')
function decodeCursor(cursor: string | null): number {
  if (cursor === null || cursor === '') return 0
  let text = ''
  try {
    text = atob(cursor)
  } catch {
    // falls through to the error below
  }
  const match = /^o:(\d+)$/.exec(text)
  if (!match) throw validationError('cursor', 'cursor is not one this API returned; start again without it')
  return Number(match[1])
}

/**
 * `GET /v1/whatsapp/templates` → bare `{ items, cursor_next, total_count }`. Filters
 * `sender_id`, `status`/`category`/`language` (repeatable, OR; `PENDING`→`IN_REVIEW`,
 * `AUTHENTICATION`→`AUTH`), `name_or_content`; `sort`; `limit` 1–200 (default 50); `cursor`.
 */
export const listTemplatesRoute: RouteDefinition = {
  method: 'GET',
  path: '/v1/whatsapp/templates',
  kind: 'api',
  handle(context) {
    const query = context.url.searchParams
    const senderId = query.get('sender_id') || undefined
    if (senderId !== undefined) requireUuid(senderId, 'sender_id')
    const statuses = all(query, 'status').map((s) => ALIASES[s.toUpperCase()] ?? s.toUpperCase())
    const categories = all(query, 'category').map((c) => ALIASES[c.toUpperCase()] ?? c.toUpperCase())
    const languages = all(query, 'language')
    const text = textParam(query, 'name_or_content', 200)?.toLowerCase()
    const sort = enumParam(query, 'sort', SORTS, 'updated_desc')
    const limit = intParam(query, 'limit', 50, 1, 200)
    const offset = decodeCursor(query.get('cursor'))
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
    const next = offset + limit < matches.length ? encodeCursor(offset + limit) : null
    return bareResponse({ items, cursor_next: next, total_count: matches.length }, context.requestId)
  },
}

/** `GET /v1/whatsapp/templates/{template_id}` → the bare template, or 404 `{detail}`. */
export const getTemplateRoute: RouteDefinition = {
  method: 'GET',
  path: '/v1/whatsapp/templates/:template_id',
  kind: 'api',
  handle(context) {
    const id = requireUuid(context.params.template_id!, 'template_id')
    const template = context.runtime.store.templates.find((t) => t.id === id)
    if (!template)
      throw apiError(404, 'NOT_FOUND', 'Template not found in this workspace', 'template_id', { style: 'detail' })
    return bareResponse(structuredClone(template), context.requestId)
  },
}
