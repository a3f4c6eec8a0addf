import type { MessageTree } from '../i18n/fr';

const fr = {
  title: 'Invitation à rejoindre une organisation',
  invitedTo: "Vous êtes invité(e) à rejoindre l'espace Orga de :",
  sentTo: 'Invitation envoyée à %{email}',
  notFound: "Ce lien d'invitation n'est pas valable. Vérifiez que vous avez copié le lien complet reçu par e-mail.",
  toConsole: "Aller à l'accueil de la console",
  signedInAs: 'Vous êtes connecté(e) en tant que %{name} (%{email}).',
  accept: "Accepter l'invitation",
  notMe: "Ce n'est pas moi : se déconnecter",
  otherAccount: "Cette invitation a été envoyée à %{email} : connectez-vous avec ce compte pour l'accepter.",
  switchAccount: 'Me connecter avec un autre compte',
  signIn: {
    tab: 'Je me connecte',
    heading: 'Déjà utilisateur ?',
    help: 'Vous avez déjà un compte ? Utilisez-le pour rejoindre cette organisation.',
    submit: 'Je me connecte',
  },
  signUp: {
    tab: 'Je crée mon compte',
    heading: 'Créer un compte',
    firstName: 'Prénom',
    lastName: 'Nom',
    passwordHelp: 'Au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.',
    terms: "J'accepte les",
    termsLink: "conditions générales d'utilisation",
    submit: 'Je crée mon compte',
    invalid: 'Vérifiez le formulaire : tous les champs sont obligatoires et le mot de passe doit compter au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.',
  },
};

const en: MessageTree<typeof fr> = {
  title: 'Invitation to join an organisation',
  invitedTo: 'You are invited to join the Orga space of:',
  sentTo: 'Invitation sent to %{email}',
  notFound: 'This invitation link is not valid. Check that you copied the whole link received by e-mail.',
  toConsole: 'Go to the console home page',
  signedInAs: 'You are signed in as %{name} (%{email}).',
  accept: 'Accept the invitation',
  notMe: 'Not me: sign out',
  otherAccount: 'This invitation was sent to %{email}: sign in with that account to accept it.',
  switchAccount: 'Sign in with another account',
  signIn: {
    tab: 'Sign in',
    heading: 'Already a user?',
    help: 'You already have an account? Use it to join this organisation.',
    submit: 'Sign in',
  },
  signUp: {
    tab: 'Create my account',
    heading: 'Create an account',
    firstName: 'First name',
    lastName: 'Last name',
    passwordHelp: 'At least 8 characters, with an upper-case letter, a lower-case letter and a digit.',
    terms: 'I accept the',
    termsLink: 'terms of service',
    submit: 'Create my account',
    invalid: 'Check the form: every field is required and the password needs at least 8 characters, with an upper-case letter, a lower-case letter and a digit.',
  },
};

/** `orga.invitation.*`: the public invitation page (guide p.51-52). */
export const invitationMessages = { fr, en };
