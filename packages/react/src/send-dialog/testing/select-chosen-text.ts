/// <reference types="@vitest/browser-playwright" />
import { cdp } from 'vitest/browser'

/** A box on the page, in the DevTools protocol's coordinates (the same for every box read here). */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

interface DomNode {
  nodeId: number
  nodeType: number
  nodeValue: string
  attributes?: string[]
  children?: DomNode[]
  shadowRoots?: DomNode[]
  contentDocument?: DomNode
}

const PROBE = 'data-chosen-text-probe'

const boxOf = (quad: number[]): Box => {
  const xs = quad.filter((_, index) => index % 2 === 0)
  const ys = quad.filter((_, index) => index % 2 === 1)
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) }
}

/** Every node under `node`, each with its parent, through shadow roots (the browser's own too) and frames. */
function* walk(node: DomNode, parent?: DomNode): Generator<[DomNode, DomNode | undefined]> {
  yield [node, parent]
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child, node)
  if (node.contentDocument) yield* walk(node.contentDocument, node)
}

/**
 * Where a select draws its chosen option's text: its lines (one box per line) and the select's
 * content box. The browser draws that text in the select's user-agent shadow tree, which no DOM
 * API reaches (a clipped select reports `scrollWidth === clientWidth`); the DevTools protocol does.
 * `colour` is the text's computed colour, `background` the select's.
 */
export async function selectChosenText(select: HTMLSelectElement) {
  const session = cdp()
  select.setAttribute(PROBE, '')
  try {
    await session.send('DOM.enable')
    await session.send('CSS.enable')
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode }
    const found = [...walk(root)].find(([node]) => node.attributes?.includes(PROBE))?.[0]
    if (!found) throw new Error('the select is not in the page')
    // Its own shadow tree only: the options' text is the list's, not what the field shows.
    const texts = [...walk({ ...found, children: [] })].filter(([node]) => node.nodeType === 3 && node.nodeValue.trim())
    if (texts.length === 0) throw new Error('the select shows no text')
    const lines: Box[] = []
    for (const [text] of texts) {
      const { quads } = (await session.send('DOM.getContentQuads', { nodeId: text.nodeId })) as { quads: number[][] }
      lines.push(...quads.map(boxOf))
    }
    const { model } = (await session.send('DOM.getBoxModel', { nodeId: found.nodeId })) as {
      model: { content: number[] }
    }
    const style = async (nodeId: number, name: string) => {
      const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId })) as {
        computedStyle: { name: string; value: string }[]
      }
      return computedStyle.find((entry) => entry.name === name)?.value ?? ''
    }
    return {
      text: texts
        .map(([node]) => node.nodeValue)
        .join('')
        .trim(),
      lines,
      content: boxOf(model.content),
      colour: await style(texts[0]?.[1]?.nodeId ?? found.nodeId, 'color'),
      background: await style(found.nodeId, 'background-color'),
    }
  } finally {
    select.removeAttribute(PROBE)
    await session.send('CSS.disable')
    await session.send('DOM.disable')
  }
}
