import type { MessageTree } from '../i18n/fr';

const fr = {
  title: 'Chiffres',
};

const en: MessageTree<typeof fr> = {
  title: 'Figures',
};

export const figuresMessages = { fr, en };
