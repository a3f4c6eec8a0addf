import { describe, expect, it } from 'vitest';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { mergeTranslations } from 'react-admin';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';

// The dates are written in the browser's time zone: the advisors' one here.
(globalThis as unknown as { process: { env: Record<string, string> } }).process.env.TZ = 'Europe/Paris';
const providers = {
  fr: polyglotI18nProvider(() => mergeTranslations(frenchMessages, fr), 'fr'),
  en: polyglotI18nProvider(() => mergeTranslations(englishMessages, en), 'en'),
};
import { auditSentence, type AuditEntryRecord } from './auditSentence';

const base: AuditEntryRecord = {
  id: 'e1',
  action: 'CREATION_REQUEST_APPROVED',
  actorRole: 'SUPPORT',
  targetType: 'OrganizationCreationRequest',
  targetId: '5b1c2d6e-0000-4000-8000-000000000001',
  targetLabel: 'Mission Locale de Lyon',
  changedFields: ['status'],
  before: null,
  after: null,
  // 10:42 in Paris on 1 December 2026 (UTC+1).
  createdAt: '2026-12-01T09:42:00.000Z',
  actor: { id: 'a1', firstName: 'Camille', lastName: 'Martin', email: 'camille.martin@example.org' },
  organization: { id: 'o1', name: 'Mission Locale de Lyon' },
  person: { id: 'u1', firstName: 'Inès', lastName: 'Garnier', email: 'ines.garnier@example.org' },
};

async function sentence(entry: Partial<AuditEntryRecord>, locale: 'fr' | 'en' = 'fr') {
  return auditSentence({ ...base, ...entry }, providers[locale].translate, locale);
}

describe('an audit entry as a sentence', () => {
  it('says who did what to which organisation, when, in French', async () => {
    expect(await sentence({})).toBe("Camille Martin (support) a approuvé la demande d'espace de « Mission Locale de Lyon » le 1 décembre 2026 à 10:42");
  });

  it('in English too', async () => {
    expect(await sentence({}, 'en')).toBe('Camille Martin (support) approved the space request of “Mission Locale de Lyon” on 1 December 2026 at 10:42');
  });

  it('names the fields an update changed, with their French labels', async () => {
    expect(await sentence({ action: 'ORGANIZATION_UPDATED', actorRole: 'SUPER_ADMIN', targetType: 'Organization', changedFields: ['name', 'city'], organization: { id: 'o1', name: 'Cap emploi Loire' } })).toBe(
      "Camille Martin (super administrateur) a modifié l'organisation « Cap emploi Loire » (Nom, Ville) le 1 décembre 2026 à 10:42",
    );
  });

  it('tells a team change: the person, the organisation, the roles', async () => {
    expect(await sentence({ action: 'MEMBERSHIP_ROLE_CHANGED', targetType: 'Membership', before: { role: 'MEMBER' }, after: { role: 'ADMIN' } })).toBe(
      'Camille Martin (support) a changé le rôle de Inès Garnier dans « Mission Locale de Lyon » : Membre → Administrateur le 1 décembre 2026 à 10:42',
    );
    expect(await sentence({ action: 'MEMBERS_INVITED', targetType: 'Organization', after: { emails: ['a@ml.fr', 'b@ml.fr'], role: null } })).toBe(
      "Camille Martin (support) a invité a@ml.fr, b@ml.fr dans l'équipe de « Mission Locale de Lyon » le 1 décembre 2026 à 10:42",
    );
    expect(await sentence({ action: 'MEMBERS_INVITED', targetType: 'Organization', after: { emails: ['a@ml.fr'], role: 'ADMIN' } })).toContain('comme administrateur');
  });

  it('tells a support role given and taken away', async () => {
    expect(await sentence({ action: 'SUPPORT_ROLE_CHANGED', actorRole: 'SUPER_ADMIN', targetType: 'User', organization: null, after: { supportRole: 'CERTIF' } })).toBe(
      'Camille Martin (super administrateur) a donné le rôle support « certification » à Inès Garnier le 1 décembre 2026 à 10:42',
    );
    expect(await sentence({ action: 'SUPPORT_ROLE_CHANGED', actorRole: 'SUPER_ADMIN', targetType: 'User', after: { supportRole: null } })).toContain('a retiré son rôle support à Inès Garnier');
  });

  it('still makes a sentence of an action it does not know, and of missing names', async () => {
    expect(await sentence({ action: 'SOMETHING_NEW', targetType: 'Thing', targetId: 't1', actor: null })).toBe('un agent (support) : action SOMETHING_NEW sur la fiche Thing t1 le 1 décembre 2026 à 10:42');
  });
});
