import type { MessageTree } from '../i18n/fr';

const fr = {
  title: 'Équipe',
};

const en: MessageTree<typeof fr> = {
  title: 'Team',
};

export const teamMessages = { fr, en };
