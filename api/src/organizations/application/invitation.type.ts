import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { InvitationStatus, MembershipRole } from './enums.js';
import { isExpired, type Invitation as InvitationModel } from '../domain/models/invitation.js';
import type { InvitationPreview as InvitationPreviewModel } from '../domain/usecases/get-invitation-preview.usecase.js';

@ObjectType({ description: 'An invitation to join a team. Its code is only in the e-mail, never here.' })
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => MembershipRole, { nullable: true, description: 'Null: decided at acceptance (ADMIN for the first member, else MEMBER).' })
  role!: MembershipRole | null;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => Boolean)
  isExpired!: boolean;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'Last sent (a resend refreshes it).' })
  updatedAt!: Date;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;

  organizationId!: string;

  static from(invitation: InvitationModel, now = new Date()): Invitation {
    return Object.assign(new Invitation(), {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      isExpired: isExpired(invitation, now),
      createdAt: invitation.createdAt,
      updatedAt: invitation.updatedAt,
      expiresAt: invitation.expiresAt,
      organizationId: invitation.organizationId,
    });
  }
}

@ObjectType({ description: 'What the invitation link shows before signing in.' })
export class InvitationPreview {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => String, { description: 'The invited address, masked (`j***@exemple.fr`): only that account may accept.' })
  maskedEmail!: string;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;

  @Field(() => Boolean)
  isExpired!: boolean;

  static from(preview: InvitationPreviewModel): InvitationPreview {
    return Object.assign(new InvitationPreview(), preview);
  }
}
