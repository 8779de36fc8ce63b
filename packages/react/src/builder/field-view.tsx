import { draftValueAt, type FieldDescription, fieldRequired, idFollowsTitle } from '@briq-interactive/core'
import { memo, useMemo, useRef, useState } from 'react'
import { bcp47Tag } from '../i18n/messages.ts'
import { ownLang } from '../i18n/own-lang.tsx'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import type { AnchorIssues } from './derive-issues.ts'
import { EnumField } from './enum-field.tsx'
import { fieldHint } from './field-frame.tsx'
import { JsonField } from './json-field.tsx'
import { labelOf } from './labels.ts'
import { MultilineField } from './multiline-field.tsx'
import { type NodePlacement, sameNodeProps } from './node-props.ts'
import { TextField } from './text-field.tsx'

/** What a field shows from the snapshot. */
interface FieldShown {
  required: boolean
  value: unknown
  issues: AnchorIssues | undefined
  /** For an id made from a title: whether it follows the title (an empty one always does). */
  idFollows: boolean | undefined
}

/** Props of `FieldView`. */
export interface FieldViewProps extends NodePlacement {
  node: FieldDescription
}

/**
 * One field of core's description, edited by the control its kind calls for. It subscribes to
 * its own value and issues, so typing elsewhere never re-renders it.
 */
export const FieldView = memo(function FieldView({ node: described, base, n, itemKey }: FieldViewProps) {
  const { t, lang, core, dispatch, rootId, messageLang } = useBuilderControls('FieldView')
  const [, setRevision] = useState(0)
  const path = useMemo(() => [...base, ...described.path], [base, described])
  const anchor = `field:${path.join('.')}`
  // One subscription for what the field shows (a keystroke elsewhere checks each field once, not
  // three times); the same object while all three stay the same. Whether it is required can
  // depend on the draft (section titles once there are several).
  const shown = useRef<FieldShown | undefined>(undefined)
  const { required, value, issues, idFollows } = useBuilderSelector((snapshot) => {
    const value = draftValueAt(snapshot.draft, path)
    const next: FieldShown = {
      required: fieldRequired(described, snapshot.draft, base),
      value,
      issues: snapshot.placement.byAnchor.get(anchor),
      idFollows: described.generatedFrom === undefined ? undefined : idFollowsTitle(snapshot.state, base),
    }
    const last = shown.current
    if (
      last &&
      last.required === next.required &&
      Object.is(last.value, next.value) &&
      last.issues === next.issues &&
      last.idFollows === next.idFollows
    ) {
      return last
    }
    shown.current = next
    return next
  })
  const node = useMemo(
    () => (required === described.required ? described : { ...described, required }),
    [described, required],
  )
  const props = {
    node,
    id: anchorElementId(rootId, 'field', path),
    label: labelOf(t, node.labelKey, n),
    labelLang: ownLang(t, node.labelKey, lang),
    value,
    issues,
    hint: fieldHint(node, t, core, idFollows),
    // The message's words are typed in its language, spell-checked and read in it.
    inputLang: node.messageWords && messageLang !== undefined ? bcp47Tag(messageLang) : undefined,
    focusKey: `${itemKey}/${node.path.join('.')}`,
    t,
    onValue: (next: unknown, coalesceKey?: string) => {
      const changed = dispatch(
        { op: 'set', path, value: next },
        coalesceKey === undefined ? undefined : { coalesceKey },
      )
      // A change the draft did not take leaves the field as it was (a controlled field would too).
      if (!changed) setRevision((n) => n + 1)
    },
  }
  switch (node.kind) {
    case 'multiline':
      return <MultilineField {...props} />
    case 'enum':
      return <EnumField {...props} />
    case 'json':
      return <JsonField {...props} path={path} />
    default:
      return <TextField {...props} />
  }
}, sameNodeProps)
