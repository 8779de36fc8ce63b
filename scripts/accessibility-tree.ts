import type { Frame, Page } from 'playwright'

interface CdpNode {
  nodeId: string
  ignored: boolean
  role?: { value: unknown }
  name?: { value: unknown }
  description?: { value: unknown }
  childIds?: string[]
  backendDOMNodeId?: number
}

interface DomNode {
  backendNodeId: number
  attributes?: string[]
  children?: DomNode[]
  contentDocument?: DomNode
  shadowRoots?: DomNode[]
}

/** The node carrying attribute `name`, searched into frames and shadow roots. */
function markedNode(node: DomNode, name: string): number | undefined {
  if (node.attributes?.some((value, index) => index % 2 === 0 && value === name)) return node.backendNodeId
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), node.contentDocument]) {
    const found = child === undefined ? undefined : markedNode(child, name)
    if (found !== undefined) return found
  }
  return undefined
}

type FrameTree = { frame: { id: string; url: string }; childFrames?: FrameTree[] }

const framesOf = (tree: FrameTree): FrameTree['frame'][] => [tree.frame, ...(tree.childFrames ?? []).flatMap(framesOf)]

// Roles that only group what a screen reader reads: their text is shown, not the node.
const PLAIN = new Set(['generic', 'none', 'InlineTextBox', 'LabelText', 'paragraph'])

/**
 * What a screen reader is given below the first element matching `selector` in the test's
 * frame, from Chromium's own accessibility tree (CDP `Accessibility.getFullAXTree`), one line
 * per node in reading order: `role "name" — description`, or `"text"` for text (CSS generated
 * content included, as Chromium exposes it). Ignored nodes (aria-hidden, display: none) are
 * left out.
 */
export async function accessibilityTree(page: Page, frame: Frame, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree }
    const target = framesOf(frameTree).find((candidate) => candidate.url === frame.url())
    if (target === undefined) throw new Error(`No frame at ${frame.url()}`)
    // The element, by a marker set from the page (CDP's DOM cannot query inside the test's iframe by selector).
    const marker = `data-accessibility-tree-${Date.now()}`
    await frame
      .locator(selector)
      .first()
      .evaluate((element, name) => element.setAttribute(name, ''), marker)
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId: target.id })) as { nodes: CdpNode[] }
    const byId = new Map(nodes.map((node) => [node.nodeId, node]))
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode }
    const backendNodeId = markedNode(root, marker)
    if (backendNodeId === undefined) throw new Error(`No element matches ${selector}`)
    await frame.locator(`[${marker}]`).evaluate((element, name) => element.removeAttribute(name), marker)
    const first = nodes.find((candidate) => candidate.backendDOMNodeId === backendNodeId)
    if (first === undefined) throw new Error(`${selector} has no accessibility node`)
    const lines = (current: CdpNode, depth: number): string[] => {
      const role = String(current.role?.value ?? '')
      const name = String(current.name?.value ?? '')
      const shown = !current.ignored && !PLAIN.has(role)
      const description = current.description?.value ? ` — ${String(current.description.value)}` : ''
      const own = shown
        ? [`${'  '.repeat(depth)}${role === 'StaticText' ? `"${name}"` : `${role} "${name}"${description}`}`]
        : []
      const children = (current.childIds ?? []).flatMap((id) => {
        const child = byId.get(id)
        return child === undefined || role === 'StaticText' ? [] : lines(child, shown ? depth + 1 : depth)
      })
      return [...own, ...children]
    }
    return lines(first, 0)
  } finally {
    await cdp.detach()
  }
}
