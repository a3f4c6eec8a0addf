import { Field, ID, InputType } from 'type-graphql';
import { IsNotEmpty, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { OrganizationType } from './enums.js';
import { NotNullWhenGiven } from '../../shared/graphql/input-guard.js';
import { AddressInput } from './address.input.js';

/**
 * What creating and updating share: every field but the name and the type, all optional (the
 * address's among them).
 * type-graphql gives its fields to the classes below; no argument takes it, so the schema leaves
 * it out.
 */
@InputType()
abstract class OrganizationDetailsInput extends AddressInput {
  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One level only (e.g. a France Travail regional direction over its agencies).' })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(20)
  siret?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2048)
  documentationUrl?: string | null;

  @Field(() => Boolean, { nullable: true })
  isCertificationCenter?: boolean | null;
}

@InputType({ description: 'Fields of an organisation; SIRET is checked (14 digits, Luhn key).' })
export class CreateOrganizationInput extends OrganizationDetailsInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @Field(() => OrganizationType)
  type!: OrganizationType;
}

@InputType({ description: 'Only the fields given change.' })
@NotNullWhenGiven<UpdateOrganizationInput>('name', 'type', 'isCertificationCenter', 'documentationUrl')
export class UpdateOrganizationInput extends OrganizationDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(255)
  name?: string;

  @Field(() => OrganizationType, { nullable: true })
  type?: OrganizationType;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  @MaxLength(255)
  name?: string | null;

  @Field(() => OrganizationType, { nullable: true })
  type?: OrganizationType | null;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  externalId?: string | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: archived only; false: active only; absent: both.' })
  archived?: boolean | null;
}

@InputType()
export class RequestOrganizationCreationInput extends AddressInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(20)
  siret!: string;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(255)
  directorName!: string;

  @Field(() => String, { description: "e.g. \"Je certifie agir avec le mandat du directeur de la structure.\"" })
  @IsNotEmpty()
  @MaxLength(2000)
  mandateStatement!: string;
}
