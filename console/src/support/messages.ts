import type { MessageTree } from '../i18n/fr';

const fr = {
  title: 'Support',
};

const en: MessageTree<typeof fr> = {
  title: 'Support',
};

export const supportMessages = { fr, en };
