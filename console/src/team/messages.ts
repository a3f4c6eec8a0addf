import type { MessageTree } from '../i18n/fr';

const fr = {
  menu: 'Équipe',
  title: 'Équipe',
  titleWithName: 'Équipe – %{name}',
  heading: 'Mon équipe',
  membersCount: '%{smart_count} membre |||| %{smart_count} membres',
  archived: "Cette organisation est archivée : son équipe ne peut plus changer.",
  roles: {
    ADMIN: 'Administrateur',
    MEMBER: 'Membre',
    UNDECIDED: "Décidé à l'acceptation",
  },
  fields: {
    lastName: 'Nom',
    firstName: 'Prénom',
    email: 'Adresse e-mail',
    role: 'Rôle',
    actions: 'Actions',
  },
  actions: {
    add: 'Ajouter un membre',
    remove: 'Retirer',
    leave: "Quitter l'organisation",
    resend: 'Renvoyer',
    cancel: "Annuler l'invitation",
    changeRoleOf: 'Rôle de %{name}',
  },
  invitations: {
    heading: 'Invitations en attente',
    none: 'Aucune invitation en attente.',
    sentAt: 'Envoyée le',
    expiresAt: "Valable jusqu'au",
    expired: 'Expirée',
  },
  invite: {
    title: 'Inviter un membre',
    help: "Saisissez ici l'adresse e-mail du membre que vous souhaitez inviter. À la réception de l'e-mail, l'invité pourra choisir de se créer un compte ou de se connecter avec un compte existant.",
    emails: 'Adresses e-mail',
    emailsHelp: 'Plusieurs adresses à la fois : séparez-les par des virgules, des espaces ou des retours à la ligne.',
    roleHelp: "Sans choix, la personne sera membre (administrateur si l'organisation n'a encore personne).",
    submit: 'Inviter',
    empty: 'Saisissez au moins une adresse e-mail.',
    invalid: "Cette adresse n'est pas valide : %{emails} |||| Ces adresses ne sont pas valides : %{emails}",
  },
  confirm: {
    remove: { title: 'Retirer un membre', content: "Retirer %{name} de l'équipe ? Cette personne n'aura plus accès à l'espace de %{organization}." },
    leave: { title: "Quitter l'organisation", content: "Quitter %{organization} ? Vous n'aurez plus accès à son espace, sauf nouvelle invitation." },
    cancel: { title: "Annuler l'invitation", content: "Annuler l'invitation envoyée à %{email} ? Le lien reçu ne fonctionnera plus." },
  },
  notifications: {
    invited: 'Invitation envoyée |||| %{smart_count} invitations envoyées',
    resent: 'Invitation renvoyée',
    resendTooSoon: "Cette invitation vient d'être envoyée : vous pourrez la renvoyer dans %{minutes} min.",
    cancelled: 'Invitation annulée',
    roleChanged: 'Rôle modifié',
    removed: "Membre retiré de l'équipe",
    left: "Vous avez quitté l'organisation",
  },
};

const en: MessageTree<typeof fr> = {
  menu: 'Team',
  title: 'Team',
  titleWithName: 'Team – %{name}',
  heading: 'My team',
  membersCount: '%{smart_count} member |||| %{smart_count} members',
  archived: 'This organisation is archived: its team can no longer change.',
  roles: {
    ADMIN: 'Administrator',
    MEMBER: 'Member',
    UNDECIDED: 'Decided on acceptance',
  },
  fields: {
    lastName: 'Last name',
    firstName: 'First name',
    email: 'E-mail address',
    role: 'Role',
    actions: 'Actions',
  },
  actions: {
    add: 'Add a member',
    remove: 'Remove',
    leave: 'Leave the organisation',
    resend: 'Resend',
    cancel: 'Cancel the invitation',
    changeRoleOf: 'Role of %{name}',
  },
  invitations: {
    heading: 'Pending invitations',
    none: 'No pending invitation.',
    sentAt: 'Sent on',
    expiresAt: 'Valid until',
    expired: 'Expired',
  },
  invite: {
    title: 'Invite a member',
    help: 'Enter the e-mail address of the member you want to invite. On receiving the e-mail, they can create an account or sign in with an existing one.',
    emails: 'E-mail addresses',
    emailsHelp: 'Several addresses at once: separate them with commas, spaces or new lines.',
    roleHelp: 'Without a choice, the person becomes a member (administrator if the organisation has nobody yet).',
    submit: 'Invite',
    empty: 'Enter at least one e-mail address.',
    invalid: 'This address is not valid: %{emails} |||| These addresses are not valid: %{emails}',
  },
  confirm: {
    remove: { title: 'Remove a member', content: "Remove %{name} from the team? They will no longer reach %{organization}'s space." },
    leave: { title: 'Leave the organisation', content: "Leave %{organization}? You will no longer reach its space, unless invited again." },
    cancel: { title: 'Cancel the invitation', content: 'Cancel the invitation sent to %{email}? The link they received will stop working.' },
  },
  notifications: {
    invited: 'Invitation sent |||| %{smart_count} invitations sent',
    resent: 'Invitation sent again',
    resendTooSoon: 'This invitation was just sent: you can send it again in %{minutes} min.',
    cancelled: 'Invitation cancelled',
    roleChanged: 'Role changed',
    removed: 'Member removed from the team',
    left: 'You left the organisation',
  },
};

/** `orga.team.*`: Équipe (guide p.51-52). */
export const teamMessages = { fr, en };
