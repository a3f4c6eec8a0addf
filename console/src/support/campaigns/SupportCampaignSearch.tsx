import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import SearchIcon from '@mui/icons-material/Search';
import { Alert, Box, Button, Card, CardContent, Chip, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Title, useLocale, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import { gated } from '../access/SupportAreaGate';
import { graphql } from '../../gql';

const CAMPAIGN_BY_CODE = graphql(`query CampaignByCode($code: String!) {
  campaignByCode(code: $code) {
    id name code type title isArchived createdAt url participantsCount sharedParticipationsCount
    organization { id name } owner { firstName lastName email }
  }
}`);

/** Support (SUPPORT, SUPER_ADMIN): the campaign behind a code, whatever its organisation. */
const CampaignSearch = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const [typed, setTyped] = useState('');
  const [code, setCode] = useState('');
  const { data, error, isFetching } = useQuery({
    queryKey: ['campaignByCode', code],
    queryFn: async () => (await graphqlClient.request(CAMPAIGN_BY_CODE, { code })).campaignByCode,
    enabled: code !== '',
    retry: false,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCode(typed.trim());
  };
  const row = (key: string, value: React.ReactNode) => (
    <TableRow>
      <TableCell component="th" sx={{ width: 240 }}>
        {translate(key)}
      </TableCell>
      <TableCell>{value}</TableCell>
    </TableRow>
  );
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="orga.support.campaigns.title" />
      <CardContent>
        <Box component="form" onSubmit={submit} sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 2 }}>
          <TextField
            size="small"
            label={translate('orga.support.campaigns.code')}
            helperText={translate('orga.support.campaigns.codeHelp')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            slotProps={{ htmlInput: { style: { textTransform: 'uppercase' } } }}
          />
          <Button type="submit" variant="contained" startIcon={<SearchIcon />} disabled={!typed.trim() || isFetching}>
            {translate('ra.action.search')}
          </Button>
        </Box>
        {error ? <Alert severity="error">{translate(errorMessageKey(error))}</Alert> : null}
        {code && data === null && !isFetching ? <Alert severity="info">{translate('orga.support.campaigns.none', { code })}</Alert> : null}
        {data ? (
          <Box data-testid="support-campaign">
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
              <Typography component="h2" variant="h6">
                {data.name} {data.isArchived ? <Chip size="small" label={translate('orga.support.campaigns.archived')} /> : null}
              </Typography>
              <Button component={Link} to={`/campaigns/${encodeURIComponent(data.id)}/show`} variant="outlined" endIcon={<ArrowForwardIcon />}>
                {translate('orga.support.campaigns.open')}
              </Button>
            </Box>
            <Table size="small">
              <TableBody>
                {row('orga.support.campaigns.code', data.code)}
                {row(
                  'orga.support.campaigns.organization',
                  <Link to={`/organizations/${encodeURIComponent(data.organization.id)}/show`}>{data.organization.name}</Link>,
                )}
                {row('orga.support.campaigns.type', translate(`orga.support.campaigns.types.${data.type}`))}
                {row('orga.support.campaigns.campaignTitle', data.title ?? '—')}
                {row('orga.support.campaigns.owner', `${data.owner.firstName} ${data.owner.lastName} (${data.owner.email})`)}
                {row('orga.support.fields.createdAt', new Date(data.createdAt).toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR'))}
                {row('orga.support.campaigns.participants', data.participantsCount)}
                {row('orga.support.campaigns.shared', <Link to={`/campaigns/${encodeURIComponent(data.id)}/show`}>{data.sharedParticipationsCount}</Link>)}
                {row('orga.support.campaigns.link', data.url)}
              </TableBody>
            </Table>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** Behind the support gate: another role sees the access-denied page. */
export const SupportCampaignSearch = gated('campaigns', CampaignSearch);
