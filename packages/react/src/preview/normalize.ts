import { INTERACTIVE_TYPES, type IssuePath } from '@briq-interactive/core'
import { isRecord } from '../state/is-record.ts'

/** A piece of text from the draft, with where it lives (for issue lookup). */
export interface DraftText {
  value: string
  path: IssuePath
}

/** The header as the preview draws it. */
export type DraftHeader =
  | { kind: 'text'; text: DraftText }
  | {
      kind: 'image' | 'video'
      url: string | undefined
      /** An uploaded media id (Meta's recommended source): the preview cannot fetch it. */
      mediaId?: string | undefined
      path: IssuePath
    }
  | { kind: 'document'; url: string | undefined; filename: DraftText | undefined; path: IssuePath }
  | DraftUnreadable

/**
 * What is wrong with a header or footer that is there but cannot be drawn: `shape` when it is no
 * object or of no kind WhatsApp knows (`"hello"`, `null`, `{ type: "location" }`), `noText` when
 * its text is missing, empty or not text.
 */
export type PartProblem = 'shape' | 'noText'

/** A header given that cannot be drawn; its issues sit at `path` (the header's own). */
export interface DraftUnreadable {
  kind: 'unreadable'
  problem: PartProblem
  path: IssuePath
}

/** Whether the header is media (an image, a video or a document), drawn across the bubble. */
export const isMediaHeader = (header: DraftHeader | undefined): boolean =>
  header?.kind === 'image' || header?.kind === 'video' || header?.kind === 'document'

/** What a button row does when tapped in the preview. */
export type ActionKind =
  | 'reply'
  | 'url'
  | 'list'
  | 'location'
  | 'flow'
  | 'items'
  | 'catalog'
  | 'product'
  | 'call'
  | 'address'

/** One full-width button row under a bubble or card. */
export interface DraftAction {
  kind: ActionKind
  /** The label from the draft; absent when WhatsApp supplies it (e.g. "Send location"). */
  label: DraftText | undefined
  /** Reply id (reply buttons, quick replies). */
  id: string | undefined
  /** Target for URL buttons, unchecked. */
  url: string | undefined
  path: IssuePath
}

/** A list row. */
export interface DraftRow {
  id: string
  title: DraftText
  description: DraftText | undefined
  path: IssuePath
}

/** A list section. */
export interface DraftSection {
  title: DraftText | undefined
  rows: DraftRow[]
  path: IssuePath
}

/** A carousel card. */
export interface DraftCard {
  index: number
  header: DraftHeader | undefined
  body: DraftText | undefined
  /** What is wrong with a body that is there but has no text to draw. */
  bodyProblem: PartProblem | undefined
  /** Product cards carry a retailer id instead of media and buttons. */
  productId: string | undefined
  actions: DraftAction[]
  path: IssuePath
}

/** The draft reduced to what the preview draws; every field optional, nothing trusted. */
export interface DraftMessage {
  type: string | undefined
  header: DraftHeader | undefined
  body: DraftText | undefined
  /** What is wrong with a body that is there but has no text to draw. */
  bodyProblem: PartProblem | undefined
  /** The footer's text, when it has some. */
  footer: DraftText | undefined
  /** What is wrong with a footer that is there but has no text to draw. */
  footerProblem: PartProblem | undefined
  actions: DraftAction[]
  sections: DraftSection[]
  cards: DraftCard[]
  /** product / product_list / catalog details. */
  productId: string | undefined
  productCount: number
  /** Every product of a product list, in order across its sections. */
  productIds: string[]
  /** The catalog message's thumbnail product. */
  thumbnailProductId: string | undefined
  /** No message at all (`value` undefined, e.g. a host still loading): an empty bubble, not an error. */
  absent: boolean
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(INTERACTIVE_TYPES)

/** Whether the preview knows how to draw `type`. */
export const isKnownType = (type: string | undefined): boolean => type !== undefined && KNOWN_TYPES.has(type)

const get = (v: unknown, key: string): unknown => (isRecord(v) && Object.hasOwn(v, key) ? v[key] : undefined)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined
const text = (v: unknown, path: IssuePath): DraftText | undefined => {
  const value = str(v)
  return value === undefined ? undefined : { value, path }
}
const textAt = (v: unknown, key: string, path: IssuePath): DraftText | undefined => text(get(v, key), [...path, key])

function header(v: unknown, path: IssuePath): DraftHeader | undefined {
  if (v === undefined) return undefined
  const kind = get(v, 'type')
  if (kind === 'text') {
    const t = textAt(v, 'text', path)
    return t ? { kind: 'text', text: t } : { kind: 'unreadable', problem: 'noText', path }
  }
  if (kind === 'image' || kind === 'video' || kind === 'document') {
    const media = get(v, kind)
    const url = str(get(media, 'link'))
    if (kind === 'document') {
      return { kind, url, filename: textAt(media, 'filename', [...path, kind]), path: [...path, kind] }
    }
    return { kind, url, mediaId: str(get(media, 'id')), path: [...path, kind] }
  }
  return { kind: 'unreadable', problem: 'shape', path }
}

/** What is wrong with the body or footer `v`, when it is there and has no text to draw. */
function textPartProblem(v: unknown): PartProblem | undefined {
  if (v === undefined) return undefined
  if (!isRecord(v)) return 'shape'
  return str(get(v, 'text')) ? undefined : 'noText'
}

function replyButtons(buttons: unknown, path: IssuePath, key: 'reply' | 'quick_reply'): DraftAction[] {
  return list(buttons).map((b, i) => {
    const reply = get(b, key)
    const p = [...path, i, key]
    return {
      kind: 'reply',
      label: textAt(reply, 'title', p),
      id: str(get(reply, 'id')),
      url: undefined,
      path: [...path, i],
    }
  })
}

function action(kind: ActionKind, path: IssuePath, label?: DraftText, url?: string): DraftAction {
  return { kind, label, id: undefined, url, path }
}

function card(v: unknown, i: number): DraftCard {
  const path: IssuePath = ['action', 'cards', i]
  const act = get(v, 'action')
  const params = get(act, 'parameters')
  const p = [...path, 'action']
  const productId = get(v, 'type') === 'product' ? (str(get(act, 'product_retailer_id')) ?? '') : undefined
  let actions: DraftAction[] = []
  if (productId === undefined) {
    actions = Array.isArray(get(act, 'buttons'))
      ? replyButtons(get(act, 'buttons'), [...p, 'buttons'], 'quick_reply')
      : [action('url', p, textAt(params, 'display_text', [...p, 'parameters']), str(get(params, 'url')))]
  }
  const index = get(v, 'card_index')
  const cardHeader = header(get(v, 'header'), [...path, 'header'])
  return {
    index: typeof index === 'number' && Number.isFinite(index) ? index : i,
    // A card's media slot stays drawn (empty) when its header cannot be read.
    header: cardHeader?.kind === 'unreadable' ? undefined : cardHeader,
    body: textAt(get(v, 'body'), 'text', [...path, 'body']),
    bodyProblem: textPartProblem(get(v, 'body')),
    productId,
    actions,
    path,
  }
}

function actionsFor(type: string | undefined, act: unknown): DraftAction[] {
  const p: IssuePath = ['action']
  const params = get(act, 'parameters')
  const pp: IssuePath = ['action', 'parameters']
  switch (type) {
    case 'button':
      return replyButtons(get(act, 'buttons'), ['action', 'buttons'], 'reply')
    case 'list':
      return [action('list', p, textAt(act, 'button', p))]
    case 'cta_url':
      return [action('url', p, textAt(params, 'display_text', pp), str(get(params, 'url')))]
    case 'location_request_message':
      return [action('location', p)]
    case 'flow':
      return [action('flow', p, textAt(params, 'flow_cta', pp))]
    case 'product':
      return [action('product', p)]
    case 'product_list':
      return [action('items', p)]
    case 'catalog_message':
      return [action('catalog', p)]
    case 'voice_call':
      return [action('call', p, textAt(params, 'display_text', pp))]
    case 'address_message':
      return [action('address', p)]
    default:
      return []
  }
}

/** An empty draft: what the preview draws for `null` or junk (barred, as core refuses it). */
export const EMPTY_DRAFT: DraftMessage = {
  type: undefined,
  header: undefined,
  body: undefined,
  bodyProblem: undefined,
  footer: undefined,
  footerProblem: undefined,
  actions: [],
  sections: [],
  cards: [],
  productId: undefined,
  productCount: 0,
  productIds: [],
  thumbnailProductId: undefined,
  absent: false,
}

const NO_MESSAGE: DraftMessage = { ...EMPTY_DRAFT, absent: true }

/**
 * Reads whatever it can from an untrusted draft. Never throws: wrong types are skipped, and a
 * hostile value (a throwing getter, a revoked proxy) yields the empty draft.
 */
export function normalizeDraft(value: unknown): DraftMessage {
  if (value === undefined) return NO_MESSAGE
  try {
    const type = str(get(value, 'type'))
    const act = get(value, 'action')
    const sections = list(get(act, 'sections'))
    return {
      type,
      header: header(get(value, 'header'), ['header']),
      body: textAt(get(value, 'body'), 'text', ['body']),
      footer: textAt(get(value, 'footer'), 'text', ['footer']),
      bodyProblem: textPartProblem(get(value, 'body')),
      footerProblem: textPartProblem(get(value, 'footer')),
      actions: actionsFor(type, act),
      sections:
        type === 'list'
          ? sections.map((s, si) => {
              const path: IssuePath = ['action', 'sections', si]
              return {
                title: textAt(s, 'title', path),
                path,
                rows: list(get(s, 'rows')).map((r, ri) => {
                  const rp = [...path, 'rows', ri]
                  return {
                    id: str(get(r, 'id')) ?? '',
                    title: textAt(r, 'title', rp) ?? { value: '', path: [...rp, 'title'] },
                    description: textAt(r, 'description', rp),
                    path: rp,
                  }
                }),
              }
            })
          : [],
      cards: type === 'carousel' ? list(get(act, 'cards')).map(card) : [],
      productId: str(get(act, 'product_retailer_id')),
      productCount: sections.reduce<number>((n, s) => n + list(get(s, 'product_items')).length, 0),
      productIds:
        type === 'product_list'
          ? sections.flatMap((s) =>
              list(get(s, 'product_items')).map((item) => str(get(item, 'product_retailer_id')) ?? ''),
            )
          : [],
      thumbnailProductId: str(get(get(act, 'parameters'), 'thumbnail_product_retailer_id')),
      absent: false,
    }
  } catch {
    return EMPTY_DRAFT
  }
}
