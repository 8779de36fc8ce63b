import type { Issue } from '../../issue.ts'
import { lookAlikeKey } from '../../schemas/look-alike.ts'
import { hasVisibleText, isHttpUrl } from '../../schemas/text.ts'
import { countCharacters } from '../../text-length.ts'
import { validateInteractive } from '../../validation/validate-interactive.ts'
import { followsTitle, ID_PREFIX, idFromTitle, takenIds, uniqueId } from '../draft-ids.ts'
import type { DraftLabelKey } from '../draft-label-keys.ts'
import { type DraftPath, getAt, setAt } from '../draft-path.ts'
import { fieldRequired } from '../field-required.ts'
import { giveWayToTypedId } from '../give-way.ts'
import { setField } from '../set-field.ts'
import { type FieldInstance, locate } from '../walk-description.ts'
import { type FixContext, type FixIt, hasIssueOf, issuesAt, pathId, resolvedIn } from './fix-it.ts'

const TRIMMED_KINDS = new Set(['id', 'text', 'url'])

function prefixOf(context: FixContext, instance: FieldInstance): string {
  const group = locate(context.description, context.draft, instance.base.slice(0, -1), 'group')?.node
  return group === undefined ? 'id' : ID_PREFIX[group.item]
}

/**
 * Spaces before or after an id, a title or a URL: invisible, and an error in ids. For a link only
 * where that makes a valid one, as the other link repairs (which trim too): one with spaces
 * inside or no scheme gets the fix-it that mends all of it (`encodeSpaceFixes`, `schemeFixes`).
 */
export function trimFixes(context: FixContext): FixIt[] {
  return (
    context.fields
      // Only spaces: trimming leaves nothing, so it is no repair; the person has to type the text.
      .filter(
        ({ node, value }) =>
          TRIMMED_KINDS.has(node.kind) &&
          typeof value === 'string' &&
          value !== value.trim() &&
          value.trim() !== '' &&
          (node.kind !== 'url' || isHttpUrl(value.trim())),
      )
      .flatMap(({ path, value }): FixIt[] => {
        const apply = (draft: unknown) => {
          const result = setField(draft, path, (value as string).trim(), context.options)
          return result.ok ? result.draft : draft
        }
        // "Yes " beside "Yes" is a look-alike (a warning); trimmed it is the same title, which
        // WhatsApp refuses (an error). A trim that makes that error is no repair: the value has to
        // change (an id has its Make it unique fix-it).
        if (issuesAt(context.issues, path, ['duplicate']).length > 0 && repeatsOnceTrimmed(context, path, apply)) {
          return []
        }
        // The spaces themselves go for sure; any other issue at the field (a rule across
        // fields, such as two cards' catalogs) is claimed only when the trimmed draft is free of it.
        const claimed = issuesAt(context.issues, path)
        const issues = claimed.every((issue) => issue.reason === 'spaces_around')
          ? claimed
          : resolvedIn(claimed, apply(context.draft), context.options)
        return [{ id: `trim:${pathId(path)}`, labelKey: 'fix.trim', params: {}, paths: [path], issues, apply }]
      })
  )
}

/** Whether trimming the value at `path` (by `apply`) makes it an error to repeat another value there. */
function repeatsOnceTrimmed(context: FixContext, path: DraftPath, apply: (draft: unknown) => unknown): boolean {
  const result = validateInteractive(apply(context.draft), context.options)
  return !result.ok && issuesAt(result.issues, path, ['duplicate']).length > 0
}

/**
 * Accents typed as separate marks (e + U+0301, as some keyboards and pasted text give them) count
 * as characters of their own; joined to their letters (Unicode NFC) the same text may fit.
 * Offered only where it does.
 */
export function composeFixes(context: FixContext): FixIt[] {
  if (!hasIssueOf(context.issues, ['too_long'])) return []
  const fixes: FixIt[] = []
  for (const { node, path, value } of context.fields) {
    if (typeof value !== 'string' || node.limit === undefined) continue
    // The issue first: composing every text of the draft would cost each keystroke.
    const issues = issuesAt(context.issues, path, ['too_long'])
    if (issues.length === 0) continue
    const composed = value.normalize('NFC')
    if (composed === value || countCharacters(composed) > node.limit.max) continue
    fixes.push({
      id: `compose:${pathId(path)}`,
      labelKey: 'fix.composeAccents',
      params: {},
      paths: [path],
      issues,
      apply: (draft: unknown) => {
        const result = setField(draft, path, composed, context.options)
        return result.ok ? result.draft : draft
      },
    })
  }
  return fixes
}

/**
 * An id that repeats another where that is an error (button, row, quick reply, saved address),
 * or only looks like it: give it the next free one, from its title where the builder generates
 * it, else from itself ("home" → "home-2"; written as it looks, so without invisible characters:
 * `lookAlikeKey`). Not a repeated product, which names a real catalogue item (its repair is
 * removing the repeat). An id typed by hand (in the JSON tab, say) that repeats one the builder
 * generated from a title stays as typed: the generated one moves, as when it is typed in the
 * form (`giveWayToTypedId`).
 */
export function uniqueIdFixes(context: FixContext): FixIt[] {
  if (!hasIssueOf(context.issues, ['duplicate'])) return []
  const fixes: FixIt[] = []
  for (const instance of context.fields) {
    const { node, path, value } = instance
    if (node.unique !== true || node.limit === undefined || typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path, ['duplicate']).filter((issue) => issue.reason !== 'repeated_product')
    if (issues.length === 0) continue
    const giveWay = generatedIdGivesWay(context, instance, issues)
    if (giveWay !== undefined) {
      fixes.push(giveWay)
      continue
    }
    const taken = takenIds(context.description, context.draft)
    const prefix = prefixOf(context, instance)
    const title = node.generatedFrom && getAt(context.draft, [...instance.base, ...node.generatedFrom])
    const id =
      node.generatedFrom === undefined
        ? uniqueId(lookAlikeKey(value), prefix, taken, node.limit)
        : idFromTitle(typeof title === 'string' ? title : '', prefix, taken, node.limit)
    // The new id has no spaces at its ends: it mends those too (where trimming alone would repeat the id).
    const spaces =
      id.trim() === id ? issuesAt(context.issues, path).filter((issue) => issue.reason === 'spaces_around') : []
    fixes.push({
      id: `unique-id:${pathId(path)}`,
      labelKey: 'fix.uniqueId',
      params: { id },
      paths: [path],
      issues: [...spaces, ...issues],
      apply: (draft) => setAt(draft, path, id),
    })
  }
  return fixes
}

// The repeated id kept as typed, the generated one it repeats moved to its title's next free id.
function generatedIdGivesWay(context: FixContext, instance: FieldInstance, issues: Issue[]): FixIt | undefined {
  const { node, path, value, base } = instance
  if (node.generatedFrom === undefined || node.limit === undefined) return undefined
  const title = getAt(context.draft, [...base, ...node.generatedFrom])
  const typed = context.idFollows
    ? !context.idFollows(base)
    : !followsTitle(
        value,
        title,
        prefixOf(context, instance),
        node.limit,
        takenIds(context.description, context.draft, path),
      )
  if (!typed) return undefined
  const { description, draft, idFollows } = context
  const moved = giveWayToTypedId(description, draft, draft, path, idFollows)
  const other = context.fields.find((field) => field.node.unique === true && getAt(moved, field.path) !== field.value)
  if (other === undefined) return undefined
  const id = getAt(moved, other.path)
  if (typeof id !== 'string') return undefined
  return {
    id: `keep-typed-id:${pathId(path)}`,
    labelKey: 'fix.keepTypedId',
    params: { id },
    paths: [other.path, path],
    issues,
    apply: (next) => giveWayToTypedId(description, next, next, path, idFollows),
  }
}

/**
 * An id (button, row, quick reply) left empty or of only spaces, an error either way: the id
 * its title gives, as the builder makes one ("Made from the title unless you type your own").
 * Trimming would leave it empty, so this is the repair; not offered while the title is blank.
 */
export function idFromTitleFixes(context: FixContext): FixIt[] {
  if (context.issues.length === 0) return []
  const fixes: FixIt[] = []
  for (const instance of context.fields) {
    const { node, path, value } = instance
    if (node.generatedFrom === undefined || node.limit === undefined || typeof value !== 'string') continue
    const all = issuesAt(context.issues, path)
    // Beside the error ("spaces at its ends", "empty"), not again beside the blank warning.
    const issues = all.some((issue) => issue.reason !== 'blank') ? all.filter((issue) => issue.reason !== 'blank') : all
    if (hasVisibleText(value) || issues.length === 0) continue
    const title = getAt(context.draft, [...instance.base, ...node.generatedFrom])
    if (typeof title !== 'string' || !hasVisibleText(title)) continue
    const taken = takenIds(context.description, context.draft, path)
    const id = idFromTitle(title, prefixOf(context, instance), taken, node.limit)
    fixes.push({
      id: `id-from-title:${pathId(path)}`,
      labelKey: 'fix.idFromTitle',
      params: { id },
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, id),
    })
  }
  return fixes
}

/** An id over its limit: a generated one is generated again; a typed one is cut, kept unique. */
export function shortenIdFixes(context: FixContext): FixIt[] {
  if (!hasIssueOf(context.issues, ['too_long'])) return []
  const fixes: FixIt[] = []
  for (const instance of context.fields) {
    const { node, path, value } = instance
    if (node.kind !== 'id' || node.limit === undefined || typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path, ['too_long'])
    if (issues.length === 0) continue
    const limit = node.limit
    const prefix = prefixOf(context, instance)
    const title =
      node.generatedFrom === undefined ? undefined : getAt(context.draft, [...instance.base, ...node.generatedFrom])
    const taken = takenIds(context.description, context.draft, path)
    const id =
      title !== undefined && followsTitle(value, title, prefix, limit, taken)
        ? idFromTitle(typeof title === 'string' ? title : '', prefix, taken, limit)
        : uniqueId(value.trim(), prefix, node.unique === true ? taken : new Set(), limit)
    fixes.push({
      id: `shorten-id:${pathId(path)}`,
      labelKey: 'fix.shortenId',
      params: { limit: limit.max },
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, id),
    })
  }
  return fixes
}

/** An optional field left empty (a footer with no text, empty flow data): leave it out. */
export function removeEmptyFixes(context: FixContext): FixIt[] {
  if (!hasIssueOf(context.issues, ['too_short', 'too_few'])) return []
  const fixes: FixIt[] = []
  for (const { node, base, path, value } of context.fields) {
    // Required in this draft, not only by its description: a section title is once the list has
    // several sections (Messages API reference, section object), and leaving it out there only
    // trades "empty" for "required".
    if (fieldRequired(node, context.draft, base)) continue
    const empty =
      value === '' ||
      (node.kind === 'json' && typeof value === 'object' && value !== null && Object.keys(value).length === 0)
    const issues = issuesAt(context.issues, path, ['too_short', 'too_few'])
    if (!empty || issues.length === 0) continue
    fixes.push({
      id: `remove-empty:${pathId(path)}`,
      labelKey: 'fix.removeEmpty',
      params: {},
      paths: [path],
      issues,
      apply: (draft) => {
        const result = setField(draft, path, undefined, context.options)
        return result.ok ? result.draft : draft
      },
    })
  }
  return fixes
}

/**
 * Repairs of a link WhatsApp refuses for `reason` (an `invalid_url` issue): `repair` gives the
 * link it could be and the label saying how, offered only when that is a valid http(s) URL.
 */
function linkRepairs(
  context: FixContext,
  reason: string | undefined,
  id: string,
  repair: (value: string) => { url: string; labelKey: DraftLabelKey } | undefined,
): FixIt[] {
  const fixes: FixIt[] = []
  for (const { node, path, value } of context.fields) {
    if (node.kind !== 'url' || typeof value !== 'string') continue
    const issues = issuesAt(context.issues, path, ['invalid_url']).filter((issue) => issue.reason === reason)
    if (issues.length === 0) continue
    const repaired = repair(value)
    if (repaired === undefined || !isHttpUrl(repaired.url)) continue
    fixes.push({
      id: `${id}:${pathId(path)}`,
      labelKey: repaired.labelKey,
      params: {},
      paths: [path],
      issues,
      apply: (draft) => setAt(draft, path, repaired.url),
    })
  }
  return fixes
}

/**
 * A link typed without its scheme ("www.duka.co.tz/oda", as browsers and phones show them):
 * WhatsApp needs an absolute URL, so offer the https one (Meta recommends https), when that is a
 * valid URL; with spaces inside too, written as %20 in the same step (see `encodeSpaceFixes`).
 */
export function schemeFixes(context: FixContext): FixIt[] {
  return linkRepairs(context, undefined, 'https', (value) => {
    const bare = value.trim().replace(/^\/+/, '')
    // A scheme of its own (ftp://, mailto:, javascript:) is not a missing one; "host:8080" is a port.
    if (/^[a-z][a-z\d+.-]*:(?!\d)/i.test(bare)) return undefined
    // No dot before the path: no domain name ("12345", a media ID typed as the link, would
    // parse as an IPv4 address and pass as a link leading nowhere).
    if (!/^[^/?#:]*\./.test(bare)) return undefined
    const url = `https://${bare}`
    const encoded = spacesEncoded(url)
    return encoded === undefined
      ? { url, labelKey: 'fix.addHttps' }
      : { url: encoded, labelKey: 'fix.addHttpsEncodeSpaces' }
  })
}

/**
 * A link with its spaces inside written as %20 and those around it gone, when it has spaces
 * inside and that makes a valid link; see `encodeSpaceFixes`.
 */
function spacesEncoded(value: string): string | undefined {
  const trimmed = value.trim()
  if (!/\p{Zs}/u.test(trimmed)) return undefined
  const url = trimmed.replace(/\p{Zs}/gu, '%20')
  return isHttpUrl(url) ? url : undefined
}

/**
 * A link with spaces inside ("https://duka.co.tz/oda mpya.pdf", a file name pasted in): WhatsApp
 * rejects it, and a URL writes a space as %20 (RFC 3986), so offer that where it makes a valid
 * link (a space in the host does not). A no-break or other Unicode space, as a link copied from
 * a web page or a document carries, is the space meant; a tab or a line break is no space in a
 * name, so it gets no fix. Spaces around the link go in the same step (its label says so), so a
 * link pasted with a space before it takes one fix-it, not a trim and then this.
 */
export function encodeSpaceFixes(context: FixContext): FixIt[] {
  return linkRepairs(context, 'url_spaces', 'encode-spaces', (value) => {
    const url = spacesEncoded(value)
    if (url === undefined) return undefined
    return { url, labelKey: value === value.trim() ? 'fix.encodeSpaces' : 'fix.trimEncodeSpaces' }
  })
}
