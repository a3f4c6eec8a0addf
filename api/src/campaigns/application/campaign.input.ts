import { Field, ID, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { CampaignStatus, CampaignType, ExternalIdType } from './enums.js';
import { NotNullWhenGiven } from '../../shared/graphql/input-guard.js';

/** Lengths are checked after trimming, in the use case (guide limits: 255, 50, 5000, 255). */
@InputType()
export class CreateCampaignInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => CampaignType)
  type!: CampaignType;

  @Field(() => String)
  @MaxLength(1000)
  name!: string;

  @Field(() => ID, { nullable: true, description: '"Que souhaitez-vous tester ?": required for ASSESSMENT.' })
  targetProfileId?: string | null;

  @Field(() => String, { nullable: true, description: '"Titre du parcours" (ASSESSMENT only).' })
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: '"Texte de la page d\'accueil".' })
  @MaxLength(20000)
  welcomeText?: string | null;

  @Field(() => String, { nullable: true, description: '"Souhaitez-vous demander un identifiant ?": its label.' })
  @MaxLength(1000)
  externalIdLabel?: string | null;

  @Field(() => ExternalIdType, { nullable: true, description: 'STRING by default when a label is given.' })
  externalIdType?: ExternalIdType | null;

  @Field(() => Boolean, { nullable: true })
  multipleSendings?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A member of the organisation; the creator by default.' })
  ownerId?: string | null;
}

@InputType({ description: 'Only the fields given change; null clears an optional field.' })
@NotNullWhenGiven<UpdateCampaignInput>('name', 'multipleSendings', 'ownerId')
export class UpdateCampaignInput {
  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(20000)
  welcomeText?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  externalIdLabel?: string | null;

  @Field(() => ExternalIdType, { nullable: true })
  externalIdType?: ExternalIdType | null;

  @Field(() => Boolean, { nullable: true })
  multipleSendings?: boolean | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CampaignFilter {
  @Field(() => CampaignStatus, { nullable: true, description: 'ACTIVE (default tab) or ARCHIVED; absent: both.' })
  status?: CampaignStatus | null;

  @Field(() => String, { nullable: true })
  @MaxLength(255)
  name?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '"Mes campagnes": those you own.' })
  mine?: boolean | null;
}
