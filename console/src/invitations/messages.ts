import type { MessageTree } from '../i18n/fr';

const fr = {
  title: 'Invitation à rejoindre une organisation',
};

const en: MessageTree<typeof fr> = {
  title: 'Invitation to join an organisation',
};

/** `orga.invitation.*`: the public invitation page (guide p.52). */
export const invitationMessages = { fr, en };
