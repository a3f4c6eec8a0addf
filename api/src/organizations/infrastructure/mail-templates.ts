import type { OutgoingMail } from '../domain/mailer.js';
import type { OrganizationsMails } from '../domain/services.js';

/** French e-mails of the organisations context. Plain text first; the HTML repeats it, escaped. */

export function invitationMail(data: { to: string; organizationName: string; link: string; expiresAt: Date }): OutgoingMail {
  const text = [
    'Bonjour,',
    '',
    `Vous êtes invité(e) à rejoindre l'espace Orga de « ${data.organizationName} » sur Orga SPE.`,
    '',
    `Pour accepter l'invitation, ouvrez ce lien : ${data.link}`,
    `Il est valable jusqu'au ${formatDate(data.expiresAt)}.`,
    '',
    "Si vous n'attendiez pas cette invitation, ignorez ce message.",
    '',
    "L'équipe Orga SPE",
  ].join('\n');
  return { to: data.to, subject: `Invitation à rejoindre ${data.organizationName} sur Orga SPE`, text, html: toHtml(text), template: 'invitation' };
}

export function creationRequestApprovedMail(data: { to: string; organizationName: string; link: string }): OutgoingMail {
  const text = [
    'Bonjour,',
    '',
    `Votre demande de création de l'espace Orga « ${data.organizationName} » est acceptée.`,
    '',
    `Vous en êtes l'administrateur : pour y accéder, acceptez l'invitation en ouvrant ce lien : ${data.link}`,
    '',
    "L'équipe Orga SPE",
  ].join('\n');
  return { to: data.to, subject: `Votre espace Orga « ${data.organizationName} » est créé`, text, html: toHtml(text), template: 'creation-request-approved' };
}

export function creationRequestRejectedMail(data: { to: string; organizationName: string; reason: string; requestLink: string }): OutgoingMail {
  const text = [
    'Bonjour,',
    '',
    `Votre demande de création de l'espace Orga « ${data.organizationName} » n'a pas pu être acceptée.`,
    '',
    `Motif : ${data.reason}`,
    '',
    `Vous pouvez déposer une nouvelle demande une fois les éléments corrigés : ${data.requestLink}`,
    '',
    "L'équipe Orga SPE",
  ].join('\n');
  return { to: data.to, subject: `Votre demande d'espace Orga « ${data.organizationName} »`, text, html: toHtml(text), template: 'creation-request-rejected' };
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
}

function toHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
  return escaped
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph.replaceAll('\n', '<br>')}</p>`)
    .join('\n');
}

export function passwordResetMail(data: { to: string; firstName: string; link: string; ttlMinutes: number }): OutgoingMail {
  const text = [
    `Bonjour ${data.firstName},`,
    '',
    'Vous avez demandé à changer le mot de passe de votre compte Orga SPE.',
    '',
    `Pour choisir un nouveau mot de passe, ouvrez ce lien : ${data.link}`,
    `Il ne sert qu'une fois et reste valable ${data.ttlMinutes} minutes.`,
    '',
    "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
    '',
    "L'équipe Orga SPE",
  ].join('\n');
  return { to: data.to, subject: 'Changer votre mot de passe Orga SPE', text, html: toHtml(text), template: 'password-reset' };
}

export const organizationsMails: OrganizationsMails = {
  invitation: invitationMail,
  creationRequestApproved: creationRequestApprovedMail,
  creationRequestRejected: creationRequestRejectedMail,
  passwordReset: passwordResetMail,
};
