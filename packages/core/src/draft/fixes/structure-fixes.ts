import type { Issue } from '../../issue.ts'
import { MESSAGE_PARTS } from '../../schemas/message-parts.ts'
import { isHttpUrl } from '../../schemas/text.ts'
import type { DraftLabelKey } from '../draft-label-keys.ts'
import { type DraftPath, getAt, removeAt, setAt } from '../draft-path.ts'
import { starterText } from '../starter-text.ts'
import { type FixContext, type FixIt, issuesAt, pathId } from './fix-it.ts'

/** A header the type does not take (or an empty text header on a type where it is optional): remove it, named in the label. */
export function removeHeader(context: FixContext): FixIt[] {
  if (getAt(context.draft, ['header']) === undefined || MESSAGE_PARTS[context.type].headerRequired) return []
  const issues = [
    ...issuesAt(context.issues, ['header'], ['not_allowed']),
    ...issuesAt(context.issues, ['header', 'type'], ['not_allowed']),
    ...issuesAt(context.issues, ['header', 'text'], ['too_short']).filter((issue) => issue.actual === 0),
  ]
  if (issues.length === 0) return []
  const kind = getAt(context.draft, ['header', 'type'])
  return [
    {
      id: 'remove-header',
      labelKey: 'fix.removeHeader',
      params: typeof kind === 'string' ? { kind } : {},
      paths: [['header']],
      issues,
      apply: (draft) => removeAt(draft, ['header']),
    },
  ]
}

/** A footer the type does not take: remove it, named in the label. */
export function removeFooter(context: FixContext): FixIt[] {
  const issues = issuesAt(context.issues, ['footer'], ['not_allowed'])
  if (issues.length === 0) return []
  return [
    {
      id: 'remove-footer',
      labelKey: 'fix.removeFooter',
      params: {},
      paths: [['footer']],
      issues,
      apply: (draft) => removeAt(draft, ['footer']),
    },
  ]
}

/** A field WhatsApp does not know (Meta answers error 100): remove it, its name in the label. */
export function removeUnknownFields(context: FixContext): FixIt[] {
  return context.issues
    .filter((issue) => issue.code === 'unknown_key')
    .map((issue) => ({
      id: `remove-unknown:${pathId(issue.path)}`,
      labelKey: 'fix.removeUnknownField' as const,
      params: { key: String(issue.path.at(-1)) },
      paths: [issue.path],
      issues: [issue],
      apply: (draft: unknown) => removeAt(draft, issue.path),
    }))
}

/** Sections without the title WhatsApp requires once there are several: "Section 2"… (the starter words). */
export function addSectionTitles(context: FixContext): FixIt[] {
  const issues = context.issues.filter(
    (issue) =>
      issue.code === 'required' &&
      issue.path.length === 4 &&
      issue.path[0] === 'action' &&
      issue.path[1] === 'sections' &&
      typeof issue.path[2] === 'number' &&
      issue.path[3] === 'title',
  )
  if (issues.length === 0) return []
  return [
    {
      id: 'section-titles',
      labelKey: 'fix.addSectionTitles',
      params: { count: issues.length },
      paths: issues.map((issue) => issue.path),
      issues,
      apply: (draft) =>
        issues.reduce(
          (next, issue) =>
            getAt(next, issue.path) === undefined
              ? setAt(
                  next,
                  issue.path,
                  starterText('section.title', context.options.text, (issue.path[2] as number) + 1),
                )
              : next,
          draft,
        ),
    },
  ]
}

/** The same product twice in a product list: remove the repeat (the product stays listed once). */
export function removeDuplicateProducts(context: FixContext): FixIt[] {
  if (context.type !== 'product_list') return []
  return context.issues
    .filter((issue) => issue.code === 'duplicate' && issue.path.at(-1) === 'product_retailer_id')
    .flatMap((issue) => {
      const item = issue.path.slice(0, -1)
      const items = getAt(context.draft, item.slice(0, -1))
      // Removing the only product of a section would leave it empty.
      if (!Array.isArray(items) || items.length < 2) return []
      const id = getAt(context.draft, issue.path)
      return [
        {
          id: `remove-duplicate:${pathId(item)}`,
          labelKey: 'fix.removeDuplicateProduct' as const,
          params: { id: typeof id === 'string' ? id : '' },
          paths: [issue.path],
          issues: [issue],
          apply: (draft: unknown) => removeAt(draft, item),
        },
      ]
    })
}

/**
 * A flow_action_payload with data_exchange, which WhatsApp takes only with navigate (Sending a
 * Flow guide): switch to navigate, which keeps the screen and data, or keep data_exchange (the
 * flow's endpoint sends the first screen), dropping them.
 */
export function flowNavigate(context: FixContext): FixIt[] {
  const path = ['action', 'parameters', 'flow_action_payload']
  const issues = issuesAt(context.issues, path, ['not_allowed'])
  if (context.type !== 'flow' || issues.length === 0) return []
  return [
    {
      id: 'flow-navigate',
      labelKey: 'fix.flowNavigate',
      params: {},
      paths: [path, ['action', 'parameters', 'flow_action']],
      issues,
      apply: (draft) => setAt(draft, ['action', 'parameters', 'flow_action'], 'navigate'),
    },
    {
      id: 'flow-drop-payload',
      labelKey: 'fix.dropFlowPayload',
      params: {},
      paths: [path],
      issues,
      apply: (draft) => removeAt(draft, path),
    },
  ]
}

/**
 * Two sources where WhatsApp takes one (Messages API reference, media object: an `id` or a
 * `link`; Sending a Flow guide: `flow_id` or `flow_name`): keep either, the label naming what
 * goes.
 */
export function keepOneSource(context: FixContext): FixIt[] {
  const out: FixIt[] = []
  for (const issue of context.issues) {
    if (issue.code !== 'conflict') continue
    const at = issue.path.slice(0, -1)
    const holder = getAt(context.draft, at)
    if (issue.reason === 'media_source_conflict') {
      const id = getAt(holder, ['id'])
      const link = getAt(holder, ['link'])
      if (typeof id !== 'string' || typeof link !== 'string') continue
      const base = pathId(at)
      out.push(
        keep(`keep-link:${base}`, 'fix.keepMediaLink', { id }, [...at, 'id'], issue),
        keep(`keep-id:${base}`, 'fix.keepMediaId', { id }, [...at, 'link'], issue),
      )
    } else if (issue.reason === 'flow_id_and_name') {
      const id = getAt(holder, ['flow_id'])
      const name = getAt(holder, ['flow_name'])
      if (typeof id !== 'string' || typeof name !== 'string') continue
      out.push(
        keep('keep-flow-id', 'fix.keepFlowId', { name }, [...at, 'flow_name'], issue),
        keep('keep-flow-name', 'fix.keepFlowName', { id }, [...at, 'flow_id'], issue),
      )
    }
  }
  return out
}

const MEDIA_KINDS = new Set<unknown>(['image', 'video', 'document'])

/**
 * A media source typed in the other box (Messages API reference, media object: `id` is the
 * upload's answer, digits in Meta's examples; `link` an http(s) URL): digits in the link, which
 * WhatsApp refuses as no URL, move to the media ID; a URL in the media ID, which no documented
 * rule refuses, is a suggestion to move it to the link. Other fields of the media stay.
 */
export function mediaSourceSwap(context: FixContext): FixIt[] {
  const out: FixIt[] = []
  for (const { path, value } of context.fields) {
    const source = path.at(-1)
    const at = path.slice(0, -1)
    if (typeof value !== 'string' || !MEDIA_KINDS.has(at.at(-1)) || (source !== 'link' && source !== 'id')) continue
    const holder = getAt(context.draft, at)
    if (typeof holder !== 'object' || holder === null || ('link' in holder && 'id' in holder)) continue
    const text = value.trim()
    const move = (to: 'link' | 'id', labelKey: DraftLabelKey, issues: Issue[]): FixIt => ({
      id: `use-as-${to}:${pathId(at)}`,
      labelKey,
      params: to === 'id' ? { id: text } : {},
      paths: [path],
      issues,
      apply: (draft) => {
        const media = getAt(draft, at)
        if (typeof media !== 'object' || media === null) return draft
        const { [source]: _moved, ...rest } = media as Record<string, unknown>
        return setAt(draft, at, { [to]: text, ...rest })
      },
    })
    if (source === 'link' && /^\d+$/.test(text)) {
      const issues = issuesAt(context.issues, path, ['invalid_url'])
      if (issues.length > 0) out.push(move('id', 'fix.useAsMediaId', issues))
    } else if (source === 'id' && isHttpUrl(text)) {
      out.push(move('link', 'fix.useAsMediaLink', []))
    }
  }
  return out
}

const keep = (
  id: string,
  labelKey: DraftLabelKey,
  params: Record<string, string>,
  drop: DraftPath,
  issue: Issue,
): FixIt => ({
  id,
  labelKey,
  params,
  paths: [issue.path],
  issues: [issue],
  apply: (draft) => removeAt(draft, drop),
})
