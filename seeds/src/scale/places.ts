/** French towns with their postal code, department and region, for structure addresses and names. */
export interface Place {
  city: string;
  postalCode: string;
  department: string;
  region: string;
}

const ARA = 'Auvergne-Rhône-Alpes';
const BFC = 'Bourgogne-Franche-Comté';
const BRE = 'Bretagne';
const CVL = 'Centre-Val de Loire';
const GE = 'Grand Est';
const HDF = 'Hauts-de-France';
const IDF = 'Île-de-France';
const NOR = 'Normandie';
const NAQ = 'Nouvelle-Aquitaine';
const OCC = 'Occitanie';
const PDL = 'Pays de la Loire';
const PACA = "Provence-Alpes-Côte d'Azur";
const COR = 'Corse';

export const REGIONS = [ARA, BFC, BRE, CVL, COR, GE, HDF, IDF, NOR, NAQ, OCC, PDL, PACA];

/** Where each region's France Travail direction sits. */
export const REGION_CAPITALS: Record<string, string> = {
  [ARA]: 'Lyon', [BFC]: 'Dijon', [BRE]: 'Rennes', [CVL]: 'Orléans', [COR]: 'Ajaccio', [GE]: 'Strasbourg', [HDF]: 'Lille',
  [IDF]: 'Paris', [NOR]: 'Rouen', [NAQ]: 'Bordeaux', [OCC]: 'Toulouse', [PDL]: 'Nantes', [PACA]: 'Marseille',
};

const rows: [string, string, string, string][] = [
  ['Paris', '75019', 'Paris', IDF], ['Saint-Denis', '93200', 'Seine-Saint-Denis', IDF], ['Montreuil', '93100', 'Seine-Saint-Denis', IDF],
  ['Bobigny', '93000', 'Seine-Saint-Denis', IDF], ['Créteil', '94000', 'Val-de-Marne', IDF], ['Nanterre', '92000', 'Hauts-de-Seine', IDF],
  ['Argenteuil', '95100', "Val-d'Oise", IDF], ['Cergy', '95000', "Val-d'Oise", IDF], ['Évry-Courcouronnes', '91000', 'Essonne', IDF],
  ['Meaux', '77100', 'Seine-et-Marne', IDF], ['Melun', '77000', 'Seine-et-Marne', IDF], ['Mantes-la-Jolie', '78200', 'Yvelines', IDF],
  ['Lyon', '69008', 'Rhône', ARA], ['Villeurbanne', '69100', 'Rhône', ARA], ['Vénissieux', '69200', 'Rhône', ARA],
  ['Saint-Étienne', '42000', 'Loire', ARA], ['Grenoble', '38000', 'Isère', ARA], ['Clermont-Ferrand', '63000', 'Puy-de-Dôme', ARA],
  ['Annecy', '74000', 'Haute-Savoie', ARA], ['Chambéry', '73000', 'Savoie', ARA], ['Valence', '26000', 'Drôme', ARA],
  ['Montluçon', '03100', 'Allier', ARA], ['Aurillac', '15000', 'Cantal', ARA], ['Le Puy-en-Velay', '43000', 'Haute-Loire', ARA],
  ['Dijon', '21000', "Côte-d'Or", BFC], ['Besançon', '25000', 'Doubs', BFC], ['Belfort', '90000', 'Territoire de Belfort', BFC],
  ['Chalon-sur-Saône', '71100', 'Saône-et-Loire', BFC], ['Nevers', '58000', 'Nièvre', BFC], ['Auxerre', '89000', 'Yonne', BFC],
  ['Rennes', '35000', 'Ille-et-Vilaine', BRE], ['Brest', '29200', 'Finistère', BRE], ['Quimper', '29000', 'Finistère', BRE],
  ['Lorient', '56100', 'Morbihan', BRE], ['Saint-Brieuc', '22000', "Côtes-d'Armor", BRE], ['Vannes', '56000', 'Morbihan', BRE],
  ['Orléans', '45000', 'Loiret', CVL], ['Tours', '37000', 'Indre-et-Loire', CVL], ['Bourges', '18000', 'Cher', CVL],
  ['Blois', '41000', 'Loir-et-Cher', CVL], ['Chartres', '28000', 'Eure-et-Loir', CVL], ['Châteauroux', '36000', 'Indre', CVL],
  ['Ajaccio', '20000', 'Corse-du-Sud', COR], ['Bastia', '20200', 'Haute-Corse', COR],
  ['Strasbourg', '67000', 'Bas-Rhin', GE], ['Mulhouse', '68100', 'Haut-Rhin', GE], ['Metz', '57000', 'Moselle', GE],
  ['Nancy', '54000', 'Meurthe-et-Moselle', GE], ['Reims', '51100', 'Marne', GE], ['Troyes', '10000', 'Aube', GE],
  ['Charleville-Mézières', '08000', 'Ardennes', GE], ['Épinal', '88000', 'Vosges', GE], ['Forbach', '57600', 'Moselle', GE],
  ['Lille', '59000', 'Nord', HDF], ['Roubaix', '59100', 'Nord', HDF], ['Tourcoing', '59200', 'Nord', HDF],
  ['Valenciennes', '59300', 'Nord', HDF], ['Dunkerque', '59140', 'Nord', HDF], ['Lens', '62300', 'Pas-de-Calais', HDF],
  ['Calais', '62100', 'Pas-de-Calais', HDF], ['Amiens', '80000', 'Somme', HDF], ['Saint-Quentin', '02100', 'Aisne', HDF],
  ['Beauvais', '60000', 'Oise', HDF], ['Creil', '60100', 'Oise', HDF], ['Maubeuge', '59600', 'Nord', HDF],
  ['Rouen', '76000', 'Seine-Maritime', NOR], ['Le Havre', '76600', 'Seine-Maritime', NOR], ['Caen', '14000', 'Calvados', NOR],
  ['Cherbourg-en-Cotentin', '50100', 'Manche', NOR], ['Évreux', '27000', 'Eure', NOR], ['Alençon', '61000', 'Orne', NOR],
  ['Bordeaux', '33000', 'Gironde', NAQ], ['Limoges', '87000', 'Haute-Vienne', NAQ], ['Poitiers', '86000', 'Vienne', NAQ],
  ['Pau', '64000', 'Pyrénées-Atlantiques', NAQ], ['Bayonne', '64100', 'Pyrénées-Atlantiques', NAQ], ['La Rochelle', '17000', 'Charente-Maritime', NAQ],
  ['Angoulême', '16000', 'Charente', NAQ], ['Périgueux', '24000', 'Dordogne', NAQ], ['Agen', '47000', 'Lot-et-Garonne', NAQ],
  ['Niort', '79000', 'Deux-Sèvres', NAQ], ['Mont-de-Marsan', '40000', 'Landes', NAQ], ['Brive-la-Gaillarde', '19100', 'Corrèze', NAQ],
  ['Guéret', '23000', 'Creuse', NAQ],
  ['Toulouse', '31000', 'Haute-Garonne', OCC], ['Montpellier', '34000', 'Hérault', OCC], ['Nîmes', '30000', 'Gard', OCC],
  ['Perpignan', '66000', 'Pyrénées-Orientales', OCC], ['Béziers', '34500', 'Hérault', OCC], ['Narbonne', '11100', 'Aude', OCC],
  ['Carcassonne', '11000', 'Aude', OCC], ['Albi', '81000', 'Tarn', OCC], ['Montauban', '82000', 'Tarn-et-Garonne', OCC],
  ['Tarbes', '65000', 'Hautes-Pyrénées', OCC], ['Rodez', '12000', 'Aveyron', OCC], ['Alès', '30100', 'Gard', OCC],
  ['Nantes', '44000', 'Loire-Atlantique', PDL], ['Saint-Nazaire', '44600', 'Loire-Atlantique', PDL], ['Angers', '49000', 'Maine-et-Loire', PDL],
  ['Le Mans', '72000', 'Sarthe', PDL], ['La Roche-sur-Yon', '85000', 'Vendée', PDL], ['Laval', '53000', 'Mayenne', PDL],
  ['Cholet', '49300', 'Maine-et-Loire', PDL],
  ['Marseille', '13015', 'Bouches-du-Rhône', PACA], ['Nice', '06000', 'Alpes-Maritimes', PACA], ['Toulon', '83000', 'Var', PACA],
  ['Avignon', '84000', 'Vaucluse', PACA], ['Aix-en-Provence', '13090', 'Bouches-du-Rhône', PACA], ['Cannes', '06400', 'Alpes-Maritimes', PACA],
  ['Gap', '05000', 'Hautes-Alpes', PACA], ['Digne-les-Bains', '04000', 'Alpes-de-Haute-Provence', PACA], ['Fréjus', '83600', 'Var', PACA],
];

export const PLACES: Place[] = rows.map(([city, postalCode, department, region]) => ({ city, postalCode, department, region }));

/** Parts of a town that tell two agencies of one town apart ("France Travail Lille Nord"). */
export const DISTRICTS = ['Centre', 'Nord', 'Sud', 'Est', 'Ouest', 'Gare', 'Université', 'Port', 'Les Halles', 'République', 'Bel-Air', 'Les Coteaux'];
