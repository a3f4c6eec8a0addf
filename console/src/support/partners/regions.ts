/**
 * The eighteen regions as INSEE spells them (the structures' addresses use these names, e.g. the
 * demo's "Nouvelle-Aquitaine"): offered while typing a client's regions, so that a spelling that
 * matches no structure is less likely. Any other text stays possible.
 */
export const FRENCH_REGIONS: readonly string[] = [
  'Auvergne-Rhône-Alpes',
  'Bourgogne-Franche-Comté',
  'Bretagne',
  'Centre-Val de Loire',
  'Corse',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
  'Normandie',
  'Nouvelle-Aquitaine',
  'Occitanie',
  'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur",
  'Guadeloupe',
  'Martinique',
  'Guyane',
  'La Réunion',
  'Mayotte',
];
