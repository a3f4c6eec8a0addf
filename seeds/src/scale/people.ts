/** Common French first and last names (INSEE frequencies, roughly), for advisors and participants. */
export const FIRST_NAMES = [
  'Léa', 'Emma', 'Manon', 'Chloé', 'Camille', 'Inès', 'Sarah', 'Jade', 'Louise', 'Lina', 'Zoé', 'Clara', 'Julie', 'Marie', 'Nathalie',
  'Sophie', 'Isabelle', 'Sandrine', 'Céline', 'Aurélie', 'Fatima', 'Aïcha', 'Yasmine', 'Amandine', 'Laura', 'Océane', 'Anaïs', 'Élodie',
  'Lucas', 'Hugo', 'Louis', 'Nathan', 'Enzo', 'Mathis', 'Théo', 'Thomas', 'Kevin', 'Nicolas', 'Julien', 'Maxime', 'Alexandre', 'Romain',
  'Karim', 'Mohamed', 'Samir', 'Yanis', 'Rayan', 'Adam', 'Mehdi', 'Bilal', 'Jordan', 'Dylan', 'Florian', 'Quentin', 'Anthony', 'Sébastien',
  'Christophe', 'Stéphane', 'Frédéric', 'Pascal', 'Éric', 'Philippe', 'Mamadou', 'Moussa', 'Ibrahima', 'Aminata', 'Mariam', 'Kylian', 'Noah',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefèvre',
  'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent',
  'Muller', 'Lefebvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier',
  'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand', 'Duval',
  'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas',
  'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron',
  'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Philippe', 'Bourgeois', 'Pierre', 'Benali',
  'Haddad', 'Diallo', 'Traoré', 'Nguyen', 'Da Silva', 'Ferreira', 'Le Gall', 'Le Goff', 'Kervella', 'Ben Ahmed', 'Cissé', 'Belkacem',
];

/** An e-mail local part from a name: lower case, no accents nor spaces ("Le Gall" → "le-gall"). */
export function emailPart(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
