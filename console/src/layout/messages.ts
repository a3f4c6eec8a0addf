import type { MessageTree } from '../i18n/fr';

const fr = {
  switcher: { label: 'Organisation' },
  // The visible name comes first: what a voice-control user says is what the button is called.
  userMenu: '%{name} (profil)',
  userMenuWithoutName: 'Profil',
  navigation: 'Menu principal',
  pagination: {
    label: 'Pagination',
    range: '%{from}–%{to} sur %{total}',
    first: 'Première page',
    previous: 'Page précédente',
    next: 'Page suivante',
    last: 'Dernière page',
  },
  terms: {
    title: "Conditions générales d'utilisation",
    intro:
      "Avant d'accéder à l'espace Orga, prenez connaissance des conditions générales d'utilisation et acceptez-les.",
    data: "Vous y accéderez aux résultats que les personnes accompagnées choisissent de partager avec votre structure ; ces données restent confidentielles et servent uniquement à leur accompagnement.",
    read: "Lire les conditions générales d'utilisation",
    accept: "J'accepte les conditions d'utilisation",
  },
};

const en: MessageTree<typeof fr> = {
  switcher: { label: 'Organisation' },
  userMenu: '%{name} (profile)',
  userMenuWithoutName: 'Profile',
  navigation: 'Main menu',
  pagination: {
    label: 'Pagination',
    range: '%{from}–%{to} of %{total}',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
  },
  terms: {
    title: 'Terms of service',
    intro: 'Before entering the Orga space, read the terms of service and accept them.',
    data: 'There you will see the results that the people you support choose to share with your organisation; these data stay confidential and serve their support only.',
    read: 'Read the terms of service',
    accept: 'I accept the terms of service',
  },
};

/** `orga.layout.*`: app bar, menu, terms of service. */
export const layoutMessages = { fr, en };
