export enum MembershipRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

export interface Membership {
  id: string;
  organizationId: string;
  userId: string;
  role: MembershipRole;
  createdAt: Date;
  updatedAt: Date;
  disabledAt: Date | null;
}

/** A team member as the team list shows them: the membership with the person's name. */
export interface Member extends Membership {
  firstName: string;
  lastName: string;
  email: string;
}
