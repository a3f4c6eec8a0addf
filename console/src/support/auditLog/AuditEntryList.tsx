import { Box, Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, TextInput, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { auditSentence, type AuditEntryRecord } from './auditSentence';

const filters = [<TextInput key="targetId" source="targetId" label="orga.support.audit.targetId" alwaysOn />];

/** The snapshots behind the sentence, for whoever needs the detail (expand a row). */
const Change = () => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const block = (key: string, value: unknown) => (
    <Box>
      <Typography variant="subtitle2">{translate(key)}</Typography>
      <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', m: 0 }}>
        {value ? JSON.stringify(value, null, 2) : '—'}
      </Typography>
    </Box>
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, py: 1 }}>
      {block('orga.support.audit.before', record.before)}
      {block('orga.support.audit.after', record.after)}
    </Box>
  );
};

const Sentence = () => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return <span data-testid="audit-sentence">{auditSentence(record, translate, locale)}</span>;
};

/** Links to the organisation and the person the action was about. */
const RecordLinks = () => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={0.5}>
      {record.organization ? (
        <MuiLink component={Link} to={`/organizations/${encodeURIComponent(record.organization.id)}/show`} onClick={(event) => event.stopPropagation()}>
          {translate('orga.support.audit.openOrganization')}
        </MuiLink>
      ) : null}
      {record.person?.email ? (
        <MuiLink
          component={Link}
          to={`/users?filter=${encodeURIComponent(JSON.stringify({ q: record.person.email }))}`}
          onClick={(event) => event.stopPropagation()}
        >
          {translate('orga.support.audit.findPerson')}
        </MuiLink>
      ) : null}
    </Stack>
  );
};

/** The guide's French for "nothing yet" (react-admin's default would read "Aucun(e) Entrée du journal"). */
const Empty = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('orga.support.audit.empty')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('orga.support.audit.emptyHelp')}
        </Typography>
      </CardContent>
    </Card>
  );
};

const NoMatch = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2 }}>
      {translate('orga.support.audit.noMatch')}
    </Typography>
  );
};

/** SUPER_ADMIN: every support action, newest first, each as a sentence (who did what to whom, when). */
export const AuditEntryList = () => (
  <List filters={filters} perPage={25} title="orga.support.audit.title" exporter={false} empty={<Empty />}>
    <Datagrid expand={<Change />} rowClick="expand" bulkActionButtons={false} empty={<NoMatch />}>
      <FunctionField label="orga.support.audit.entry" render={() => <Sentence />} />
      <FunctionField label="orga.support.audit.record" render={() => <RecordLinks />} />
    </Datagrid>
  </List>
);
