import { Box, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { WelcomeText } from '../public/WelcomeText';
import { CopyButton } from './CopyButton';
import type { CampaignRecord } from './operations';
import { useTargetProfileName } from './useTargetProfiles';

const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

const Detail = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ mb: 2 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Box>{children}</Box>
  </Box>
);

/** "Détails" (guide p.63): profile, identifier, direct link, title and welcome text. */
export const CampaignDetails = ({ campaign }: { campaign: CampaignRecord }) => {
  const translate = useTranslate();
  const profile = useTargetProfileName(campaign.targetProfileId);
  const none = <Typography color="text.secondary">–</Typography>;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 4 }}>
      <Detail label={translate('orga.campaigns.show.whatIsTested')}>
        <Typography>
          {campaign.type === 'PROFILES_COLLECTION'
            ? translate('orga.campaigns.form.profilesCollection')
            : profile.data ?? (profile.isPending ? '…' : campaign.targetProfileId)}
        </Typography>
      </Detail>
      <Detail label={translate('orga.campaigns.show.externalIdLabel')}>
        {campaign.externalIdLabel ? (
          <Typography>
            {campaign.externalIdLabel}
            {campaign.externalIdType === 'EMAIL' ? ` (${translate('orga.campaigns.externalIdTypes.EMAIL')})` : ''}
          </Typography>
        ) : (
          <Typography>{translate('orga.campaigns.show.noExternalId')}</Typography>
        )}
      </Detail>
      <Detail label={translate('orga.campaigns.show.url')}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Link href={campaign.url} target="_blank" rel="noopener" data-testid="campaign-url">
            {campaign.url}
          </Link>
          <CopyButton text={campaign.url} label={translate('orga.campaigns.show.copyUrl')} />
        </Box>
      </Detail>
      <Detail label={translate('orga.campaigns.form.title')}>{campaign.title ? <Typography>{campaign.title}</Typography> : none}</Detail>
      <Detail label={translate('orga.campaigns.form.multipleSendings')}>
        <Typography>{translate(campaign.multipleSendings ? 'orga.campaigns.form.yes' : 'orga.campaigns.form.no')}</Typography>
      </Detail>
      <Detail label={translate('resources.campaigns.fields.owner')}>
        <Typography>
          {campaign.owner.firstName} {campaign.owner.lastName} · {translate('orga.campaigns.show.createdOn', { date: DATE.format(new Date(campaign.createdAt)) })}
        </Typography>
      </Detail>
      {campaign.archivedAt ? (
        <Detail label={translate('orga.campaigns.show.archivedAt')}>
          <Typography>{DATE.format(new Date(campaign.archivedAt))}</Typography>
        </Detail>
      ) : null}
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Detail label={translate('orga.campaigns.form.welcomeText')}>{campaign.welcomeTextHtml ? <WelcomeText html={campaign.welcomeTextHtml} /> : none}</Detail>
      </Box>
    </Box>
  );
};
