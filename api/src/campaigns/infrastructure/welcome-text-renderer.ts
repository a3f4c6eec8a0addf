import { LRUCache } from 'lru-cache';
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

/**
 * Every visitor of a landing page reads the same text: rendered once, not on each request (2 % of
 * a `campaignToJoin`'s CPU). Keyed by the text itself, so an edit is a new entry; a text is at
 * most 5,000 characters, so 1,000 entries stay under ~10 MB.
 */
const rendered = new LRUCache<string, string>({ max: 1_000 });

export function renderWelcomeText(text: string): string {
  let html = rendered.get(text);
  if (html === undefined) {
    html = markdown.render(text).trim();
    rendered.set(text, html);
  }
  return html;
}
