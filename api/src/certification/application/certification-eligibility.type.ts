import { Field, Int, ObjectType } from 'type-graphql';
import type { CertificationEligibility as EligibilityModel, ComplementaryEligibility } from '../domain/read-models/certification-eligibility.js';
import type { CompetenceScore } from '../domain/read-models/profile.js';
import { Competence } from './competence.type.js';

@ObjectType({ description: 'A competence that counts towards certification (level 1 or more).' })
export class CertifiableCompetence {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => Int)
  level!: number;

  @Field(() => Int)
  pixScore!: number;

  static from(score: CompetenceScore): CertifiableCompetence {
    return Object.assign(new CertifiableCompetence(), { competence: Competence.from(score.competence), level: score.level, pixScore: score.pixScore });
  }
}

@ObjectType({ description: 'A certification taken with Pix, open to the holders of a badge.' })
export class ComplementaryCertificationEligibility {
  @Field(() => String, { description: "Stable key: 'CLEA_NUMERIQUE'." })
  key!: string;

  @Field(() => String, { description: "'CléA numérique'." })
  label!: string;

  @Field(() => Boolean, { description: 'CléA numérique: holds the "Pix emploi – Prêt pour le CléA numérique !" badge, from the latest knowledge elements.' })
  isEligible!: boolean;

  static from(complementary: ComplementaryEligibility): ComplementaryCertificationEligibility {
    return Object.assign(new ComplementaryCertificationEligibility(), complementary);
  }
}

@ObjectType({ description: 'Whether a person may take the Pix certification (at least 5 competences at level 1), and why.' })
export class CertificationEligibility {
  @Field(() => Boolean)
  isCertifiable!: boolean;

  @Field(() => Int, { description: 'Competences at level 1 or more.' })
  certifiableCompetencesCount!: number;

  @Field(() => Int, { description: 'Competences at level 1 or more needed: 5.' })
  requiredCompetencesCount!: number;

  @Field(() => Int, { description: 'How many more competences must reach level 1 (0 once certifiable).' })
  missingCompetencesCount!: number;

  @Field(() => [CertifiableCompetence], { description: 'The competences that count, in referential order.' })
  competences!: CertifiableCompetence[];

  @Field(() => [ComplementaryCertificationEligibility])
  complementary!: ComplementaryCertificationEligibility[];

  static from(eligibility: EligibilityModel): CertificationEligibility {
    return Object.assign(new CertificationEligibility(), {
      isCertifiable: eligibility.isCertifiable,
      certifiableCompetencesCount: eligibility.certifiableCompetencesCount,
      requiredCompetencesCount: eligibility.requiredCompetencesCount,
      missingCompetencesCount: eligibility.missingCompetencesCount,
      competences: eligibility.competences.map(CertifiableCompetence.from),
      complementary: eligibility.complementary.map(ComplementaryCertificationEligibility.from),
    });
  }
}
