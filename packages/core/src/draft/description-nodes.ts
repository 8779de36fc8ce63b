import { LIMITS, type Limit } from '../limits.ts'
import { HEADER_KINDS, type HeaderKind } from '../schemas/message-parts.ts'
import type {
  ChoiceDescription,
  ChoiceOption,
  DraftNode,
  FieldDescription,
  FieldKind,
  GroupDescription,
} from './draft-description.ts'
import type { DraftLabelKey } from './draft-label-keys.ts'
import type { DraftPath } from './draft-path.ts'

type FieldExtra = Omit<FieldDescription, 'node' | 'kind' | 'labelKey' | 'path' | 'required' | 'limit'>

/** A field description; `required` unless `optional` is set in `extra`. */
export function field(
  kind: FieldKind,
  labelKey: DraftLabelKey,
  path: DraftPath,
  limit: Limit | undefined,
  extra: FieldExtra & { optional?: boolean } = {},
): FieldDescription {
  const { optional, ...rest } = extra
  return {
    node: 'field',
    kind,
    labelKey,
    path,
    required: optional !== true,
    ...(limit === undefined ? {} : { limit }),
    ...rest,
  }
}

/** A repeated group. */
export function group(description: Omit<GroupDescription, 'node'>): GroupDescription {
  return { node: 'group', ...description }
}

/** The label keys of a media choice: the message's header, or a carousel card's ("Card 2 media link"). */
export interface MediaLabels {
  source: DraftLabelKey
  link: DraftLabelKey
  id: DraftLabelKey
}

const HEADER_MEDIA: MediaLabels = { source: 'field.media.source', link: 'field.media.link', id: 'field.media.id' }

/** A catalog ID's hint (product, product list, product cards): where the ID comes from. */
export const CATALOG_HINT = { hintKey: 'hint.product.catalogId' } as const

/** A product's ID in its catalog (product, product list, product cards): where it is found. */
export const PRODUCT_HINT = { hintKey: 'hint.product.retailerId' } as const

/** A button's web address (link button, link cards): a whole https link, as WhatsApp takes it. */
export const BUTTON_URL_HINT = { hintKey: 'hint.buttonUrl' } as const

/** A carousel card's media fields carry the card's number, like its other fields. */
export const CARD_MEDIA: MediaLabels = {
  source: 'field.card.mediaSource',
  link: 'field.card.mediaLink',
  id: 'field.card.mediaId',
}

// What a link of each kind must point to: WhatsApp fetches the file and takes only these types
// and sizes (their LIMITS entries), which nothing else on the form says.
const MEDIA_LINK_HINTS = {
  image: { hintKey: 'hint.media.image', fileSize: LIMITS.media.imageBytes },
  video: { hintKey: 'hint.media.video', fileSize: LIMITS.media.videoBytes },
  document: { hintKey: 'hint.media.document', fileSize: LIMITS.media.documentBytes },
} as const satisfies Record<Exclude<HeaderKind, 'text'>, { hintKey: DraftLabelKey; fileSize: Limit }>

/**
 * Media by link (an http(s) URL) or by uploaded media id, at `base` (`{ link }` or `{ id }`),
 * for a header of `kind` (its link says which files WhatsApp takes).
 */
export function mediaChoice(
  base: DraftPath,
  kind: Exclude<HeaderKind, 'text'>,
  labels: MediaLabels = HEADER_MEDIA,
): ChoiceDescription {
  return {
    node: 'choice',
    choice: 'mediaSource',
    labelKey: labels.source,
    path: base,
    options: [
      {
        value: 'link',
        labelKey: 'option.media.link',
        fields: [field('url', labels.link, [...base, 'link'], LIMITS.ctaUrl.url, MEDIA_LINK_HINTS[kind])],
      },
      {
        value: 'id',
        labelKey: 'option.media.id',
        fields: [field('id', labels.id, [...base, 'id'], LIMITS.media.id, { hintKey: 'hint.media.id' })],
      },
    ],
  }
}

const HEADER_OPTION_LABELS = {
  text: 'option.header.text',
  image: 'option.header.image',
  video: 'option.header.video',
  document: 'option.header.document',
} as const satisfies Record<HeaderKind, DraftLabelKey>

function headerFields(kind: HeaderKind, media: MediaLabels): DraftNode[] {
  switch (kind) {
    case 'text':
      return [field('text', 'field.header.text', ['header', 'text'], LIMITS.header.text, { messageWords: true })]
    case 'document':
      return [
        mediaChoice(['header', 'document'], 'document', media),
        field('text', 'field.header.filename', ['header', 'document', 'filename'], LIMITS.media.filename, {
          optional: true,
        }),
      ]
    default:
      return [mediaChoice(['header', kind], kind, media)]
  }
}

/**
 * The header kind choice at `header`: "none" (unless required) and each kind allowed; the
 * other kinds are `held` (a list's image header from JSON still shows its link).
 */
export function headerChoice(
  kinds: readonly HeaderKind[],
  required: boolean,
  labelKey: DraftLabelKey = 'field.header.type',
  media: MediaLabels = HEADER_MEDIA,
): ChoiceDescription {
  const option = (kind: HeaderKind): ChoiceOption => ({
    value: kind,
    labelKey: HEADER_OPTION_LABELS[kind],
    fields: headerFields(kind, media),
  })
  const none: ChoiceOption[] = required ? [] : [{ value: 'none', labelKey: 'option.header.none', fields: [] }]
  return {
    node: 'choice',
    choice: 'header',
    labelKey,
    path: ['header'],
    options: [...none, ...kinds.map(option)],
    held: HEADER_KINDS.filter((kind) => !kinds.includes(kind)).map(option),
  }
}
