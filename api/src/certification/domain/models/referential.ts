/**
 * The Pix referential (guide, annex 1): 5 areas ("domaines"), 16 competences (1.1 … 5.2) and the
 * skills ("acquis") assessed within each competence, each with a level from 1 to 8.
 */
export interface Area {
  id: string;
  /** '1' … '5'. */
  code: string;
  title: string;
  color: string | null;
}

export interface Competence {
  id: string;
  areaId: string;
  /** '1.1' … '5.2'. */
  code: string;
  name: string;
  /** The "Description générale" of the guide. */
  description: string;
  sortOrder: number;
}

export interface Skill {
  id: string;
  competenceId: string;
  /** Tube and level, e.g. '@rechercheInfo1'. */
  name: string;
  level: number;
  /** Pix earned when the skill is validated. */
  pixValue: number;
  topic: string | null;
}

/** Areas by code and competences in referential order (by code): small, read whole. */
export interface Referential {
  areas: Area[];
  competences: Competence[];
}

export function competencesOf(referential: Referential, areaId: string): Competence[] {
  return referential.competences.filter((competence) => competence.areaId === areaId);
}

export function areaOf(referential: Referential, competence: Pick<Competence, 'areaId'>): Area {
  const area = referential.areas.find((candidate) => candidate.id === competence.areaId);
  if (!area) throw new Error(`Competence of unknown area ${competence.areaId}`);
  return area;
}
