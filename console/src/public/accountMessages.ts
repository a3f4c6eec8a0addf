import type { MessageTree } from '../i18n/fr';

/**
 * `orga.account.*`: the public pages around an account (forgotten password, new password, the
 * sign-up forms' field errors) and `orga.codeEntry.*`, the page where a code parcours is typed.
 */
const accountFr = {
  forgotLink: 'Mot de passe oublié ?',
  forgot: {
    title: 'Mot de passe oublié',
    intro: 'Indiquez l’adresse e-mail de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de passe.',
    submit: 'Recevoir le lien',
    sent: 'Si un compte existe pour cette adresse, un e-mail vient d’être envoyé. Ouvrez le lien qu’il contient dans l’heure ; pensez à regarder dans les courriers indésirables.',
    back: 'Retour à la connexion',
  },
  reset: {
    title: 'Choisir un nouveau mot de passe',
    intro: 'Ce mot de passe servira pour votre compte Orga SPE, que vous soyez conseiller ou participant.',
    password: 'Nouveau mot de passe',
    confirm: 'Confirmez le nouveau mot de passe',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    submit: 'Enregistrer le mot de passe',
    done: 'Votre mot de passe est changé. Vous avez été déconnecté de tous vos appareils : connectez-vous avec le nouveau mot de passe.',
    toLogin: 'Se connecter',
    askAgain: 'Demander un nouveau lien',
  },
  rules: {
    intro: 'Le mot de passe doit contenir :',
    minLength: 'au moins 8 caractères',
    lowercase: 'une lettre minuscule',
    uppercase: 'une lettre majuscule',
    digit: 'un chiffre',
    maxLength: 'au plus 200 caractères',
    missing: 'Il manque au mot de passe : %{rules}.',
  },
  fields: {
    emailInvalid: 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).',
    emailTaken: 'Un compte existe déjà avec cette adresse : connectez-vous, ou utilisez « Mot de passe oublié ? ».',
    required: 'Ce champ est obligatoire.',
    terms: 'Acceptez les conditions générales d’utilisation pour créer votre compte.',
  },
  termsLink: 'Lire les conditions générales d’utilisation',
};

const accountEn: MessageTree<typeof accountFr> = {
  forgotLink: 'Forgot your password?',
  forgot: {
    title: 'Forgotten password',
    intro: 'Enter the e-mail address of your account: we send you a link to choose a new password.',
    submit: 'Send me the link',
    sent: 'If an account exists for this address, an e-mail has just been sent. Open its link within the hour; check your spam folder too.',
    back: 'Back to sign-in',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'This password is for your Orga SPE account, whether you are an advisor or a participant.',
    password: 'New password',
    confirm: 'Confirm the new password',
    mismatch: 'The two passwords differ.',
    submit: 'Save the password',
    done: 'Your password is changed. You have been signed out of all your devices: sign in with the new password.',
    toLogin: 'Sign in',
    askAgain: 'Ask for a new link',
  },
  rules: {
    intro: 'The password must contain:',
    minLength: 'at least 8 characters',
    lowercase: 'a lower-case letter',
    uppercase: 'an upper-case letter',
    digit: 'a digit',
    maxLength: 'at most 200 characters',
    missing: 'The password lacks: %{rules}.',
  },
  fields: {
    emailInvalid: 'This e-mail address is not valid (example: first.last@example.com).',
    emailTaken: 'An account already uses this address: sign in, or use "Forgot your password?".',
    required: 'This field is required.',
    terms: 'Accept the terms of service to create your account.',
  },
  termsLink: 'Read the terms of service',
};

const codeEntryFr = {
  title: 'Saisissez votre code parcours',
  intro: 'Votre conseiller vous a remis un code parcours (par exemple JEUNES287) : saisissez-le pour commencer.',
  label: 'Code parcours',
  help: 'Majuscules ou minuscules, avec ou sans espaces : peu importe.',
  submit: 'Accéder au parcours',
  empty: 'Saisissez le code parcours transmis par votre conseiller.',
  unknown: 'Le code « %{code} » ne correspond à aucun parcours. Vérifiez-le (un code compte 9 caractères, lettres et chiffres) ou demandez-le à votre conseiller.',
};

const codeEntryEn: MessageTree<typeof codeEntryFr> = {
  title: 'Enter your code',
  intro: 'Your advisor gave you a code (for instance JEUNES287): enter it to start.',
  label: 'Code',
  help: 'Upper or lower case, with or without spaces: it does not matter.',
  submit: 'Go to the assessment',
  empty: 'Enter the code your advisor gave you.',
  unknown: 'The code "%{code}" matches no assessment. Check it (a code has 9 characters, letters and digits) or ask your advisor.',
};

export const accountMessages = {
  fr: { account: accountFr, codeEntry: codeEntryFr },
  en: { account: accountEn, codeEntry: codeEntryEn },
};
