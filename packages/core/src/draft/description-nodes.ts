import { LIMITS, type Limit } from '../limits.ts'
import type { HeaderKind } from '../schemas/message-parts.ts'
import type {
  ChoiceDescription,
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

/** Media by link (an http(s) URL) or by uploaded media id, at `base` (`{ link }` or `{ id }`). */
export function mediaChoice(base: DraftPath): ChoiceDescription {
  return {
    node: 'choice',
    choice: 'mediaSource',
    labelKey: 'field.media.source',
    path: base,
    options: [
      {
        value: 'link',
        labelKey: 'option.media.link',
        fields: [field('url', 'field.media.link', [...base, 'link'], LIMITS.ctaUrl.url)],
      },
      {
        value: 'id',
        labelKey: 'option.media.id',
        fields: [field('id', 'field.media.id', [...base, 'id'], LIMITS.media.id)],
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

function headerFields(kind: HeaderKind): DraftNode[] {
  switch (kind) {
    case 'text':
      return [field('text', 'field.header.text', ['header', 'text'], LIMITS.header.text)]
    case 'document':
      return [
        mediaChoice(['header', 'document']),
        field('text', 'field.header.filename', ['header', 'document', 'filename'], LIMITS.media.filename, {
          optional: true,
        }),
      ]
    default:
      return [mediaChoice(['header', kind])]
  }
}

/** The header kind choice at `header`: "none" (unless required) and each kind allowed. */
export function headerChoice(
  kinds: readonly HeaderKind[],
  required: boolean,
  labelKey: DraftLabelKey = 'field.header.type',
): ChoiceDescription {
  const options: ChoiceDescription['options'][number][] = required
    ? []
    : [{ value: 'none', labelKey: 'option.header.none', fields: [] }]
  for (const kind of kinds)
    options.push({ value: kind, labelKey: HEADER_OPTION_LABELS[kind], fields: headerFields(kind) })
  return { node: 'choice', choice: 'header', labelKey, path: ['header'], options }
}
