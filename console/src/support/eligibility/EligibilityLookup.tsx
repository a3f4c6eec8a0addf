import SearchIcon from '@mui/icons-material/Search';
import { Alert, Box, Button, Card, CardContent, Chip, Table, TableBody, TableCell, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Title, useTranslate } from 'react-admin';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import { gated } from '../access/SupportAreaGate';
import { graphql } from '../../gql';

/** CERTIF's way to find a person: `users` answers one exact e-mail at most (no free search). */
const PERSON_BY_EMAIL = graphql(`query PersonByEmail($email: String!) {
  users(search: $email, first: 1) {
    nodes {
      id firstName lastName email
      certificationEligibility { isCertifiable certifiableCompetencesCount requiredCompetencesCount missingCompetencesCount complementary { key label isEligible } }
    }
  }
}`);

/** Support (CERTIF, SUPPORT, SUPER_ADMIN): a person's certification eligibility, from their exact e-mail. */
const Lookup = () => {
  const translate = useTranslate();
  const [typed, setTyped] = useState('');
  const [email, setEmail] = useState('');
  const { data, error, isFetching } = useQuery({
    queryKey: ['personByEmail', email],
    queryFn: async () => (await graphqlClient.request(PERSON_BY_EMAIL, { email })).users.nodes[0] ?? null,
    enabled: email !== '',
    retry: false,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEmail(typed.trim());
  };
  const eligibility = data?.certificationEligibility ?? null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="orga.support.eligibility.title" />
      <CardContent>
        <Box component="form" onSubmit={submit} noValidate sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 2 }}>
          <TextField
            size="small"
            type="email"
            sx={{ minWidth: 320 }}
            label={translate('orga.support.eligibility.email')}
            helperText={translate('orga.support.eligibility.emailHelp')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <Button type="submit" variant="contained" startIcon={<SearchIcon />} disabled={!typed.trim() || isFetching}>
            {translate('ra.action.search')}
          </Button>
        </Box>
        {error ? <Alert severity="error">{translate(errorMessageKey(error))}</Alert> : null}
        {email && data === null && !isFetching ? <Alert severity="info">{translate('orga.support.eligibility.none', { email })}</Alert> : null}
        {data ? (
          <Box data-testid="eligibility-person">
            <Typography component="h2" variant="h6" gutterBottom>
              {data.firstName} {data.lastName} ({data.email})
            </Typography>
            {eligibility ? (
              <Table size="small">
                <TableBody>
                  <TableRow>
                    <TableCell component="th" sx={{ width: 280 }}>
                      {translate('orga.support.eligibility.pix')}
                    </TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={eligibility.isCertifiable ? 'success' : 'default'}
                        label={translate(eligibility.isCertifiable ? 'orga.support.eligibility.eligible' : 'orga.support.eligibility.notEligible')}
                      />{' '}
                      {translate('orga.support.eligibility.competences', {
                        count: eligibility.certifiableCompetencesCount,
                        required: eligibility.requiredCompetencesCount,
                      })}
                    </TableCell>
                  </TableRow>
                  {eligibility.complementary.map((certification) => (
                    <TableRow key={certification.key}>
                      <TableCell component="th">{certification.label}</TableCell>
                      <TableCell>
                        <Chip
                          size="small"
                          color={certification.isEligible ? 'success' : 'default'}
                          label={translate(certification.isEligible ? 'orga.support.eligibility.eligible' : 'orga.support.eligibility.notEligible')}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : (
              <Alert severity="warning">{translate('orga.support.eligibility.unreadable')}</Alert>
            )}
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** Behind the support gate: another role sees the access-denied page. */
export const EligibilityLookup = gated('eligibility', Lookup);
