/**
 * The kit's own class for a part, followed by the host's `className` when it gives one: the
 * kit's styles stay on, and the host's class can add to them.
 */
export const withClassName = (own: string, className: string | undefined): string =>
  className ? `${own} ${className}` : own
