import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

/** The tab title of a screen whose title (react-admin's `<Title>`, shown in the app bar) is `screen`. */
export const documentTitle = (screen: string, appTitle: string) => (screen.trim() ? `${screen.trim()} – ${appTitle}` : appTitle);

/**
 * Follows the screen's title as react-admin renders it into the app bar (`#react-admin-title`)
 * and keeps the browser tab's title in step ("Campagnes – Orga SPE"), so that tabs, history and
 * screen readers tell the screens apart. Also tells whether the screen shows an `h1` of its own
 * (otherwise the app bar's title serves as the screen's level-1 heading).
 */
export function usePageTitle(): { screenHasHeading: boolean } {
  const translate = useTranslate();
  const appTitle = translate('orga.appTitle');
  const [screenHasHeading, setScreenHasHeading] = useState(false);
  useEffect(() => {
    let scheduled = 0;
    const update = () => {
      scheduled = 0;
      const title = document.getElementById('react-admin-title')?.textContent ?? '';
      const next = documentTitle(title, appTitle);
      if (document.title !== next) document.title = next;
      setScreenHasHeading(Boolean(document.querySelector('#main-content h1')));
    };
    const observer = new MutationObserver(() => {
      scheduled ||= requestAnimationFrame(update);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    update();
    return () => {
      observer.disconnect();
      if (scheduled) cancelAnimationFrame(scheduled);
      document.title = appTitle;
    };
  }, [appTitle]);
  return { screenHasHeading };
}
