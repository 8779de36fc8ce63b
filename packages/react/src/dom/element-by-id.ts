/**
 * The element with `id` in the tree `node` is in: its shadow root when it is inside one (where
 * `document.getElementById` does not look), else its document. Null when there is none.
 */
export function elementById(node: Node, id: string): HTMLElement | null {
  const root = node.getRootNode() as Node & Partial<NonElementParentNode>
  return (root.getElementById?.(id) ?? null) as HTMLElement | null
}
