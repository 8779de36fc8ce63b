import { draftValueAt, type FieldDescription, fieldRequired } from '@briq-interactive/core'
import { memo, useMemo, useState } from 'react'
import { anchorElementId, useBuilderControls, useBuilderSelector } from './builder-context.ts'
import { EnumField } from './enum-field.tsx'
import { JsonField } from './json-field.tsx'
import { labelOf } from './labels.ts'
import { MultilineField } from './multiline-field.tsx'
import { type NodePlacement, sameNodeProps } from './node-props.ts'
import { TextField } from './text-field.tsx'

/** Props of `FieldView`. */
export interface FieldViewProps extends NodePlacement {
  node: FieldDescription
}

/**
 * One field of core's description, edited by the control its kind calls for. It subscribes to
 * its own value and issues, so typing elsewhere never re-renders it.
 */
export const FieldView = memo(function FieldView({ node: described, base, n, itemKey }: FieldViewProps) {
  const { t, dispatch, rootId } = useBuilderControls('FieldView')
  const [, setRevision] = useState(0)
  const path = useMemo(() => [...base, ...described.path], [base, described])
  // Whether it is required can depend on the draft (section titles once there are several).
  const required = useBuilderSelector((snapshot) => fieldRequired(described, snapshot.draft, base))
  const node = useMemo(
    () => (required === described.required ? described : { ...described, required }),
    [described, required],
  )
  const anchor = `field:${path.join('.')}`
  const value = useBuilderSelector((snapshot) => draftValueAt(snapshot.draft, path))
  const issues = useBuilderSelector((snapshot) => snapshot.placement.byAnchor.get(anchor))
  const props = {
    node,
    id: anchorElementId(rootId, 'field', path),
    label: labelOf(t, node.labelKey, n),
    value,
    issues,
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
