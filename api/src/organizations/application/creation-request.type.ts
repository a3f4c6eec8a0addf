import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { CreationRequestStatus, OrganizationType } from './enums.js';
import { Connection } from '../../shared/graphql/connection.js';
import type { CreationRequest } from '../domain/models/creation-request.js';
import { AddressFields } from './address.type.js';

@ObjectType('OrganizationCreationRequest', { description: 'A request for an Orga space, processed by support (guide p.50).' })
export class OrganizationCreationRequest extends AddressFields {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field(() => String)
  siret!: string;

  @Field(() => String, { description: "Name of the structure's director who gave the mandate." })
  directorName!: string;

  @Field(() => String, { description: "The requester's statement of the director's mandate." })
  mandateStatement!: string;

  @Field(() => CreationRequestStatus)
  status!: CreationRequestStatus;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  processedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Set only in User.organizationCreationRequests (the requester's own): once approved, the console path that joins the new space (the invitation sent on approval) while that invitation is pending and unexpired; null everywhere else.",
  })
  joinPath!: string | null;

  requesterId!: string;
  networkId!: string | null;
  organizationId!: string | null;

  static from(request: CreationRequest & { joinPath?: string | null }): OrganizationCreationRequest {
    const { address, ...fields } = request;
    return Object.assign(new OrganizationCreationRequest(), { joinPath: null }, fields, address);
  }
}

@ObjectType()
export class OrganizationCreationRequestConnection extends Connection(OrganizationCreationRequest, 'OrganizationCreationRequest') {}
