import type { MessageTree } from '../i18n/fr';

const fr = {
  title: 'Orga SPE',
};

const en: MessageTree<typeof fr> = {
  title: 'Orga SPE',
};

export const layoutMessages = { fr, en };
