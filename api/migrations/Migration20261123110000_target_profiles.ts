import { Migration } from '@mikro-orm/migrations';

/**
 * Target profiles, their skills, the organisations a non-public profile is shared with, badges
 * and their criteria; with the reference data every environment needs:
 * - the skills ("acquis") of the referential: those of the guide's content tables p.16-19 (each
 *   listed acquis becomes one or more skills, "tube" + level, e.g. '@navigateur1'), and for levels
 *   no Pix emploi profile reaches (and the four competences the tables do not cover) skills on the
 *   topics of annex 1 ("Principaux sujets et notions abordés"), so that every competence has skills
 *   at levels 1 to 5, the levels open today;
 * - "Pix emploi – Diagnostic initial" (levels 1-2), "Pix emploi – Parcours CléA numérique" (levels 1-3
 *   and some 4, the diagnostic's skills included) and one whole-competence profile per competence,
 *   all public;
 * - the badge "Pix emploi – Prêt pour le CléA numérique !" (guide p.43: 85 % global, 75 % per area).
 */
export class Migration20261123110000_target_profiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "certification"."target_profiles" (
      "id" uuid not null,
      "name" varchar(255) not null,
      "description" text null,
      "category" text check ("category" in ('PIX_EMPLOI', 'COMPETENCE', 'OTHER')) not null,
      "is_public" boolean not null default false,
      "can_reset_knowledge_elements" boolean not null default false,
      "created_at" timestamptz not null default now(),
      constraint "target_profiles_pkey" primary key ("id")
    );`);

    this.addSql(`create table "certification"."target_profile_skills" (
      "target_profile_id" uuid not null,
      "skill_id" text not null,
      constraint "target_profile_skills_pkey" primary key ("target_profile_id", "skill_id")
    );`);
    this.addSql(`create index "target_profile_skills_skill_id_index" on "certification"."target_profile_skills" ("skill_id");`);
    this.addSql(`alter table "certification"."target_profile_skills" add constraint "target_profile_skills_target_profile_id_foreign" foreign key ("target_profile_id") references "certification"."target_profiles" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certification"."target_profile_skills" add constraint "target_profile_skills_skill_id_foreign" foreign key ("skill_id") references "certification"."skills" ("id") on update cascade;`);

    // organization_id belongs to the organizations context: no foreign key across schemas.
    this.addSql(`create table "certification"."target_profile_shares" (
      "target_profile_id" uuid not null,
      "organization_id" uuid not null,
      "created_at" timestamptz not null default now(),
      constraint "target_profile_shares_pkey" primary key ("target_profile_id", "organization_id")
    );`);
    this.addSql(`create index "target_profile_shares_organization_id_index" on "certification"."target_profile_shares" ("organization_id");`);
    this.addSql(`alter table "certification"."target_profile_shares" add constraint "target_profile_shares_target_profile_id_foreign" foreign key ("target_profile_id") references "certification"."target_profiles" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "certification"."badges" (
      "id" uuid not null,
      "target_profile_id" uuid not null,
      "key" varchar(64) not null,
      "title" varchar(255) not null,
      "message" text null,
      constraint "badges_pkey" primary key ("id")
    );`);
    this.addSql(`create index "badges_target_profile_id_index" on "certification"."badges" ("target_profile_id");`);
    this.addSql(`alter table "certification"."badges" add constraint "badges_key_unique" unique ("key");`);
    this.addSql(`alter table "certification"."badges" add constraint "badges_target_profile_id_foreign" foreign key ("target_profile_id") references "certification"."target_profiles" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "certification"."badge_criteria" (
      "id" uuid not null,
      "badge_id" uuid not null,
      "scope" text check ("scope" in ('GLOBAL', 'EVERY_AREA')) not null,
      "threshold" smallint not null,
      constraint "badge_criteria_pkey" primary key ("id"),
      constraint badge_criteria_threshold_check check (threshold >= 0 and threshold <= 100)
    );`);
    this.addSql(`create index "badge_criteria_badge_id_index" on "certification"."badge_criteria" ("badge_id");`);
    this.addSql(`alter table "certification"."badge_criteria" add constraint "badge_criteria_badge_id_foreign" foreign key ("badge_id") references "certification"."badges" ("id") on update cascade on delete cascade;`);

    const skills = referentialSkills();
    this.addSql(
      `insert into "certification"."skills" ("id", "competence_id", "name", "level", "pix_value", "topic") values\n${skills
        .map((skill) => `(${quote(skill.id)}, ${quote(skill.competence)}, ${quote(skill.name)}, ${skill.level}, ${(skill.pixHundredths / 100).toFixed(2)}, ${quote(skill.topic)})`)
        .join(',\n')};`,
    );

    this.addSql(
      `insert into "certification"."target_profiles" ("id", "name", "description", "category", "is_public", "can_reset_knowledge_elements") values
      (${quote(DIAGNOSTIC_ID)}, 'Pix emploi – Diagnostic initial', ${quote(DIAGNOSTIC_DESCRIPTION)}, 'PIX_EMPLOI', true, true),
      (${quote(CLEA_ID)}, 'Pix emploi – Parcours CléA numérique', ${quote(CLEA_DESCRIPTION)}, 'PIX_EMPLOI', true, false);`,
    );
    // One profile per competence, named after it, with an id derived from its code ('1.1' → …000000000011).
    this.addSql(
      `insert into "certification"."target_profiles" ("id", "name", "description", "category", "is_public", "can_reset_knowledge_elements")
       select (${quote(COMPETENCE_ID_PREFIX)} || lpad(replace(c."code", '.', ''), 12, '0'))::uuid,
              'Compétence ' || c."code" || ' – ' || c."name",
              'Tous les acquis de la compétence ' || c."code" || ', des niveaux 1 à 5 : ' || c."description" || '.',
              'COMPETENCE', true, false
         from "certification"."competences" c;`,
    );
    const inDiagnostic = skills.filter((skill) => skill.profile === 'D');
    const inClea = skills.filter((skill) => skill.profile === 'D' || skill.profile === 'C');
    this.addSql(
      `insert into "certification"."target_profile_skills" ("target_profile_id", "skill_id") values\n${[
        ...inDiagnostic.map((skill) => `(${quote(DIAGNOSTIC_ID)}, ${quote(skill.id)})`),
        ...inClea.map((skill) => `(${quote(CLEA_ID)}, ${quote(skill.id)})`),
      ].join(',\n')};`,
    );
    this.addSql(
      `insert into "certification"."target_profile_skills" ("target_profile_id", "skill_id")
       select (${quote(COMPETENCE_ID_PREFIX)} || lpad(replace(s."competence_id", '.', ''), 12, '0'))::uuid, s."id"
         from "certification"."skills" s
        where s."id" in (${skills.map((skill) => quote(skill.id)).join(', ')});`,
    );

    this.addSql(
      `insert into "certification"."badges" ("id", "target_profile_id", "key", "title", "message") values
      (${quote(CLEA_BADGE_ID)}, ${quote(CLEA_ID)}, 'PIX_EMPLOI_CLEA', 'Pix emploi – Prêt pour le CléA numérique !', ${quote(CLEA_BADGE_MESSAGE)});`,
    );
    this.addSql(
      `insert into "certification"."badge_criteria" ("id", "badge_id", "scope", "threshold") values
      ('6f1e0c52-7d0b-4b8e-9a54-000000000001', ${quote(CLEA_BADGE_ID)}, 'GLOBAL', 85),
      ('6f1e0c52-7d0b-4b8e-9a54-000000000002', ${quote(CLEA_BADGE_ID)}, 'EVERY_AREA', 75);`,
    );
  }
}

const DIAGNOSTIC_ID = '6f1e0c52-7d0b-4b8e-9a51-000000000001';
const CLEA_ID = '6f1e0c52-7d0b-4b8e-9a51-000000000002';
const COMPETENCE_ID_PREFIX = '6f1e0c52-7d0b-4b8e-9a52-';
const CLEA_BADGE_ID = '6f1e0c52-7d0b-4b8e-9a53-000000000001';

/** Guide p.14. */
const DIAGNOSTIC_DESCRIPTION =
  "Composé de 20 à 30 questions, réalisable en 15 à 40 minutes : une première estimation du niveau, centrée sur quelques compétences fondamentales de niveau débutant (niveaux 1 et 2 de Pix). Ne suffit pas à atteindre le niveau 1 d'une compétence.";
const CLEA_DESCRIPTION =
  "En moyenne 80 questions, de 45 minutes à 2 heures : évalue l'intégralité des compétences qui constituent le CléA numérique, du niveau débutant à intermédiaire (niveaux 1 à 3, voire 4 sur certains sujets). Comprend le contenu du diagnostic initial.";
/** Guide p.43, footnote. */
const CLEA_BADGE_MESSAGE =
  'Au moins 85 % de réussite globale et 75 % de réussite par domaine sur le parcours CléA numérique : vous avez le niveau attendu pour obtenir le CléA numérique.';

/** D: diagnostic initial (hence CléA too); C: parcours CléA numérique only; W: whole-competence profile only. */
export type SkillProfile = 'D' | 'C' | 'W';

interface Tube {
  competence: string;
  tube: string;
  /** The acquis of the guide (content tables) or the annex 1 topic it comes from. */
  topic: string;
  levels: Partial<Record<1 | 2 | 3 | 4 | 5, SkillProfile>>;
}

const tube = (competence: string, name: string, topic: string, levels: Tube['levels']): Tube => ({ competence, tube: name, topic, levels });

/**
 * The referential's skills, competence by competence. Within one competence and level the skills
 * share 8 pix exactly (in hundredths: 3 skills get 2.67, 2.67 and 2.66), in the order listed.
 * Diagnostic skills hold less than 8 pix in any competence (guide p.23: the diagnostic alone does
 * not reach level 1); CléA holds every level 1 skill of the competences it covers and less than
 * 32 pix in each (it reaches levels 1 to 3 at most).
 */
export const TUBES: Tube[] = [
  // 1.1 Mener une recherche et une veille d'information
  tube('1.1', 'navigateur', "Être familier d'un navigateur internet", { 1: 'D' }),
  tube('1.1', 'rechercheInfo', 'Trouver en ligne des informations factuelles simples et faciles à trouver en utilisant un moteur de recherche', { 1: 'D', 2: 'D' }),
  tube('1.1', 'serviceEnLigne', "Trouver et utiliser un service en ligne (autre qu'un moteur de recherche : formulaire, service de géolocalisation...)", { 1: 'C', 2: 'C', 3: 'C' }),
  tube('1.1', 'qualitePageWeb', "Repérer et interpréter les indices de qualité d'une page web", { 1: 'C', 2: 'C', 3: 'C' }),
  tube('1.1', 'sourceInfo', "Retrouver et évaluer la source d'une information", { 3: 'C', 4: 'C' }),
  tube('1.1', 'veilleInfo', "Se tenir au courant de l'actualité d'un sujet (veille d'information)", { 4: 'W', 5: 'W' }),
  tube('1.1', 'evaluationInfo', "Évaluer la fiabilité et la pertinence d'une information en ligne", { 5: 'W' }),
  // 1.2 Gérer des données
  tube('1.2', 'retrouverFichier', "Retrouver un fichier dans l'explorateur de fichiers", { 1: 'D' }),
  tube('1.2', 'deplacerFichier', "Déplacer un fichier d'un dossier à un autre", { 1: 'D' }),
  tube('1.2', 'supprimerFichier', 'Supprimer un fichier', { 2: 'D' }),
  tube('1.2', 'organiserDossiers', 'Organiser des fichiers dans des dossiers et sous-dossiers', { 1: 'C', 2: 'C' }),
  tube('1.2', 'corbeille', 'Connaître et utiliser la corbeille', { 1: 'C', 2: 'C' }),
  tube('1.2', 'stockage', 'Connaître les solutions de stockage de données (supports amovibles et services en ligne)', { 1: 'C', 3: 'C' }),
  tube('1.2', 'supportsAmovibles', 'Déplacer et dupliquer des fichiers sur des supports alternatifs (clé USB...)', { 2: 'C', 3: 'C' }),
  tube('1.2', 'localisationFichiers', 'Choisir la bonne localisation des fichiers pour prévenir leur perte', { 3: 'C', 4: 'C' }),
  tube('1.2', 'sauvegarde', 'Sauvegarder ses données', { 4: 'W', 5: 'W' }),
  tube('1.2', 'uniteMemoire', "Connaître les unités de mesure des tailles d'espace mémoire (Ko, Mo, Go, To)", { 4: 'W', 5: 'W' }),
  // 1.3 Traiter des données
  tube('1.3', 'usageTableur', "Connaître l'usage principal du tableur et le terme « tableur »", { 1: 'D' }),
  tube('1.3', 'triTableau', 'Effectuer un tri dans un tableau simple', { 2: 'D' }),
  tube('1.3', 'saisieClasseur', 'Saisir des données dans un classeur', { 1: 'C', 2: 'C', 3: 'C' }),
  tube('1.3', 'triFeuilleCalcul', 'Effectuer un tri dans une feuille de calcul', { 2: 'C', 3: 'C' }),
  tube('1.3', 'calculTableur', 'Effectuer des calculs dans un tableur', { 4: 'W', 5: 'W' }),
  tube('1.3', 'syntheseDonnees', 'Synthétiser et mettre en forme des données dans un tableur', { 4: 'W', 5: 'W' }),
  // 2.1 Interagir
  tube('2.1', 'messagerieStatut', 'Consulter une messagerie électronique et identifier le statut des messages et les dossiers standards', { 1: 'D' }),
  tube('2.1', 'envoiCourriel', 'Envoyer un courriel en maîtrisant ses principaux champs (Destinataire, Objet)', { 1: 'D', 2: 'D' }),
  tube('2.1', 'elementsMessagerie', "Connaître les principaux éléments nécessaires à l'utilisation d'une messagerie électronique (adresse, fournisseur d'accès)", { 1: 'C', 2: 'C' }),
  tube('2.1', 'messagerieInstantanee', 'Connaître les outils de messagerie instantanée', { 1: 'C', 2: 'C' }),
  tube('2.1', 'copieCourriel', 'Envoyer un courriel en mettant un destinataire en copie', { 2: 'C', 3: 'C' }),
  tube('2.1', 'redactionCourriel', "Connaître les bonnes pratiques de rédaction d'un courriel", { 3: 'C' }),
  tube('2.1', 'organisationMessagerie', 'Organiser sa messagerie électronique (dossiers, filtres, listes de diffusion)', { 4: 'W', 5: 'W' }),
  tube('2.1', 'piecesJointes', 'Joindre, ouvrir et enregistrer les pièces jointes d’un courriel', { 4: 'W', 5: 'W' }),
  // 2.2 Partager et publier
  tube('2.2', 'reseauxSociaux', 'Connaître les principaux réseaux sociaux', { 1: 'D', 2: 'D' }),
  tube('2.2', 'vocabulaireReseaux', 'Connaître le vocabulaire des réseaux sociaux (notification, story, ...)', { 1: 'C', 2: 'C' }),
  tube('2.2', 'partagePhotos', 'Connaître le principe et les modalités de partage de photos et autres documents en ligne', { 1: 'C', 3: 'C' }),
  tube('2.2', 'interactionsReseaux', 'Interpréter les types de relations et interactions sur les réseaux sociaux (suivre, retweet, ...)', { 2: 'C', 3: 'C' }),
  tube('2.2', 'publicationEnLigne', 'Publier en ligne des photos et des documents en choisissant leur visibilité', { 4: 'W', 5: 'W' }),
  tube('2.2', 'droitImage', "Respecter le droit à l'image et la vie privée d'autrui en publiant", { 4: 'W', 5: 'W' }),
  // 2.3 Collaborer (absent from the diagnostic)
  tube('2.3', 'agendaEnLigne', 'Consulter un agenda en ligne', { 1: 'C', 2: 'C' }),
  tube('2.3', 'documentPartage', 'Consulter un document partagé en ligne', { 1: 'C', 2: 'C' }),
  tube('2.3', 'editionCollaborative', "Connaître un outil d'édition collaborative en ligne", { 2: 'C', 3: 'C' }),
  tube('2.3', 'droitsAcces', "Comprendre les droits d'accès à un document en ligne", { 3: 'C' }),
  tube('2.3', 'suiviModifications', "Suivre les modifications d'un document partagé", { 4: 'W', 5: 'W' }),
  tube('2.3', 'agendaPartage', 'Gérer un agenda partagé (invitations, disponibilités)', { 4: 'W', 5: 'W' }),
  // 2.4 S'insérer dans le monde numérique
  tube('2.4', 'identifiant', "Maîtriser son identité numérique à travers le choix d'un identifiant (pseudo, adresse électronique, ...)", { 1: 'D', 2: 'D' }),
  tube('2.4', 'telechargementDocument', 'Télécharger et consulter un document disponible en ligne', { 1: 'C', 2: 'C' }),
  tube('2.4', 'eReputation', "Connaître les notions d'identité numérique et d'e-réputation, savoir que l'on peut être identifié sur une photo", { 1: 'C', 2: 'C', 3: 'C' }),
  tube('2.4', 'charteInformatique', "Connaître la notion de charte informatique et les règles usuelles qu'elle recouvre", { 2: 'C', 3: 'C' }),
  tube('2.4', 'demarchesEnLigne', 'Accomplir des formalités administratives en ligne', { 4: 'W', 5: 'W' }),
  tube('2.4', 'apprentissageEnLigne', 'Se former et apprendre en ligne', { 4: 'W', 5: 'W' }),
  // 3.1 Développer des documents textuels
  tube('3.1', 'copierColler', 'Faire un copier/coller simple, avec indication', { 1: 'D' }),
  tube('3.1', 'alignementTexte', "Définir l'alignement d'un texte (centré, justifié, aligné à gauche/à droite)", { 1: 'D', 2: 'D' }),
  tube('3.1', 'copierColler', 'Faire un copier/coller simple', { 2: 'C' }),
  tube('3.1', 'saisieTexte', 'Saisir du texte incluant ponctuation et caractères spéciaux en temps limité', { 1: 'C', 2: 'C', 3: 'C' }),
  tube('3.1', 'logicielsTraitementTexte', 'Connaître des logiciels de traitement de texte', { 1: 'C' }),
  tube('3.1', 'miseEnFormeCaracteres', "Utiliser les éléments simples de mise en forme des caractères d'un texte (gras, taille, couleur, ...)", { 2: 'C', 3: 'C' }),
  tube('3.1', 'interligne', "Définir l'interligne d'un texte", { 3: 'C' }),
  tube('3.1', 'stylesDocument', "Structurer un document avec des styles", { 4: 'W', 5: 'W' }),
  tube('3.1', 'diaporama', 'Concevoir une présentation ou un diaporama', { 4: 'W', 5: 'W' }),
  // 3.2 Développer des documents multimédia (annex 1 only)
  tube('3.2', 'imageNumerique', "Traitement d'image : recadrer, redimensionner, retoucher une image", { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  tube('3.2', 'sonVideo', 'Manipulation de son et de vidéo : lire, couper, assembler, convertir', { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  // 3.3 Adapter les documents à leur finalité (annex 1 only)
  tube('3.3', 'miseEnPage', "Paramètres de mise en page et d'impression d'un document", { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  tube('3.3', 'licences', "Connaissance des licences et droits d'auteur", { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  // 3.4 Programmer (annex 1 only)
  tube('3.4', 'algorithme', 'Algorithmes et programmation : lire, écrire et corriger une suite d’instructions', { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  tube('3.4', 'codageInformation', "Codage et représentation de l'information et des données", { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  // 4.1 Sécuriser l'environnement numérique
  tube('4.1', 'codePin', "Être sensibilisé au choix d'un bon code PIN", { 1: 'D' }),
  tube('4.1', 'hameconnage', 'Identifier une situation de hameçonnage (phishing)', { 2: 'D' }),
  tube('4.1', 'motDePasse', "Connaître les recommandations essentielles pour le choix d'un mot de passe sécurisé", { 1: 'C', 2: 'C' }),
  tube('4.1', 'verrouillageSmartphone', "Verrouiller l'accès à un smartphone", { 1: 'C', 2: 'C' }),
  tube('4.1', 'pratiquesInfection', 'Connaître les principales pratiques susceptibles d’infecter un ordinateur', { 2: 'C', 3: 'C' }),
  tube('4.1', 'logicielMalveillant', 'Connaître différentes catégories de logiciel malveillant', { 3: 'C', 4: 'C' }),
  tube('4.1', 'antivirus', "Connaître le rôle d'un antivirus et être familier de 2 logiciels antivirus", { 3: 'C', 4: 'C' }),
  tube('4.1', 'securiteSites', 'Reconnaître un site sécurisé et les attaques informatiques courantes', { 4: 'W', 5: 'W' }),
  tube('4.1', 'attaquesInformatiques', "Se prémunir contre les attaques informatiques et protéger ses équipements", { 5: 'W' }),
  // 4.2 Protéger les données personnelles et la vie privée
  tube('4.2', 'autorisationsApplication', "Maîtriser l'accès à ses données lors de l'installation d'une application", { 1: 'D', 2: 'D' }),
  tube('4.2', 'donneesPersonnelles', 'Reconnaître des données personnelles', { 1: 'C', 2: 'C', 3: 'C' }),
  tube('4.2', 'cookies', 'Gérer ses traces numériques : cookies et historique de navigation', { 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  tube('4.2', 'roleCnil', 'Connaître ses droits sur ses données personnelles et le rôle de la CNIL', { 3: 'W', 4: 'W', 5: 'W' }),
  // 4.3 Protéger la santé, le bien-être et l'environnement (annex 1 only)
  tube('4.3', 'santeNumerique', 'Prévenir les risques du numérique pour la santé et le bien-être (cyberaddiction, cyberdépendance)', { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  tube('4.3', 'empreinteEcologique', "Connaître l'empreinte écologique du numérique et la limiter", { 1: 'W', 2: 'W', 3: 'W', 4: 'W', 5: 'W' }),
  // 5.1 Résoudre des problèmes techniques
  tube('5.1', 'symbolesConnexion', 'Connaître les symboles du wifi et de la 3G/4G pour se connecter à Internet', { 1: 'D' }),
  tube('5.1', 'miseAJourSmartphone', "Être familier de la notion de mise à jour d'une application sur smartphone", { 1: 'D', 2: 'D' }),
  tube('5.1', 'connexionSmartphone', 'Identifier les différents moyens de connecter un smartphone à Internet et les choisir en fonction du contexte', { 1: 'C', 2: 'C', 3: 'C' }),
  tube('5.1', 'configurationClavier', 'Maîtriser la configuration basique de la saisie au clavier', { 1: 'C', 2: 'C' }),
  tube('5.1', 'miseAJour', "Être familier de la notion de mise à jour d'une application et d'un ordinateur", { 2: 'C', 3: 'C' }),
  tube('5.1', 'peripheriques', 'Connecter des périphériques et imprimer un document', { 4: 'W', 5: 'W' }),
  tube('5.1', 'miseAJourSysteme', "Mettre à jour un logiciel ou un système d'exploitation", { 4: 'W', 5: 'W' }),
  // 5.2 Construire un environnement numérique
  tube('5.2', 'portUsb', 'Connaitre le port USB', { 1: 'D' }),
  tube('5.2', 'installationApplication', 'Installer une application sur smartphone', { 2: 'D' }),
  tube('5.2', 'elementsOrdinateur', "Connaître les principaux éléments d'un ordinateur ou d'un smartphone", { 1: 'C', 2: 'C', 3: 'C' }),
  tube('5.2', 'doubleClic', 'Maîtriser le double clic et le clic droit', { 1: 'C', 2: 'C' }),
  tube('5.2', 'caracteristiquesSmartphone', "Identifier les caractéristiques techniques simples d'un smartphone", { 2: 'C', 3: 'C' }),
  tube('5.2', 'systemeExploitation', "Connaître les logiciels et les systèmes d'exploitation", { 4: 'W', 5: 'W' }),
  tube('5.2', 'raccourcisClavier', 'Utiliser les raccourcis clavier et connaître le vocabulaire d’internet', { 4: 'W', 5: 'W' }),
];

export interface SeededSkill {
  id: string;
  competence: string;
  name: string;
  level: number;
  pixHundredths: number;
  topic: string;
  profile: SkillProfile;
}

/** One skill per tube and level ('@navigateur1', id 'skill-navigateur1'); 8 pix shared per competence and level. */
export function referentialSkills(): SeededSkill[] {
  const skills = TUBES.flatMap((entry) =>
    Object.entries(entry.levels).map(([level, profile]) => ({
      id: `skill-${entry.tube}${level}`,
      competence: entry.competence,
      name: `@${entry.tube}${level}`,
      level: Number(level),
      pixHundredths: 0,
      topic: entry.topic,
      profile: profile!,
    })),
  );
  const groups = new Map<string, SeededSkill[]>();
  for (const skill of skills) {
    const key = `${skill.competence}/${skill.level}`;
    groups.set(key, [...(groups.get(key) ?? []), skill]);
  }
  for (const group of groups.values()) {
    const base = Math.floor(800 / group.length);
    group.forEach((skill, index) => (skill.pixHundredths = base + (index < 800 - base * group.length ? 1 : 0)));
  }
  return skills;
}

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
