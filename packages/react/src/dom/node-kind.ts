/*
 * What a node is, told by its node type and tag rather than `instanceof`: a host that renders the
 * kit from its own page into an iframe's document (an editor's canvas, react-frame-component)
 * gives it elements of that frame's window, whose classes are not this window's `HTMLElement`,
 * `HTMLInputElement`… (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/instanceof#instanceof_and_multiple_realms).
 */

/** Whether `value` is a DOM node, of any window. */
export const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).nodeType === 'number'

/** Whether `value` is an element, of any window. */
export const isElement = (value: unknown): value is Element => isNode(value) && value.nodeType === 1

/** Whether `value` is an HTML element (not SVG or MathML), of any window. */
export const isHtmlElement = (value: unknown): value is HTMLElement =>
  isElement(value) && value.namespaceURI === 'http://www.w3.org/1999/xhtml'

/** Whether `value` is an `<input>`, of any window. */
export const isInput = (value: unknown): value is HTMLInputElement =>
  isHtmlElement(value) && value.localName === 'input'

/** Whether `value` is a `<textarea>`, of any window. */
export const isTextArea = (value: unknown): value is HTMLTextAreaElement =>
  isHtmlElement(value) && value.localName === 'textarea'

/** Whether `value` is a `<select>`, of any window. */
export const isSelect = (value: unknown): value is HTMLSelectElement =>
  isHtmlElement(value) && value.localName === 'select'

/** Whether `value` is a `<form>`, of any window. */
export const isForm = (value: unknown): value is HTMLFormElement => isHtmlElement(value) && value.localName === 'form'

/** Whether `value` is a shadow root (a document fragment with a host), of any window. */
export const isShadowRoot = (value: unknown): value is ShadowRoot =>
  isNode(value) && value.nodeType === 11 && isElement((value as Partial<ShadowRoot>).host)

/** The parent of `element`, or at the top of a shadow root its host: a way out through shadow roots, of any window. */
export const parentOrHost = (element: Element): Element | null =>
  element.parentElement ?? (isShadowRoot(element.parentNode) ? element.parentNode.host : null)
