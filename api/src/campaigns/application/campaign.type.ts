import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Connection } from '../../shared/graphql/connection.js';
import { CampaignType, ExternalIdType } from './enums.js';
import type { Campaign as CampaignModel } from '../domain/models/campaign.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A campaign: a code sent to beneficiaries to take a Pix emploi test (guide p.53).' })
export class Campaign {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Internal name, seen by the team only.' })
  name!: string;

  @Field(() => String, { description: '9 characters, e.g. TUMYUZ238.' })
  code!: string;

  @Field(() => CampaignType)
  type!: CampaignType;

  @Field(() => String, { nullable: true, description: 'Shown to participants (≤ 50).' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'As written: markdown subset (*italic*, **bold**, blank line = paragraph).' })
  welcomeText!: string | null;

  @Field(() => String, { nullable: true, description: 'Identifier asked of participants, e.g. "Identifiant France Travail".' })
  externalIdLabel!: string | null;

  @Field(() => ExternalIdType, { nullable: true })
  externalIdType!: ExternalIdType | null;

  @Field(() => Boolean)
  multipleSendings!: boolean;

  @Field(() => ID, { nullable: true })
  targetProfileId!: string | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Boolean)
  isArchived!: boolean;

  organizationId!: string;
  ownerId!: string;
  creatorId!: string;

  static from(campaign: CampaignModel): Campaign {
    return Object.assign(new Campaign(), { ...campaign, isArchived: campaign.archivedAt !== null });
  }
}

@ObjectType()
export class CampaignConnection extends Connection(Campaign, 'Campaign') {}

@ObjectType({ description: "The guide's message for a participant's own shared result (guide p.23-24): what they read, never the advisor's advice." })
export class ParticipantResultBand {
  @Field(() => String, { description: 'The band, e.g. CLEA_ABOVE_85 (the same keys as Campaign.resultBands).' })
  key!: string;

  @Field(() => String, { description: 'In French, as the guide words it.' })
  message!: string;
}

@ObjectType({ description: 'Public: what the landing page shows before starting.' })
export class CampaignToJoin {
  @Field(() => String)
  code!: string;

  @Field(() => CampaignType)
  type!: CampaignType;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  welcomeText!: string | null;

  @Field(() => String, { nullable: true, description: 'The welcome text rendered as safe HTML (no raw HTML, scripts or links).' })
  welcomeTextHtml!: string | null;

  @Field(() => String, { nullable: true })
  externalIdLabel!: string | null;

  @Field(() => ExternalIdType, { nullable: true })
  externalIdType!: ExternalIdType | null;

  @Field(() => String)
  organizationName!: string;

  @Field(() => Boolean, { description: 'False when the campaign or its organisation is archived.' })
  isJoinable!: boolean;

  @Field(() => Boolean)
  isArchived!: boolean;

  @Field(() => Boolean, {
    description: 'Signed-in participant, shared participation, multiple sendings, the retry delay passed and something left to improve (false after a 100 % mastery, NOTHING_TO_IMPROVE): "Je retente" (retryParticipation) would work now.',
  })
  canRetry!: boolean;

  @Field(() => Boolean, { description: '"Remettre à zéro" (resetParticipation) would work now: as canRetry, and the target profile allows it.' })
  canReset!: boolean;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'When "Je retente" becomes (or became) possible after the shared participation; null when signed out, not shared, without multiple sendings or with nothing left to improve.',
  })
  retryAvailableAt!: Date | null;

  @Field(() => ID, { description: 'What retryParticipation and resetParticipation take (the code is already public).' })
  campaignId!: string;

  /** Not a field: the campaign the retry options are computed from. */
  campaign!: CampaignModel;
}
