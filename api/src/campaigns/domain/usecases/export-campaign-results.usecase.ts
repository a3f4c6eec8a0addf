import type { CampaignAccessLookup } from '../campaign-access.js';
import { type Campaign, CampaignType } from '../models/campaign.js';
import { ParticipationStatus } from '../models/participation.js';
import { participationProgress } from '../models/progress.js';
import { type AreaMasteryResult, type CompetenceLevelResult, type CompetenceMasteryResult, isCompetenceLevel, isCompetenceMastery } from '../models/results-snapshot.js';
import type { ExportedArea, ExportedCompetence } from '../services.js';
import type { ExportedParticipation } from '../repositories.js';
import type { ResultsExportDependencies } from '../dependencies.js';

/** What an unshared row shows in every result column (consent: nothing before sharing). */
export const NOT_AVAILABLE = 'NA';
/**
 * Participations read per fetch of the cursor: memory stays flat whatever the campaign's size. A
 * batch small enough that its rows (parsed snapshots, records, the CSV text) die young in the
 * garbage collector's nursery instead of piling up in the old generation (in process, over
 * 100,000 rows: 1,000 a batch grew the heap by about 55 MB, 250 by about 42 MB; README, "CSV").
 */
export const EXPORT_BATCH_SIZE = 250;

export interface CampaignResultsExport {
  campaign: Pick<Campaign, 'id' | 'code'>;
  /**
   * The header (a batch of one), then one row per person by last name, first name, a batch of
   * rows per database read: one step of the stream a batch, not a row. Read lazily.
   */
  records: AsyncGenerator<string[][]>;
  /** Releases the database cursor even when `records` was never consumed. */
  close(): Promise<void>;
}

/**
 * The CSV export of a campaign's results (PRODUCT.md "Participations and results", guide p.69-74,
 * Pix Orga's columns): readable by whoever may read the campaign. Checks access and reads the
 * campaign's frame (organisation, target profile, referential) at once, so that a refusal comes
 * before anything is sent; the rows are read batch by batch only as the caller consumes them.
 */
export async function exportCampaignResults(
  { accessTo, campaignId, signal }: { accessTo: CampaignAccessLookup; campaignId: string; signal?: AbortSignal },
  deps: ResultsExportDependencies,
): Promise<CampaignResultsExport> {
  const campaign = await deps.campaigns.get(campaignId);
  (await accessTo(campaign.organizationId)).assertCanRead();

  const [organizationName, referential, targetProfile] = await Promise.all([
    deps.organizations.getName(campaign.organizationId),
    deps.certification.getReferential(),
    campaign.type === CampaignType.ASSESSMENT && campaign.targetProfileId ? deps.certification.findTargetProfile(campaign.targetProfileId) : null,
  ]);
  const skillIds = targetProfile?.skills.map((skill) => skill.skillId) ?? [];
  const columns = [
    ...identityColumns(campaign, organizationName, targetProfile?.name ?? null),
    ...(campaign.type === CampaignType.ASSESSMENT
      ? assessmentColumns({
          badges: targetProfile?.badges ?? [],
          competences: referential.competences.filter((competence) => targetProfile?.skills.some((skill) => skill.competenceId === competence.id)),
          areas: referential.areas.filter((area) => targetProfile?.skills.some((skill) => skill.areaId === area.id)),
        })
      : profilesCollectionColumns(referential.competences, deps.certification.minCertifiableLevel)),
  ];

  const batches = deps.participations.readCurrentInBatches(campaign.id, { batchSize: deps.batchSize, signal })[Symbol.asyncIterator]();
  // The cursor opens now: when no export connection is free, the caller hears it before any byte.
  const first = await batches.next();

  const noTests = new Map<string, number>();

  async function* records(): AsyncGenerator<string[][]> {
    yield [columns.map((column) => column.header)];
    for (let next = first; !next.done; next = await batches.next()) {
      const batch = next.value;
      const running = batch.filter((participation) => participation.status === ParticipationStatus.STARTED);
      const tested = campaign.type === CampaignType.ASSESSMENT && running.length > 0
        ? await deps.certification.countTestedSkills(running.map((participation) => ({ participationId: participation.id, userId: participation.userId })), skillIds)
        : noTests;
      const rows: string[][] = new Array(batch.length);
      for (let index = 0; index < batch.length; index += 1) {
        const participation = batch[index]!;
        const row = toRowView(participation, progressOf(participation, campaign.type, tested.get(participation.id) ?? 0, skillIds.length));
        rows[index] = columns.map((column) => (column.isResult && !row.shared ? NOT_AVAILABLE : column.value(row)));
      }
      yield rows;
    }
  }

  return {
    campaign: { id: campaign.id, code: campaign.code },
    records: records(),
    close: async () => {
      await batches.return?.();
    },
  };
}

interface Column {
  header: string;
  /** A result column: `NA` until the participant shares. */
  isResult: boolean;
  value(row: RowView): string;
}

interface RowView {
  participation: ExportedParticipation;
  shared: boolean;
  progress: string;
  /** From the frozen snapshot, empty before sharing. */
  masteries: Map<string, CompetenceMasteryResult>;
  levels: Map<string, CompetenceLevelResult>;
  areas: Map<string, AreaMasteryResult>;
  badgeKeys: Set<string>;
}

const identity = (header: string, value: (row: RowView) => string): Column => ({ header, isResult: false, value });
const result = (header: string, value: (row: RowView) => string): Column => ({ header, isResult: true, value });

function identityColumns(campaign: Campaign, organizationName: string, targetProfileName: string | null): Column[] {
  return [
    identity("Nom de l'organisation", () => organizationName),
    identity('ID Campagne', () => campaign.id),
    identity('Code', () => campaign.code),
    identity('Nom de la campagne', () => campaign.name),
    ...(campaign.type === CampaignType.ASSESSMENT ? [identity('Nom du Profil Cible', () => targetProfileName ?? '')] : []),
    identity('Nom du Participant', (row) => row.participation.lastName),
    identity('Prénom du Participant', (row) => row.participation.firstName),
    // The campaign's own label ("Identifiant France Travail"...) is the header, as in Pix Orga.
    ...(campaign.externalIdLabel ? [identity(campaign.externalIdLabel, (row) => row.participation.participantExternalId ?? '')] : []),
    identity('% de progression', (row) => row.progress),
    identity('Date de début', (row) => formatDate(row.participation.startedAt)),
    identity('Partage (O/N)', (row) => yesNo(row.shared)),
    // The share date is the result's: NA until the person shares, like every result column.
    result('Date du partage', (row) => formatDate(row.participation.sharedAt)),
  ];
}

function assessmentColumns({ badges, competences, areas }: { badges: { key: string; title: string }[]; competences: ExportedCompetence[]; areas: ExportedArea[] }): Column[] {
  return [
    ...badges.map((badge) => result(`${badge.title} obtenu (O/N)`, (row) => yesNo(row.badgeKeys.has(badge.key)))),
    result("% maitrise de l'ensemble des acquis du profil", (row) => formatRate(row.participation.snapshot?.masteryRate)),
    ...competences.flatMap((competence) => {
      const name = `${competence.code} ${competence.name}`;
      const of = (row: RowView) => row.masteries.get(competence.id);
      return [
        result(`% de maitrise des acquis de la compétence ${name}`, (row) => formatRate(of(row)?.masteryRate)),
        result(`Nombre d'acquis du profil cible dans la compétence ${name}`, (row) => formatCount(of(row)?.totalSkillsCount)),
        result(`Acquis maitrisés dans la compétence ${name}`, (row) => formatCount(of(row)?.validatedSkillsCount)),
      ];
    }),
    ...areas.flatMap((area) => {
      const of = (row: RowView) => row.areas.get(area.id);
      return [
        result(`% de maitrise des acquis du domaine ${area.title}`, (row) => formatRate(of(row)?.masteryRate)),
        result(`Nombre d'acquis du profil cible du domaine ${area.title}`, (row) => formatCount(of(row)?.totalSkillsCount)),
        result(`Acquis maitrisés du domaine ${area.title}`, (row) => formatCount(of(row)?.validatedSkillsCount)),
      ];
    }),
  ];
}

function profilesCollectionColumns(competences: ExportedCompetence[], minCertifiableLevel: number): Column[] {
  return [
    result('Sont-ils certifiables ?', (row) => (row.participation.snapshot?.isCertifiable == null ? '' : yesNo(row.participation.snapshot.isCertifiable))),
    result('Nombre de compétences certifiables', (row) => String([...row.levels.values()].filter((score) => score.level >= minCertifiableLevel).length)),
    result('Score Pix', (row) => formatCount(row.participation.snapshot?.pixScore)),
    ...competences.flatMap((competence) => {
      const name = `${competence.code} ${competence.name}`;
      return [
        result(`Niveau pour la compétence ${name}`, (row) => formatCount(row.levels.get(competence.id)?.level)),
        result(`Nombre de pix pour la compétence ${name}`, (row) => formatCount(row.levels.get(competence.id)?.pixScore)),
      ];
    }),
  ];
}

/** "% de progression" as the participants tab has it (participationProgress), `NA` when there is none. */
function progressOf(participation: ExportedParticipation, type: CampaignType, testedSkillsCount: number, profileSkillsCount: number): string {
  const progress = participationProgress({ status: participation.status, type, testedSkillsCount, profileSkillsCount });
  return progress === null ? NOT_AVAILABLE : percent(Math.round(progress * 100));
}

/** Nothing of a result is read before the person shares: one empty view for every such row. */
const NO_RESULT = { masteries: new Map(), levels: new Map(), areas: new Map(), badgeKeys: new Set<string>() } as const;

function toRowView(participation: ExportedParticipation, progress: string): RowView {
  // The person's result: their latest shared participation, maybe an earlier sending than the running one.
  if (participation.snapshot === null) return { participation, shared: false, progress, ...NO_RESULT };
  const details = participation.snapshot.details;
  const masteries = new Map<string, CompetenceMasteryResult>();
  const levels = new Map<string, CompetenceLevelResult>();
  for (const entry of details.competences ?? []) {
    if (isCompetenceMastery(entry)) masteries.set(entry.competenceId, entry);
    else if (isCompetenceLevel(entry)) levels.set(entry.competenceId, entry);
  }
  return {
    participation,
    shared: true,
    progress,
    masteries,
    levels,
    areas: new Map((details.areas ?? []).map((entry) => [entry.areaId, entry])),
    badgeKeys: new Set((details.badges ?? []).map((badge) => badge.key)),
  };
}

const DATE = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
const HOUR_MS = 3_600_000;
/** Formatted days by UTC hour: France's offset is whole hours and changes on the hour, so an hour is one day there. */
const DAYS_BY_HOUR = new Map<number, string>();
const DAYS_KEPT = 50_000;

/** dd/mm/yyyy, the day in France (an evening in UTC may already be tomorrow in Paris). */
export function formatDate(date: Date | null): string {
  if (!date) return '';
  const hour = Math.floor(date.getTime() / HOUR_MS);
  let day = DAYS_BY_HOUR.get(hour);
  if (day === undefined) {
    // Intl formatting costs microseconds; an export has two dates a row, of a few thousand hours.
    if (!Number.isFinite(hour)) return '';
    if (DAYS_BY_HOUR.size >= DAYS_KEPT) DAYS_BY_HOUR.clear();
    day = DATE.format(date);
    DAYS_BY_HOUR.set(hour, day);
  }
  return day;
}

/** Rates are stored from 0 to 1 with 2 decimals; the file shows them as the guide does: "75%". */
export function formatRate(rate: number | string | null | undefined): string {
  const value = rate === null || rate === undefined || rate === '' ? NaN : Number(rate);
  return Number.isFinite(value) ? percent(Math.round(value * 100)) : '';
}

const PERCENTS = Array.from({ length: 101 }, (_, n) => `${n}%`);
const percent = (whole: number) => PERCENTS[whole] ?? `${whole}%`;

function formatCount(count: number | null | undefined): string {
  return typeof count === 'number' && Number.isFinite(count) ? String(count) : '';
}

function yesNo(value: boolean): string {
  return value ? 'Oui' : 'Non';
}
