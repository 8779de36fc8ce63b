import type { DraftNode } from '@briq-interactive/core'
import { ownLang } from '../i18n/own-lang.tsx'
import { useBuilderControls } from './builder-context.ts'
import { ChoiceView } from './choice-view.tsx'
import { FieldView } from './field-view.tsx'
import { GroupView } from './group-view.tsx'
import { labelOf } from './labels.ts'
import type { NodePlacement } from './node-props.ts'

/** Props of `NodeList`. */
export interface NodeListProps extends NodePlacement {
  nodes: readonly DraftNode[]
}

/** Draws nodes of core's description (fields, choices, groups, fieldsets), in order. */
export function NodeList({ nodes, ...placement }: NodeListProps) {
  return nodes.map((node, index) => (
    // Descriptions are fixed per type, so a node's position is its identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above.
    <NodeView key={index} node={node} {...placement} />
  ))
}

function NodeView({ node, ...placement }: NodePlacement & { node: DraftNode }) {
  const { t, lang } = useBuilderControls('NodeView')
  switch (node.node) {
    case 'field':
      return <FieldView node={node} {...placement} />
    case 'choice':
      return <ChoiceView node={node} {...placement} />
    case 'group':
      return <GroupView node={node} {...placement} />
    case 'fieldset':
      return (
        <fieldset className="bi-builder-fieldset">
          <legend className="bi-builder-legend" lang={ownLang(t, node.labelKey, lang)}>
            {labelOf(t, node.labelKey, placement.n)}
          </legend>
          <NodeList nodes={node.fields} {...placement} />
        </fieldset>
      )
  }
}
