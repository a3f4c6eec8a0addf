import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/** The tab title of a screen whose title (react-admin's `<Title>`, shown in the app bar) is `screen`. */
export const documentTitle = (screen: string, appTitle: string) => (screen.trim() ? `${screen.trim()} – ${appTitle}` : appTitle);

/**
 * Follows the screen's title as react-admin renders it into the app bar (`#react-admin-title`)
 * and keeps the browser tab's title in step ("Campagnes – Orga SPE"), so that tabs, history and
 * screen readers tell the screens apart. The app bar's title is the page's level-1 heading only
 * when the screen shows no `h1` of its own.
 *
 * Both are set on the DOM from the mutation observer's callback, which runs before the browser
 * does anything else: a React state set here would render one task later, and in between a
 * screen with its own `h1` would briefly have two level-1 headings of the same name.
 */
export function usePageTitle(): void {
  const translate = useTranslate();
  const appTitle = translate('orga.appTitle');
  useEffect(() => {
    const update = () => {
      const bar = document.getElementById('react-admin-title');
      const next = documentTitle(bar?.textContent ?? '', appTitle);
      if (document.title !== next) document.title = next;
      if (!bar) return;
      const screenHasHeading = Boolean(document.querySelector('#main-content h1'));
      if (screenHasHeading && bar.hasAttribute('role')) {
        bar.removeAttribute('role');
        bar.removeAttribute('aria-level');
      } else if (!screenHasHeading && !bar.hasAttribute('role')) {
        bar.setAttribute('role', 'heading');
        bar.setAttribute('aria-level', '1');
      }
    };
    const observer = new MutationObserver(update);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    update();
    return () => {
      observer.disconnect();
      document.title = appTitle;
    };
  }, [appTitle]);
}
