import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { OrganizationType } from './enums.js';
import { Connection } from '../../shared/graphql/connection.js';
import type { Organization as OrganizationModel } from '../domain/models/organization.js';
import { AddressFields } from './address.type.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: "An SPE structure's Orga space." })
export class Organization extends AddressFields {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field(() => String, { nullable: true, description: 'Structure code in the network (e.g. the Mission Locale code).' })
  externalId!: string | null;

  @Field(() => String, { nullable: true })
  siret!: string | null;

  @Field(() => String)
  documentationUrl!: string;

  @Field(() => Boolean)
  isCertificationCenter!: boolean;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Boolean)
  isArchived!: boolean;

  networkId!: string | null;
  parentId!: string | null;

  static from(organization: OrganizationModel): Organization {
    const { address, ...fields } = organization;
    return Object.assign(new Organization(), { ...fields, ...address, isArchived: organization.archivedAt !== null });
  }
}

@ObjectType()
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
