import { Migration } from '@mikro-orm/migrations';

/**
 * The certification context's tables: the Pix referential (areas, competences, skills) and the
 * knowledge elements; with the 5 areas and 16 competences of the guide's annex 1 (reference data
 * every environment needs). Skills come with the referential seed.
 */
export class Migration20261123080000_referential extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "certification"."areas" (
      "id" text not null,
      "code" varchar(8) not null,
      "title" varchar(255) not null,
      "color" varchar(32) null,
      constraint "areas_pkey" primary key ("id")
    );`);
    this.addSql(`alter table "certification"."areas" add constraint "areas_code_unique" unique ("code");`);

    this.addSql(`create table "certification"."competences" (
      "id" text not null,
      "area_id" text not null,
      "code" varchar(8) not null,
      "name" varchar(255) not null,
      "description" text not null,
      "sort_order" int not null,
      constraint "competences_pkey" primary key ("id")
    );`);
    this.addSql(`create index "competences_area_id_index" on "certification"."competences" ("area_id");`);
    this.addSql(`alter table "certification"."competences" add constraint "competences_code_unique" unique ("code");`);
    this.addSql(`alter table "certification"."competences" add constraint "competences_area_id_foreign" foreign key ("area_id") references "certification"."areas" ("id") on update cascade;`);

    this.addSql(`create table "certification"."skills" (
      "id" text not null,
      "competence_id" text not null,
      "name" varchar(255) not null,
      "level" smallint not null,
      "pix_value" numeric(6,2) not null,
      "topic" text null,
      constraint "skills_pkey" primary key ("id"),
      constraint "skills_level_check" check (level >= 1 and level <= 8)
    );`);
    this.addSql(`create index "skills_competence_id_index" on "certification"."skills" ("competence_id");`);
    this.addSql(`alter table "certification"."skills" add constraint "skills_competence_id_foreign" foreign key ("competence_id") references "certification"."competences" ("id") on update cascade;`);

    // Append-only by design: rows are inserted, never updated nor deleted; the latest element of a
    // skill supersedes the earlier ones. user_id and participation_id belong to other contexts
    // (organizations, campaigns): no foreign key across schemas, so each context can move alone.
    this.addSql(`create table "certification"."knowledge_elements" (
      "id" uuid not null,
      "user_id" uuid not null,
      "skill_id" text not null,
      "competence_id" text not null,
      "status" text check ("status" in ('VALIDATED', 'INVALIDATED')) not null,
      "earned_pix" numeric(6,2) not null default 0,
      "participation_id" uuid null,
      "created_at" timestamptz not null default now(),
      constraint "knowledge_elements_pkey" primary key ("id")
    );`);
    this.addSql(`create index "knowledge_elements_user_id_skill_id_created_at_index" on "certification"."knowledge_elements" ("user_id", "skill_id", "created_at" desc);`);
    this.addSql(`alter table "certification"."knowledge_elements" add constraint "knowledge_elements_skill_id_foreign" foreign key ("skill_id") references "certification"."skills" ("id") on update cascade;`);
    this.addSql(`alter table "certification"."knowledge_elements" add constraint "knowledge_elements_competence_id_foreign" foreign key ("competence_id") references "certification"."competences" ("id") on update cascade;`);

    for (const [code, title, color] of AREAS) {
      this.addSql(`insert into "certification"."areas" ("id", "code", "title", "color") values (${quote(code)}, ${quote(code)}, ${quote(title)}, ${quote(color)});`);
    }
    COMPETENCES.forEach(([code, name, description], index) => {
      const areaId = code.split('.')[0]!;
      this.addSql(
        `insert into "certification"."competences" ("id", "area_id", "code", "name", "description", "sort_order") values (${quote(code)}, ${quote(areaId)}, ${quote(code)}, ${quote(name)}, ${quote(description)}, ${index + 1});`,
      );
    });
  }
}

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Guide, annex 1 ("Domaine 1" … "Domaine 5"); colours as Pix names them. */
const AREAS: [code: string, title: string, color: string][] = [
  ['1', 'Informations et données', 'jaffa'],
  ['2', 'Communication et collaboration', 'emerald'],
  ['3', 'Création de contenu', 'cerulean'],
  ['4', 'Protection et sécurité', 'wild-strawberry'],
  ['5', 'Environnement numérique', 'butterfly-bush'],
];

/** Guide, annex 1: code, name and "Description générale", in referential order. */
const COMPETENCES: [code: string, name: string, description: string][] = [
  ['1.1', "Mener une recherche et une veille d'information", "Mener une recherche et une veille d'information pour répondre à un besoin d'information et se tenir au courant de l'actualité d'un sujet"],
  ['1.2', 'Gérer des données', "Stocker et organiser des données pour les retrouver, les conserver et en faciliter l'accès et la gestion"],
  ['1.3', 'Traiter des données', 'Appliquer des traitements à des données pour les analyser et les interpréter'],
  ['2.1', 'Interagir', "Interagir avec des individus et de petits groupes pour échanger dans divers contextes liés à la vie privée ou à une activité professionnelle, de façon ponctuelle et récurrente"],
  ['2.2', 'Partager et publier', 'Partager et publier des informations et des contenus pour communiquer ses propres productions ou opinions, relayer celles des autres en contexte de communication publique'],
  ['2.3', 'Collaborer', 'Collaborer dans un groupe pour réaliser un projet, co-produire des ressources, des connaissances, des données, et pour apprendre'],
  ['2.4', "S'insérer dans le monde numérique", "Maîtriser les stratégies et enjeux de la présence en ligne, et choisir ses pratiques pour se positionner en tant qu'acteur social, économique et citoyen dans le monde numérique, en lien avec ses règles, limites et potentialités, et en accord avec des valeurs et/ou pour répondre à des objectifs"],
  ['3.1', 'Développer des documents textuels', 'Produire des documents à contenu majoritairement textuel pour communiquer des idées, rendre compte et valoriser ses travaux'],
  ['3.2', 'Développer des documents multimédia', 'Développer des documents à contenu multimédia pour créer ses propres productions multimédia, enrichir ses créations majoritairement textuelles ou créer une oeuvre transformative (mashup, remix, ...)'],
  ['3.3', 'Adapter les documents à leur finalité', "Adapter des documents de tous types en fonction de l'usage envisagé et maîtriser l'usage des licences pour permettre, faciliter et encadrer l'utilisation dans divers contextes (mise à jour fréquente, diffusion multicanale, impression, mise en ligne, projection, etc.)"],
  ['3.4', 'Programmer', 'Ecrire des programmes et des algorithmes pour répondre à un besoin (automatiser une tâche répétitive, accomplir des tâches complexes ou chronophages, résoudre un problème logique, etc.) et pour développer un contenu riche (jeu, site web, etc.)'],
  ['4.1', "Sécuriser l'environnement numérique", 'Sécuriser les équipements, les communications et les données pour se prémunir contre les attaques, pièges, désagréments et incidents susceptibles de nuire au bon fonctionnement des matériels, logiciels, sites internet, et de compromettre les transactions et les données'],
  ['4.2', 'Protéger les données personnelles et la vie privée', 'Maîtriser ses traces et gérer les données personnelles pour protéger sa vie privée et celle des autres, et adopter une pratique éclairée'],
  ['4.3', "Protéger la santé, le bien-être et l'environnement", "Prévenir et limiter les risques générés par le numérique sur la santé, le bien-être et l'environnement mais aussi tirer parti de ses potentialités pour favoriser le développement personnel, le soin, l'inclusion dans la société et la qualité des conditions de vie, pour soi et pour les autres"],
  ['5.1', 'Résoudre des problèmes techniques', "Résoudre des problèmes techniques pour garantir et rétablir le bon fonctionnement d'un environnement informatique"],
  ['5.2', 'Construire un environnement numérique', "Installer, configurer et enrichir un environnement numérique (matériels, outils, services) pour disposer d'un cadre adapté aux activités menées, à leur contexte d'exercice ou à des valeurs"],
];
