import { describe, expect, it } from 'vitest';
import { renderWelcomeText } from './welcome-text-renderer.js';

describe('welcome text rendering', () => {
  it('renders the guide subset: italic, bold, both, paragraphs and line breaks', () => {
    expect(renderWelcomeText('*Bienvenue* sur **Pix emploi** : ***bon test***\n\nDeuxième paragraphe\navec un retour à la ligne')).toBe(
      '<p><em>Bienvenue</em> sur <strong>Pix emploi</strong> : <em><strong>bon test</strong></em></p>\n<p>Deuxième paragraphe<br>\navec un retour à la ligne</p>',
    );
  });

  it('keeps raw HTML as visible text: no script, no element, no event attribute', () => {
    const html = renderWelcomeText('<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>');
    expect(html).not.toMatch(/<script|<img|<a /);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('turns no markdown link or image into a live one, javascript: or not', () => {
    const html = renderWelcomeText('[clique](javascript:alert(1)) ![x](https://x.fr/a.png) <https://pix.fr> https://pix.fr');
    expect(html).not.toMatch(/<a |<img|href=|src=/);
    expect(html).toContain('[clique](javascript:alert(1))');
  });
});
