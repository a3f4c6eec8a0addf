import type { MessageTree } from '../i18n/fr';

const fr = {
  organization: 'Chiffres de %{name}',
  national: 'Chiffres nationaux (toutes les structures)',
  participations: 'Participations',
  started: 'En cours de test',
  toShare: 'En attente',
  shared: 'Résultats reçus',
  shareRate: 'Taux de partage',
  diagnosticBands: 'Résultats du Diagnostic initial',
  cleaBands: 'Résultats du Parcours CléA numérique',
};

const en: MessageTree<typeof fr> = {
  organization: 'Figures of %{name}',
  national: 'National figures (every organisation)',
  participations: 'Participations',
  started: 'Test in progress',
  toShare: 'Waiting',
  shared: 'Results received',
  shareRate: 'Share rate',
  diagnosticBands: 'Diagnostic initial results',
  cleaBands: 'CléA numérique path results',
};

/** `orga.figures.*`: the dashboard's figures (PRODUCT.md "Dashboards"). */
export const figuresMessages = { fr, en };
