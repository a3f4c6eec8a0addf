import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.1 A and AA rules of axe-core (https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags). */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** What fails a screen: a violation a user cannot work around (contrast, names, structure). */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Every WCAG 2.1 A/AA violation of the page as it is now (axe-core injected into the page). */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated rather than added as a <script>: the application's CSP (script-src 'self') rightly
  // refuses inline scripts, and the check must run against the page exactly as it is served.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, WCAG_21_AA_TAGS);
}

/** One line per violation and node: rule, impact, selector, what is wrong, where to read about it. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `- ${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `    ${JSON.stringify(node.target)}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
      ].join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on the screen as it is shown and fails on any serious or
 * critical violation, naming the rule, its impact, the elements and the rule's help page.
 * Minor and moderate ones are printed, not failed.
 */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  const blocking = violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
  const other = violations.filter((violation) => !BLOCKING_IMPACTS.has(violation.impact ?? ''));
  if (other.length) console.warn(`Accessibility, ${screenName} (not blocking):\n${describeViolations(other)}`);
  if (blocking.length) {
    throw new Error(`Accessibility: ${blocking.length} serious or critical WCAG 2.1 A/AA violation(s) on "${screenName}" (${page.url()}):\n${describeViolations(blocking)}`);
  }
}
