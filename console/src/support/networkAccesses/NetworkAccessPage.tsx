import BlockIcon from '@mui/icons-material/Block';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Confirm, Form, Title, useGetIdentity, useLocale, useNotify, useTranslate } from 'react-admin';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import type { SupportRole } from '../../auth/session';
import type { NetworkAccessFieldsFragment, NetworkAccessPeopleQuery } from '../../gql/graphql';
import { gated } from '../access/SupportAreaGate';
import { canManageNetworkAccesses } from '../capabilities';
import { NETWORKS } from '../dataProviders';
import { tags } from '../partners/partnerClients';
import { FRENCH_REGIONS } from '../partners/regions';
import { TagsInput } from '../partners/TagsInput';
import { GRANT_NETWORK_ACCESS, NETWORK_ACCESSES, NETWORK_ACCESS_PEOPLE, REVOKE_NETWORK_ACCESS } from './operations';

type Person = NetworkAccessPeopleQuery['users']['nodes'][number];

const personName = (person: Pick<Person, 'email' | 'firstName' | 'lastName'>) => `${person.firstName} ${person.lastName} (${person.email})`.trim();

const Perimeter = ({ access }: { access: Pick<NetworkAccessFieldsFragment, 'regions' | 'departments'> }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`orga.support.networkAccesses.${key}`, options);
  if (!access.regions.length && !access.departments.length) return <>{t('wholeNetwork')}</>;
  return (
    <>
      {access.regions.length ? <div>{t('regionsList', { list: access.regions.join(', ') })}</div> : null}
      {access.departments.length ? <div>{t('departmentsList', { list: access.departments.join(', ') })}</div> : null}
    </>
  );
};

/** SUPER_ADMIN: find a person by e-mail or name, then grant them the chosen network, within regions or departments. */
const GrantAccess = ({ networkId, onGranted, remember }: { networkId: string; onGranted: () => void; remember: (people: Person[]) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: Record<string, unknown>) => translate(`orga.support.networkAccesses.grant.${key}`, options);
  const [typed, setTyped] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  const [chosen, setChosen] = useState<Person | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const search = async (event: FormEvent) => {
    event.preventDefault();
    if (!typed.trim()) return;
    try {
      const { users } = await graphqlClient.request(NETWORK_ACCESS_PEOPLE, { search: typed.trim() });
      setFound(users.nodes);
      remember(users.nodes);
    } catch (error) {
      notify(errorMessageKey(error), { type: 'error' });
    }
  };
  const grant = useMutation({
    mutationFn: async (values: { regions?: string[]; departments?: string[] }) =>
      (await graphqlClient.request(GRANT_NETWORK_ACCESS, { input: { userId: chosen!.id, networkId, regions: tags(values.regions), departments: tags(values.departments) } })).grantNetworkAccess,
    onSuccess: () => {
      notify('orga.support.networkAccesses.grant.done', { type: 'success' });
      setChosen(null);
      setFound(null);
      setTyped('');
      onGranted();
    },
    onError: (error) => notify(errorMessageKey(error), { type: 'error' }),
  });
  const alreadyHas = chosen?.networkAccesses.some((access) => access.networkId === networkId) ?? false;
  return (
    <Card>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {t('title')}
        </Typography>
        <Box component="form" onSubmit={(event) => void search(event)} sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }} role="search">
          <TextField label={t('search')} value={typed} onChange={(event) => setTyped(event.target.value)} size="small" sx={{ minWidth: 320 }} />
          <Button type="submit" variant="outlined">
            {t('searchButton')}
          </Button>
        </Box>
        {found ? (
          found.length === 0 ? (
            <Typography sx={{ mt: 2 }}>{t('noResult')}</Typography>
          ) : (
            <TableContainer sx={{ mt: 2 }}>
              <Table size="small" aria-label={t('results')}>
                <TableBody>
                  {found.map((person) => (
                    <TableRow key={person.id} selected={chosen?.id === person.id}>
                      <TableCell component="th" scope="row">{personName(person)}</TableCell>
                      <TableCell align="right">
                        <Button
                          size="small"
                          aria-label={`${t('choose')} ${person.email}`}
                          onClick={() => {
                            setChosen(person);
                            setProblem(null);
                          }}
                        >
                          {t('choose')}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )
        ) : null}
        <Box sx={{ mt: 2 }}>
          {chosen ? (
            <Typography data-testid="network-access-chosen" gutterBottom>
              {t('chosen', { person: personName(chosen) })}
            </Typography>
          ) : null}
          {alreadyHas ? <Alert severity="info" sx={{ mb: 1 }}>{t('replaces')}</Alert> : null}
          <Form
            key={chosen?.id ?? 'none'}
            onSubmit={(values: Record<string, unknown>) => {
              if (!chosen) {
                setProblem('orga.support.networkAccesses.grant.needPerson');
                return;
              }
              grant.mutate(values as { regions?: string[]; departments?: string[] });
            }}
          >
            <TagsInput source="regions" label="orga.support.networkAccesses.grant.regions" helperText="orga.support.networkAccesses.grant.regionsHelp" suggestions={FRENCH_REGIONS} />
            <TagsInput source="departments" label="orga.support.networkAccesses.grant.departments" helperText="orga.support.networkAccesses.grant.departmentsHelp" />
            {problem ? (
              <Alert severity="warning" sx={{ my: 1 }}>
                {translate(problem)}
              </Alert>
            ) : null}
            <Button type="submit" variant="contained" sx={{ mt: 1 }} disabled={grant.isPending}>
              {t('button')}
            </Button>
          </Form>
        </Box>
      </CardContent>
    </Card>
  );
};

const RevokeAccess = ({ access, name, onRevoked }: { access: NetworkAccessFieldsFragment; name: string; onRevoked: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const revoke = useMutation({
    mutationFn: async () => graphqlClient.request(REVOKE_NETWORK_ACCESS, { id: access.id }),
    onSuccess: () => notify('orga.support.networkAccesses.revoke.done', { type: 'success' }),
    onError: (error) => notify(errorMessageKey(error), { type: 'error' }),
    onSettled: () => {
      setOpen(false);
      onRevoked();
    },
  });
  return (
    <>
      <Button size="small" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)} aria-label={`${translate('orga.support.networkAccesses.revoke.button')} ${name}`}>
        {translate('orga.support.networkAccesses.revoke.button')}
      </Button>
      <Confirm
        isOpen={open}
        loading={revoke.isPending}
        title="orga.support.networkAccesses.revoke.title"
        content="orga.support.networkAccesses.revoke.content"
        translateOptions={{ name }}
        confirm="orga.support.networkAccesses.revoke.button"
        confirmColor="warning"
        onConfirm={() => revoke.mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/**
 * Support, "Accès réseau": the live accesses of a network (who reads its dashboard, within what);
 * SUPER_ADMIN grants (a person found by e-mail or name) and revokes, after a confirmation; SUPPORT reads.
 */
const NetworkAccessScreen = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const canManage = canManageNetworkAccesses((identity?.supportRole ?? null) as SupportRole | null);
  const t = (key: string, options?: Record<string, unknown>) => translate(`orga.support.networkAccesses.${key}`, options);
  const [networkId, setNetworkId] = useState('');
  const [people, setPeople] = useState<Map<string, Person>>(new Map());
  const networks = useQuery({ queryKey: ['networks'], queryFn: async () => (await graphqlClient.request(NETWORKS)).networks, staleTime: 10 * 60_000 });
  const accesses = useQuery({
    queryKey: ['networkAccesses', networkId],
    enabled: networkId !== '',
    queryFn: async () => (await graphqlClient.request(NETWORK_ACCESSES, { networkId })).networkAccesses,
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['networkAccesses', networkId] });
  const remember = (found: Person[]) => setPeople((known) => new Map([...known, ...found.map((person) => [person.id, person] as const)]));
  const nameOf = (userId: string) => {
    const person = people.get(userId);
    return person ? personName(person) : t('unknownPerson', { id: userId });
  };
  const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short' });
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="orga.support.networkAccesses.title" />
      <Typography component="h1" variant="h4">
        {t('title')}
      </Typography>
      <Typography>{t('intro')}</Typography>
      {canManage ? null : <Alert severity="info">{t('readOnly')}</Alert>}
      <TextField select label={t('network')} value={networkId} onChange={(event) => setNetworkId(event.target.value)} sx={{ maxWidth: 420 }} size="small">
        {(networks.data ?? []).map((network) => (
          <MenuItem key={network.id} value={network.id}>
            {network.name}
          </MenuItem>
        ))}
      </TextField>
      {networkId === '' ? <Typography color="text.secondary">{t('chooseNetwork')}</Typography> : null}
      {networkId && canManage ? <GrantAccess networkId={networkId} onGranted={refresh} remember={remember} /> : null}
      {networkId ? (
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6" gutterBottom>
              {t('live')}
            </Typography>
            {accesses.error ? <Alert severity="error">{translate(errorMessageKey(accesses.error))}</Alert> : null}
            {accesses.data && accesses.data.length === 0 ? <Typography>{t('none')}</Typography> : null}
            {accesses.data?.length ? (
              <TableContainer>
                <Table size="small" aria-label={t('live')} data-testid="network-accesses">
                  <TableHead>
                    <TableRow>
                      <TableCell component="th" scope="col">{t('person')}</TableCell>
                      <TableCell component="th" scope="col">{t('perimeter')}</TableCell>
                      <TableCell component="th" scope="col">{t('grantedAt')}</TableCell>
                      {canManage ? <TableCell component="th" scope="col">{t('actions')}</TableCell> : null}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {accesses.data.map((access) => (
                      <TableRow key={access.id}>
                        <TableCell component="th" scope="row">{nameOf(access.userId)}</TableCell>
                        <TableCell>
                          <Perimeter access={access} />
                        </TableCell>
                        <TableCell>{day.format(new Date(access.grantedAt))}</TableCell>
                        {canManage ? (
                          <TableCell>
                            <RevokeAccess access={access} name={nameOf(access.userId)} onRevoked={refresh} />
                          </TableCell>
                        ) : null}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            ) : null}
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
};

export const NetworkAccessPage = gated('networkAccesses', NetworkAccessScreen);
