import type { CreateParams, GetListParams, GetOneParams, UpdateParams } from 'react-admin';
import { graphqlClient } from '../auth/graphqlClient';
import type { CreateCampaignInput } from '../gql/graphql';
import type { ResourceProvider } from '../resourceProviders';
import { createKeysetPager } from '../connectionPages';
import { displayable } from './apiErrors';
import {
  ARCHIVE_CAMPAIGN,
  CAMPAIGN,
  CAMPAIGNS,
  CREATE_CAMPAIGN,
  UNARCHIVE_CAMPAIGN,
  UPDATE_CAMPAIGN,
  type CampaignRecord,
} from './operations';

const pager = createKeysetPager();

/** The form's "Que souhaitez-vous tester ?" value for a profiles collection. */
export const PROFILES_COLLECTION = 'PROFILES_COLLECTION';

/** The list's filters as the List gives them (`q` is the name search box). */
export interface CampaignListFilter {
  organizationId?: string;
  status?: 'ACTIVE' | 'ARCHIVED';
  q?: string;
  ownerId?: string;
  mine?: boolean;
}

/** Fields the form edits; the API rejects the others (type, profile) after creation. */
const EDITABLE = ['name', 'title', 'welcomeText', 'externalIdLabel', 'externalIdType', 'multipleSendings', 'ownerId'] as const;

/** Empty text fields mean "none" for the API (null clears an optional field). */
const orNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value ?? null);

/** The form's values: `whatToTest` is a target profile id or PROFILES_COLLECTION; `asksExternalId` YES or NO. */
export function toCreateInput(organizationId: string, data: Record<string, unknown>) {
  const asksIdentifier = data.asksExternalId === 'YES';
  const isAssessment = data.whatToTest !== PROFILES_COLLECTION;
  return {
    organizationId,
    type: isAssessment ? 'ASSESSMENT' : 'PROFILES_COLLECTION',
    name: String(data.name ?? '').trim(),
    targetProfileId: isAssessment ? orNull(data.whatToTest) : null,
    title: isAssessment ? orNull(data.title) : null,
    welcomeText: orNull(data.welcomeText),
    externalIdLabel: asksIdentifier ? orNull(data.externalIdLabel) : null,
    externalIdType: asksIdentifier ? (data.externalIdType ?? 'STRING') : null,
    multipleSendings: data.multipleSendings === true,
  } as CreateCampaignInput;
}

/** Only what changed: unchanged identifier settings must not trip CANT_UPDATE_WHEN_PARTICIPATIONS. */
export function toUpdateInput(data: Record<string, unknown>, previous: Record<string, unknown>) {
  const next: Record<string, unknown> = { ...data };
  if (data.asksExternalId === 'NO') {
    next.externalIdLabel = null;
    next.externalIdType = null;
  }
  const input: Record<string, unknown> = {};
  for (const field of EDITABLE) {
    if (!(field in next)) continue;
    const value = field === 'multipleSendings' ? next[field] === true : orNull(next[field]);
    const before = field === 'multipleSendings' ? previous[field] === true : orNull(previous[field]);
    if (value !== before) input[field] = value;
  }
  return input;
}

/** What freezes once someone took part (the API answers CANT_UPDATE_WHEN_PARTICIPATIONS otherwise). */
const LOCKED_FIELDS = new Set(['asksExternalId', 'externalIdLabel', 'externalIdType', 'multipleSendings']);

/** The edit form's values without the locked fields: shown disabled, their values must not travel as changes. */
export function withoutLockedFields(data: Record<string, unknown>): Record<string, unknown> {
  return data.hasParticipations === true ? Object.fromEntries(Object.entries(data).filter(([field]) => !LOCKED_FIELDS.has(field))) : data;
}

/** What the screens read: the API's campaign plus the form's own fields. */
export const toRecord = (campaign: CampaignRecord) => ({
  ...campaign,
  asksExternalId: campaign.externalIdLabel !== null ? 'YES' : 'NO',
  whatToTest: campaign.type === PROFILES_COLLECTION ? PROFILES_COLLECTION : campaign.targetProfileId,
  ownerId: campaign.owner.id,
});

export const campaignsProvider: ResourceProvider = {
  getList: ((_resource: string, params: GetListParams) =>
    displayable(async () => {
      const filter = (params.filter ?? {}) as CampaignListFilter;
      if (!filter.organizationId) return { data: [], total: 0 };
      const apiFilter = {
        status: filter.status ?? 'ACTIVE',
        name: filter.q?.trim() || undefined,
        ownerId: filter.ownerId || undefined,
        mine: filter.mine === true || undefined,
      };
      const { page = 1, perPage = 25 } = params.pagination ?? {};
      const result = await pager(JSON.stringify([filter.organizationId, apiFilter]), page, perPage, async (edge) => {
        const data = await graphqlClient.request(CAMPAIGNS, {
          organizationId: String(filter.organizationId),
          ...edge,
          filter: apiFilter,
        });
        return data.organization.campaigns;
      });
      return { data: result.data.map(toRecord), total: result.total };
    })) as ResourceProvider['getList'],

  getOne: ((_resource: string, params: GetOneParams) =>
    displayable(async () => {
      const { campaign } = await graphqlClient.request(CAMPAIGN, { id: String(params.id) });
      return { data: toRecord(campaign) };
    })) as ResourceProvider['getOne'],

  create: ((_resource: string, params: CreateParams) =>
    displayable(async () => {
      const { organizationId, ...data } = params.data as Record<string, unknown>;
      const { createCampaign } = await graphqlClient.request(CREATE_CAMPAIGN, {
        input: toCreateInput(String(organizationId), data),
      });
      return { data: toRecord(createCampaign) };
    })) as ResourceProvider['create'],

  update: ((_resource: string, params: UpdateParams) =>
    displayable(async () => {
      const input = toUpdateInput(params.data as Record<string, unknown>, (params.previousData ?? {}) as Record<string, unknown>);
      const { updateCampaign } = await graphqlClient.request(UPDATE_CAMPAIGN, { id: String(params.id), input });
      return { data: toRecord(updateCampaign) };
    })) as ResourceProvider['update'],
};

/** Archive or unarchive (guide p.65); used by the show page through useMutation. */
export function setCampaignArchived(id: string, archived: boolean) {
  return displayable(async () => {
    const campaign = archived
      ? (await graphqlClient.request(ARCHIVE_CAMPAIGN, { id })).archiveCampaign
      : (await graphqlClient.request(UNARCHIVE_CAMPAIGN, { id })).unarchiveCampaign;
    return toRecord(campaign);
  });
}
