import BlockIcon from '@mui/icons-material/Block';
import {
  Alert,
  Box,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Title, useLocale, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { bandsOfProfile, formatShareRate, type Statistics } from '../dashboard/statistics';
import type { OrganizationType } from '../gql/graphql';
import { NETWORKS } from '../support/dataProviders';
import { BandsBarChart, GroupsChart } from './NetworkCharts';
import { chosenNetwork, cursorOfPage, GROUPINGS, STRUCTURES_PER_PAGE, withFigures, type Grouping, type NetworkGroup } from './networkDashboard';
import { NETWORK_STATISTICS, NETWORK_STRUCTURES } from './operations';
import { useMyNetworkAccesses } from './useMyNetworkAccesses';

const ORGANIZATION_TYPES: OrganizationType[] = ['MISSION_LOCALE', 'FRANCE_TRAVAIL', 'CAP_EMPLOI', 'E2C', 'EPIDE', 'OTHER'];

const Refused = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }} data-testid="network-access-denied">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
          <BlockIcon color="error" aria-hidden />
          <Typography component="h1" variant="h5">
            {translate('orga.network.denied.title')}
          </Typography>
        </Box>
        <Typography variant="body1" gutterBottom>
          {translate('orga.network.denied.body')}
        </Typography>
        <Link to="/">{translate('orga.support.denied.dashboard')}</Link>
      </CardContent>
    </Card>
  );
};

const KeyFigures = ({ statistics }: { statistics: Statistics }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const figure = (key: string, value: string | number) => (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="h4" component="p" data-testid={`network-figure-${key}`}>
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`orga.figures.${key}`)}
      </Typography>
    </Box>
  );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }} data-testid="network-key-figures">
      {figure('participations', statistics.participationsCount)}
      {figure('started', statistics.startedCount)}
      {figure('toShare', statistics.toShareCount)}
      {figure('shared', statistics.sharedCount)}
      {figure('shareRate', formatShareRate(statistics.shareRate, locale))}
    </Box>
  );
};

/** The figures, the guide's bands and the breakdown of one network, in the caller's scope. */
const NetworkFigures = ({ networkId }: { networkId: string }) => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [grouping, setGrouping] = useState<Grouping>('REGION');
  const figures = useQuery({
    queryKey: ['networkStatistics', networkId, grouping],
    queryFn: async () => (await graphqlClient.request(NETWORK_STATISTICS, { id: networkId, groupBy: grouping })).network,
    placeholderData: keepPreviousData,
  });
  const refused = (figures.error as { code?: unknown } | null)?.code === 'FORBIDDEN';
  // An access revoked while the page is open: read the person's accesses again (the menu entry goes, the page says so).
  useEffect(() => {
    if (refused) void queryClient.invalidateQueries({ queryKey: ['myNetworkAccesses'] });
  }, [refused, queryClient]);
  const groupLabel = (group: NetworkGroup) =>
    grouping === 'ORGANIZATION_TYPE' ? translate(`orga.support.organizationTypes.${group.key}`, { _: group.label }) : group.key ? group.label : translate('orga.network.unknownPlace');
  if (figures.error) return <Alert severity="error" data-testid="network-figures-error">{translate(errorMessageKey(figures.error))}</Alert>;
  const statistics = figures.data?.statistics;
  if (!statistics) return null;
  const total = statistics.total;
  return (
    <>
      <Card>
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {translate('orga.network.figures')}
          </Typography>
          <KeyFigures statistics={total} />
          {total.participationsCount === 0 ? <Typography sx={{ mt: 2 }}>{translate('orga.network.zero')}</Typography> : null}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {translate('orga.network.bands.title')}
          </Typography>
          {total.sharedCount === 0 ? <Typography>{translate('orga.figures.zero.noResult')}</Typography> : null}
          <Box sx={{ display: 'grid', gridTemplateColumns: { lg: '1fr 1fr' }, gap: 3 }}>
            <BandsBarChart testId="network-bands-diagnostic" title={translate('orga.figures.diagnosticBands')} bands={bandsOfProfile(total.resultBands, 'DIAGNOSTIC_')} />
            <BandsBarChart testId="network-bands-clea" title={translate('orga.figures.cleaBands')} bands={bandsOfProfile(total.resultBands, 'CLEA_')} />
          </Box>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {translate('orga.network.breakdown')}
          </Typography>
          <FormControl sx={{ mb: 2 }}>
            <FormLabel id="network-grouping-label">{translate('orga.network.groupBy')}</FormLabel>
            <RadioGroup row aria-labelledby="network-grouping-label" value={grouping} onChange={(event) => setGrouping(event.target.value as Grouping)}>
              {GROUPINGS.map((value) => (
                <FormControlLabel key={value} value={value} control={<Radio />} label={translate(`orga.network.groupings.${value}`)} />
              ))}
            </RadioGroup>
          </FormControl>
          <GroupsChart
            title={translate('orga.network.breakdownBy', { grouping: translate(`orga.network.groupings.${grouping}`) })}
            groupLabel={translate(`orga.network.groupings.${grouping}`)}
            groups={statistics.groups}
            label={groupLabel}
          />
        </CardContent>
      </Card>
    </>
  );
};

/** The network's structures in scope, by name, with their own figures: search, type, pages of ten. */
const NetworkStructures = ({ networkId }: { networkId: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [type, setType] = useState<OrganizationType | ''>('');
  const [page, setPage] = useState(0);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    setPage(0);
    setCursors([null]);
  }, [networkId, search, type]);
  const structures = useQuery({
    queryKey: ['networkStructures', networkId, search, type, page, cursorOfPage(cursors, page)],
    queryFn: async () =>
      (
        await graphqlClient.request(NETWORK_STRUCTURES, {
          id: networkId,
          first: STRUCTURES_PER_PAGE,
          after: cursorOfPage(cursors, page),
          filter: { search: search || null, type: type || null },
          statisticsFilter: type ? { organizationType: type } : null,
        })
      ).network,
    placeholderData: keepPreviousData,
  });
  const connection = structures.data?.organizations;
  const rows = connection ? withFigures(connection.nodes, structures.data!.statistics.groups) : [];
  return (
    <Card>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('orga.network.list.title')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
          <TextField label={translate('orga.network.list.search')} value={typed} onChange={(event) => setTyped(event.target.value)} size="small" type="search" />
          <TextField select label={translate('orga.network.list.type')} value={type} onChange={(event) => setType(event.target.value as OrganizationType | '')} size="small" sx={{ minWidth: 220 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
            <MenuItem value="">{translate('orga.network.list.allTypes')}</MenuItem>
            {ORGANIZATION_TYPES.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`orga.support.organizationTypes.${value}`)}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        {structures.error ? <Alert severity="error">{translate(errorMessageKey(structures.error))}</Alert> : null}
        <TableContainer>
          <Table size="small" aria-label={translate('orga.network.list.title')} data-testid="network-structures">
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{translate('orga.network.list.name')}</TableCell>
                <TableCell component="th" scope="col">{translate('orga.network.list.type')}</TableCell>
                <TableCell component="th" scope="col">{translate('orga.network.list.place')}</TableCell>
                <TableCell component="th" scope="col" align="right">{translate('orga.figures.participations')}</TableCell>
                <TableCell component="th" scope="col" align="right">{translate('orga.figures.started')}</TableCell>
                <TableCell component="th" scope="col" align="right">{translate('orga.figures.toShare')}</TableCell>
                <TableCell component="th" scope="col" align="right">{translate('orga.figures.shared')}</TableCell>
                <TableCell component="th" scope="col" align="right">{translate('orga.figures.shareRate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {connection && rows.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={8}>{translate('orga.network.list.none')}</TableCell>
                </TableRow>
              ) : null}
              {rows.map(({ structure, figures }) => (
                <TableRow key={structure.id}>
                  <TableCell component="th" scope="row">
                    {structure.name}
                    {structure.isArchived ? ` (${translate('orga.support.organizations.archived')})` : ''}
                  </TableCell>
                  <TableCell>{translate(`orga.support.organizationTypes.${structure.type}`)}</TableCell>
                  <TableCell>{[structure.city, structure.department, structure.region].filter(Boolean).join(', ')}</TableCell>
                  <TableCell align="right">{figures.participationsCount}</TableCell>
                  <TableCell align="right">{figures.startedCount}</TableCell>
                  <TableCell align="right">{figures.toShareCount}</TableCell>
                  <TableCell align="right">{figures.sharedCount}</TableCell>
                  <TableCell align="right">{formatShareRate(figures.shareRate, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {connection ? (
          <TablePagination
            component="div"
            count={connection.totalCount}
            page={page}
            rowsPerPage={STRUCTURES_PER_PAGE}
            rowsPerPageOptions={[]}
            onPageChange={(_event, next) => {
              if (next > page && connection.pageInfo.endCursor) {
                setCursors((known) => {
                  const copy = known.slice(0, next);
                  copy[next] = connection.pageInfo.endCursor ?? null;
                  return copy;
                });
              }
              setPage(next);
            }}
            labelDisplayedRows={({ from, to, count }) => translate('orga.network.list.range', { from, to, count })}
            getItemAriaLabel={(kind) => translate(`orga.network.list.${kind === 'next' ? 'next' : kind === 'previous' ? 'previous' : kind}`)}
            showFirstButton={false}
            showLastButton={false}
          />
        ) : null}
      </CardContent>
    </Card>
  );
};

/**
 * "Tableau de bord réseau": for a person granted a network (one tab per network) and for support
 * SA/SUPPORT (any network, chosen in a list), the network's figures in the caller's scope — key
 * figures, the guide's bands, a breakdown by region, department or type — and its structures.
 * Each chart is followed by its table, its text alternative.
 */
export const NetworkDashboardPage = () => {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const { accesses, isPending, error, anyNetwork } = useMyNetworkAccesses();
  const networks = useQuery({ queryKey: ['networks'], queryFn: async () => (await graphqlClient.request(NETWORKS)).networks, staleTime: 10 * 60_000 });
  if (isPending) return <Title title="orga.network.title" />;
  if (error) return <Alert severity="error">{translate(errorMessageKey(error))}</Alert>;
  const own = [...new Set(accesses.map((access) => access.networkId))];
  const available = anyNetwork ? (networks.data ?? []).map((network) => network.id) : own;
  if (!anyNetwork && own.length === 0) {
    return (
      <>
        <Title title="orga.network.title" />
        <Refused />
      </>
    );
  }
  const networkId = chosenNetwork(params.get('network'), available, anyNetwork);
  const nameOf = (id: string) => networks.data?.find((network) => network.id === id)?.name ?? '…';
  const choose = (id: string) => setParams({ network: id }, { replace: true });
  const scope = accesses.filter((access) => access.networkId === networkId);
  const places = scope.flatMap((access) => [...access.regions, ...access.departments]);
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="orga.network.title" />
      <Typography component="h1" variant="h4">
        {networkId ? translate('orga.network.heading', { name: nameOf(networkId) }) : translate('orga.network.title')}
      </Typography>
      {anyNetwork ? (
        <TextField select label={translate('orga.network.choose')} value={networkId ?? ''} onChange={(event) => choose(event.target.value)} sx={{ maxWidth: 420 }} size="small">
          {(networks.data ?? []).map((network) => (
            <MenuItem key={network.id} value={network.id}>
              {network.name}
            </MenuItem>
          ))}
        </TextField>
      ) : own.length > 1 ? (
        <Tabs value={networkId} onChange={(_event, id: string) => choose(id)} aria-label={translate('orga.network.choose')} variant="scrollable">
          {own.map((id) => (
            <Tab key={id} value={id} label={nameOf(id)} />
          ))}
        </Tabs>
      ) : null}
      {scope.length > 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="network-scope">
          {places.length ? translate('orga.network.scope', { places: places.join(', ') }) : translate('orga.network.wholeNetwork')}
        </Typography>
      ) : null}
      {networkId ? (
        <>
          <NetworkFigures key={`figures-${networkId}`} networkId={networkId} />
          <NetworkStructures key={`structures-${networkId}`} networkId={networkId} />
        </>
      ) : null}
    </Box>
  );
};
