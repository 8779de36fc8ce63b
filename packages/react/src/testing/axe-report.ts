import axe from 'axe-core'

/** What axe found in one part of the page. */
export interface AxeReport {
  /** Every violation as a readable line (empty when clean). */
  violations: string[]
  /** Elements whose text contrast axe measured and passed: a clean report with none proves nothing. */
  contrastPassed: number
  /** Text whose contrast axe could not measure ("needs review"), as readable lines. */
  contrastUnmeasured: string[]
}

const lines = (results: axe.Result[]) =>
  results.flatMap((rule) =>
    rule.nodes.map(
      (node) => `${rule.id} (${rule.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? rule.help}`,
    ),
  )

/**
 * Runs every axe rule on `context`. The kit's pseudo-elements are decoration under opaque
 * surfaces (the wallpaper's doodles at z-index -1, bubble tails, row hairlines), which makes axe
 * give up on the text above them (https://github.com/dequelabs/axe-core/issues/2781); with the
 * color-contrast check's documented `ignorePseudo` option it measures every text's contrast.
 */
export async function axeReport(context: Element): Promise<AxeReport> {
  // Per-run check options (merged over the check's defaults, unlike axe.configure, which
  // replaces them); axe reads `checks` from the run options, but its typings omit it.
  const options: axe.RunOptions & { checks: Record<string, { options: object }> } = {
    resultTypes: ['violations', 'passes', 'incomplete'],
    checks: { 'color-contrast': { options: { ignorePseudo: true } } },
  }
  const result = await axe.run(context, options)
  return {
    violations: lines(result.violations),
    contrastPassed: result.passes.find((rule) => rule.id === 'color-contrast')?.nodes.length ?? 0,
    contrastUnmeasured: lines(result.incomplete.filter((rule) => rule.id === 'color-contrast')),
  }
}
