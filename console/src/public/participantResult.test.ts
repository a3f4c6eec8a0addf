import { describe, expect, it } from 'vitest';
import { bandMessage, competenceRows, formatDate, formatPercent, progressValue } from './participantResult';


describe("the participant's result, as the landing page writes it", () => {
  it('writes every rate one way per language: "76 %" in French (a no-break space), "76%" in English', () => {
    expect(formatPercent(0.76, 'fr')).toMatch(/^76[\u00a0\u202f]%$/);
    expect(formatPercent(0.76)).toMatch(/^76[\u00a0\u202f]%$/);
    expect(formatPercent(0.76, 'en')).toBe('76%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(0.655, 'fr')).toMatch(/^66[\u00a0\u202f]%$/);
  });

  it('writes dates in the page language, with the time when asked', () => {
    const iso = '2026-11-12T09:30:00.000Z';
    expect(formatDate(iso, 'fr')).toMatch(/^1[12] novembre 2026$/);
    expect(formatDate(iso, 'en')).toMatch(/^1[12] November 2026$/);
    expect(formatDate(iso, 'fr', { withTime: true })).toMatch(/novembre 2026.*\d{2}:\d{2}/);
  });

  it("gives the guide's band message in French from the API, in English from the console, and says when it stays French", () => {
    const band = { key: 'CLEA_ABOVE_85', message: "Vous maîtrisez l'essentiel, et êtes capable d'utiliser le numérique en autonomie en milieu professionnel !" };
    expect(bandMessage(band, 'fr')).toEqual({ text: band.message, lang: 'fr' });
    expect(bandMessage(band, 'en')).toEqual({ text: 'You master the essentials, and you can use digital tools independently at work!', lang: 'en' });
    expect(bandMessage({ key: 'A_NEW_BAND', message: 'Un nouveau message' }, 'en')).toEqual({ text: 'Un nouveau message', lang: 'fr' });
  });

  it('lists the competences tested in the referential order with their names, never an id', () => {
    const referential = [
      { id: 'c11', code: '1.1', name: 'Mener une recherche et une veille d’information' },
      { id: 'c21', code: '2.1', name: 'Interagir' },
      { id: 'c31', code: '3.1', name: 'Développer des documents textuels' },
    ];
    const results = [
      { competenceId: 'c31', masteryRate: 0.6 },
      { competenceId: 'gone', masteryRate: 0.1 },
      { competenceId: 'c11', masteryRate: 0.5 },
    ];
    expect(competenceRows(results, referential, { locale: 'en', unknownName: 'Other competence' })).toEqual([
      { competenceId: 'c11', code: '1.1', name: 'Mener une recherche et une veille d’information', percent: '50%' },
      { competenceId: 'c31', code: '3.1', name: 'Développer des documents textuels', percent: '60%' },
      { competenceId: 'gone', code: null, name: 'Other competence', percent: '10%' },
    ]);
  });

  it('turns progress into whole steps of a bar, and nothing when it cannot be measured', () => {
    expect(progressValue(0.404)).toBe(40);
    expect(progressValue(1)).toBe(100);
    expect(progressValue(1.2)).toBe(100);
    expect(progressValue(null)).toBeNull();
    expect(progressValue(undefined)).toBeNull();
  });
});
