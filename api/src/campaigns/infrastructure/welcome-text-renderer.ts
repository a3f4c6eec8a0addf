import MarkdownIt from 'markdown-it';

/**
 * The welcome text's markdown subset (guide p.58): *italic*, **bold**, ***both***, a blank line
 * starts a new paragraph, a single line break stays a line break. markdown-it's "zero" preset
 * with only those rules: no raw HTML (escaped as text), no links, no images — so nothing a text
 * can hold becomes a script, an event attribute or a `javascript:` link.
 */
const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: false, breaks: true }).enable([
  'emphasis',
  'newline',
]);

export function renderWelcomeText(text: string): string {
  return markdown.render(text).trim();
}
