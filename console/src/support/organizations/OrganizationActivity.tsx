import { Alert, Box, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import type { SupportRole } from '../../auth/session';
import { RowLink } from '../../layout/RowLink';
import { canOpen } from '../capabilities';
import type { SupportOrganization } from '../dataProviders';
import { graphql } from '../../gql';

const SHOWN = 20;

const ACTIVITY = graphql(`query SupportOrganizationActivity($id: ID!, $first: Int) {
  organization(id: $id) {
    id
    statistics { participationsCount sharedCount shareRate }
    campaigns(first: $first) { totalCount nodes { id name code isArchived participantsCount sharedParticipationsCount } }
  }
}`);

/**
 * Support (SUPPORT, SUPER_ADMIN): the organisation's campaigns and its figures, each campaign a
 * link into it. METIER does not see campaigns (PRODUCT.md), so the card is not asked for then.
 */
export const OrganizationActivity = () => {
  const record = useRecordContext<SupportOrganization>();
  const { identity } = useGetIdentity();
  const role = (identity?.supportRole ?? null) as SupportRole | null;
  if (!record || !canOpen(role, 'campaigns')) return null;
  return <ActivityCard organizationId={record.id} />;
};

const ActivityCard = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data, error, isPending } = useQuery({
    queryKey: ['supportOrganizationActivity', organizationId],
    queryFn: () => graphqlClient.request(ACTIVITY, { id: organizationId, first: SHOWN }),
    retry: false,
  });
  const number = (value: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR').format(value);
  const percent = (value: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const t = (key: string, options?: Record<string, unknown>) => translate(`orga.support.organizations.activity.${key}`, options);
  return (
    <Card sx={{ mt: 2 }} data-testid="organization-activity">
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {t('title')}
        </Typography>
        {error ? <Alert severity="error">{translate(errorMessageKey(error))}</Alert> : null}
        {isPending ? null : data ? (
          <>
            <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, m: 0, mb: 2 }}>
              {[
                ['campaigns', number(data.organization.campaigns.totalCount)],
                ['participants', number(data.organization.statistics.participationsCount)],
                ['shared', number(data.organization.statistics.sharedCount)],
                ['shareRate', percent(data.organization.statistics.shareRate)],
              ].map(([key, value]) => (
                <Box key={key}>
                  <Typography component="dt" variant="caption" color="text.secondary">
                    {t(key!)}
                  </Typography>
                  <Typography component="dd" variant="h6" sx={{ m: 0 }}>
                    {value}
                  </Typography>
                </Box>
              ))}
            </Box>
            {data.organization.campaigns.nodes.length === 0 ? (
              <Typography variant="body2">{t('none')}</Typography>
            ) : (
              <>
                <Table size="small" aria-label={t('campaigns')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('name')}</TableCell>
                      <TableCell>{t('code')}</TableCell>
                      <TableCell>{t('state')}</TableCell>
                      <TableCell align="right">{t('participants')}</TableCell>
                      <TableCell align="right">{t('shared')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.organization.campaigns.nodes.map((campaign) => (
                      <TableRow key={campaign.id}>
                        <TableCell>
                          <RowLink to={`/campaigns/${encodeURIComponent(campaign.id)}/show`}>{campaign.name}</RowLink>
                        </TableCell>
                        <TableCell>{campaign.code}</TableCell>
                        <TableCell>
                          {campaign.isArchived ? <Chip size="small" label={translate('orga.support.organizations.archived')} /> : translate('orga.support.organizations.activeOne')}
                        </TableCell>
                        <TableCell align="right">{number(campaign.participantsCount)}</TableCell>
                        <TableCell align="right">{number(campaign.sharedParticipationsCount)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {data.organization.campaigns.totalCount > SHOWN ? (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {t('more', { shown: SHOWN, total: data.organization.campaigns.totalCount })}
                  </Typography>
                ) : null}
              </>
            )}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};
