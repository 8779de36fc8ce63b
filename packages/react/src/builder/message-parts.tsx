'use client'

import type { DraftNode } from '@briq-interactive/core'
import { type ComponentPropsWithoutRef, forwardRef } from 'react'
import { withClassName } from '../dom/with-class-name.ts'
import { useBuilderSelector } from './builder-context.ts'
import type { BuilderSnapshot } from './builder-model.ts'
import { NodeList } from './node-list.tsx'

/** Props of the header, body, footer and action parts; other props go to their `<div>`. */
export type BuilderPartProps = ComponentPropsWithoutRef<'div'>

const NO_NODES: readonly DraftNode[] = []

// Descriptions are cached per type in core, so one node keeps one array (a stable selection).
const wrapped = new WeakMap<object, readonly DraftNode[]>()
const single = (node: DraftNode | undefined): readonly DraftNode[] => {
  if (node === undefined) return NO_NODES
  let nodes = wrapped.get(node)
  if (nodes === undefined) {
    nodes = [node]
    wrapped.set(node, nodes)
  }
  return nodes
}

const selectHeader = (snapshot: BuilderSnapshot) => single(snapshot.description?.header)
const selectBody = (snapshot: BuilderSnapshot) => single(snapshot.description?.body)
const selectFooter = (snapshot: BuilderSnapshot) => single(snapshot.description?.footer)
const selectAction = (snapshot: BuilderSnapshot) => snapshot.description?.action ?? NO_NODES

interface PartNodesProps extends BuilderPartProps {
  nodes: readonly DraftNode[]
  partClass: string
}

const PartNodes = forwardRef<HTMLDivElement, PartNodesProps>(function PartNodes(
  { nodes, partClass, className, ...rest },
  ref,
) {
  if (nodes.length === 0) return null
  return (
    <div ref={ref} {...rest} className={withClassName(`bi-builder-part ${partClass}`, className)}>
      <NodeList nodes={nodes} base={[]} n={undefined} itemKey="root" />
    </div>
  )
})

/** "Header type" (none, text, image, video, document as the type allows) and the header's own fields; nothing when the type takes no header. */
export const BuilderHeader = forwardRef<HTMLDivElement, BuilderPartProps>(function BuilderHeader(props, ref) {
  const nodes = useBuilderSelector(selectHeader, 'Builder.Header')
  return <PartNodes ref={ref} {...props} nodes={nodes} partClass="bi-builder-header" />
})
if (process.env.NODE_ENV !== 'production') BuilderHeader.displayName = 'Builder.Header'

/** "Body text" with its counter ("812 / 1024") and WhatsApp's formatting toolbar. */
export const BuilderBody = forwardRef<HTMLDivElement, BuilderPartProps>(function BuilderBody(props, ref) {
  const nodes = useBuilderSelector(selectBody, 'Builder.Body')
  return <PartNodes ref={ref} {...props} nodes={nodes} partClass="bi-builder-body" />
})
if (process.env.NODE_ENV !== 'production') BuilderBody.displayName = 'Builder.Body'

/** "Footer text"; nothing when the type takes no footer. */
export const BuilderFooter = forwardRef<HTMLDivElement, BuilderPartProps>(function BuilderFooter(props, ref) {
  const nodes = useBuilderSelector(selectFooter, 'Builder.Footer')
  return <PartNodes ref={ref} {...props} nodes={nodes} partClass="bi-builder-footer" />
})
if (process.env.NODE_ENV !== 'production') BuilderFooter.displayName = 'Builder.Footer'

/**
 * The type's own editor, from core's description: reply buttons; the list's button label,
 * sections and rows; the URL button; the flow; product ids and product sections; the catalog
 * thumbnail; carousel cards; the call button; the address form. Nothing for a type with no
 * fields of its own (location request, call permission).
 */
export const BuilderAction = forwardRef<HTMLDivElement, BuilderPartProps>(function BuilderAction(props, ref) {
  const nodes = useBuilderSelector(selectAction, 'Builder.Action')
  return <PartNodes ref={ref} {...props} nodes={nodes} partClass="bi-builder-action" />
})
if (process.env.NODE_ENV !== 'production') BuilderAction.displayName = 'Builder.Action'
