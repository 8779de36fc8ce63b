import { cloneElement, Fragment, isValidElement, type ReactElement, type ReactNode, type Ref, version } from 'react'
import { useMergedRef } from './use-merged-ref.ts'
import { withClassName } from './with-class-name.ts'

type Props = Record<string, unknown>

const HANDLER = /^on[A-Z]/

/**
 * A part's props merged into the element given as its child, the way Radix's `Slot` merges them
 * (https://www.radix-ui.com/primitives/docs/utilities/slot): the child's props win, but both
 * handlers run (the child's first), the class names add up, and the styles merge. A child's
 * prop given as `undefined` is one not given, as React reads it (`className={className}` passed
 * on by a host's component leaves the part's class).
 */
export function mergeSlotProps(own: Props, child: Props): Props {
  const merged: Props = { ...own }
  for (const [key, value] of Object.entries(child)) if (value !== undefined) merged[key] = value
  for (const key of Object.keys(own)) {
    const ours = own[key]
    const theirs = child[key]
    // A handler, class or style the child leaves empty (`null`, `''`) keeps the part's.
    if (HANDLER.test(key) && typeof ours === 'function') {
      merged[key] =
        typeof theirs === 'function'
          ? (...args: unknown[]) => {
              theirs(...args)
              ours(...args)
            }
          : ours
    } else if (key === 'className' && ours) merged[key] = withClassName(ours as string, theirs as string | undefined)
    else if (key === 'style' && ours) merged[key] = theirs ? { ...(ours as object), ...(theirs as object) } : ours
  }
  return merged
}

// React 19 passes a ref among the props (reading `element.ref` warns); React 18 keeps it apart.
const refOf = (element: ReactElement): Ref<unknown> | undefined =>
  Number.parseInt(version, 10) >= 19
    ? (element.props as { ref?: Ref<unknown> }).ref
    : (element as unknown as { ref?: Ref<unknown> }).ref

/** Props of {@link Slot}: the part's own props, and its `ref`. */
export interface SlotProps extends Props {
  /** The one element rendered, with the part's props merged into its own. */
  children?: ReactNode
  /** The part's ref, set to the element's node together with the element's own ref. */
  slotRef?: Ref<unknown> | undefined
  /** The part's name, for the error a child that is not one element gets. */
  part: string
}

/**
 * Renders its one child element with the part's props merged in (`asChild`). Anything else as
 * the child (text, several elements, a Fragment, nothing) throws, naming the part: a Fragment
 * renders no element of its own for the props and the ref to land on.
 */
export function Slot({ children, slotRef, part, ...own }: SlotProps): ReactElement {
  const child = isValidElement(children) && children.type !== Fragment ? children : undefined
  const ref = useMergedRef(slotRef, child === undefined ? undefined : refOf(child))
  if (child === undefined) {
    throw new TypeError(
      `<${part} asChild> renders its child in its place: give it exactly one element, such as a <div>`,
    )
  }
  return cloneElement(child, { ...mergeSlotProps(own, child.props as Props), ref } as Props)
}
