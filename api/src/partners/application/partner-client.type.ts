import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PartnerClient as PartnerClientModel } from '../domain/models/partner-client.js';
import { PartnerScope, toScopes } from './enums.js';
import { NetworkRef, networkRef } from './references.type.js';

@ObjectType({ description: "A partner network's API client (OAuth 2.0 client credentials at POST /oauth/token)." })
export class PartnerClient {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The public half of the credentials (`client_id`).' })
  clientId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => NetworkRef)
  network!: NetworkRef;

  @Field(() => [String], { description: 'Regions it may read (with `departments`: a structure in either list). Both empty: the whole network.' })
  regions!: string[];

  @Field(() => [String])
  departments!: string[];

  @Field(() => [PartnerScope])
  scopes!: PartnerScope[];

  @Field(() => String, { nullable: true, description: 'Who to tell when a webhook endpoint keeps failing.' })
  contactEmail!: string | null;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When a token was last issued to it.' })
  lastUsedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'From which address.' })
  lastUsedIp!: string | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  static from(client: PartnerClientModel): PartnerClient {
    return Object.assign(new PartnerClient(), {
      id: client.id,
      clientId: client.clientId,
      name: client.name,
      network: networkRef(client.jurisdiction.networkId),
      regions: [...client.jurisdiction.regions],
      departments: [...client.jurisdiction.departments],
      scopes: toScopes(client.scopes),
      contactEmail: client.contactEmail,
      expiresAt: client.expiresAt,
      revokedAt: client.revokedAt,
      lastUsedAt: client.lastUsedAt,
      lastUsedIp: client.lastUsedIp,
      createdAt: client.createdAt,
    });
  }
}

@ObjectType({ description: 'A client with its secret: the only time the secret is shown (it is kept hashed).' })
export class PartnerClientWithSecret {
  @Field(() => PartnerClient)
  client!: PartnerClient;

  @Field(() => String, { description: 'The `client_secret`: store it now, it cannot be read again.' })
  clientSecret!: string;
}

@ObjectType({ description: 'The partner client making the request, as its token says.' })
export class PartnerViewer {
  @Field(() => PartnerClient)
  client!: PartnerClient;

  @Field(() => NetworkRef)
  network!: NetworkRef;

  @Field(() => [PartnerScope], { description: 'The scopes of this token (at most those of the client).' })
  scopes!: PartnerScope[];
}
