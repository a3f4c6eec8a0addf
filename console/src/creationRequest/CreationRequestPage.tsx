import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, FormHelperText, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { CreationRequestCard } from './CreationRequestCard';
import { MY_CREATION_REQUESTS_KEY, requestState, useMyCreationRequests } from './myRequests';
import {
  EMPTY_REQUEST_FORM,
  NETWORKS,
  REQUEST_ORGANIZATION_CREATION,
  REQUEST_ORGANIZATION_TYPES,
  fieldErrorsFromApi,
  toRequestInput,
  validateRequestForm,
  type FieldErrors,
  type FieldName,
  type RequestForm,
} from './requestForm';

const TEXT_FIELDS_ADDRESS = ['street', 'postalCode', 'city', 'department', 'region'] as const;

/**
 * "Demander un espace Orga" (guide p.50): a signed-in person describes their structure and
 * certifies the director's mandate; support approves (the organisation is created and they are
 * invited as ADMIN) or rejects, and they hear of it by e-mail.
 */
export const CreationRequestPage = () => {
  const translate = useTranslate();
  const [form, setForm] = useState<RequestForm>(EMPTY_REQUEST_FORM);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sentName, setSentName] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const myRequests = useMyCreationRequests();
  const current = requestState(myRequests.data);
  const networks = useQuery({
    queryKey: ['networks'],
    queryFn: async () => (await graphqlClient.request(NETWORKS)).networks,
    staleTime: 10 * 60_000,
  });
  // The refusal is above the fields: bring it into view when the button was far below.
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errorKey) alertRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [errorKey]);

  const set = <K extends FieldName>(field: K, value: RequestForm[K]) => {
    setForm((previous) => ({ ...previous, [field]: value }));
    setFieldErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrorKey(null);
    const problems = validateRequestForm(form);
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      const { requestOrganizationCreation } = await graphqlClient.request(
        REQUEST_ORGANIZATION_CREATION,
        { input: toRequestInput(form) },
      );
      setSentName(requestOrganizationCreation.name);
      void queryClient.invalidateQueries({ queryKey: [MY_CREATION_REQUESTS_KEY] });
    } catch (error) {
      setErrorKey(errorMessageKey(error));
      setFieldErrors(fieldErrorsFromApi(error));
    } finally {
      setSending(false);
    }
  };

  const helper = (field: FieldName, hint?: string) => (fieldErrors[field] ? translate(fieldErrors[field]) : hint);
  const textField = (field: FieldName, required = false, hint?: string) => (
    <TextField
      key={field}
      label={translate(`orga.creationRequest.fields.${field}`)}
      value={form[field] as string}
      onChange={(event) => set(field, event.target.value)}
      required={required}
      error={Boolean(fieldErrors[field])}
      helperText={helper(field, hint)}
      fullWidth
    />
  );

  if (sentName !== null) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title="orga.creationRequest.title" />
        <Card data-testid="creation-request-sent">
          <CardContent>
            <Typography component="h1" variant="h5" gutterBottom>
              {translate('orga.creationRequest.sent.title')}
            </Typography>
            <Typography variant="body1" sx={{ mb: 2 }}>
              {translate('orga.creationRequest.sent.body', { name: sentName })}
            </Typography>
            <Button component={Link} to="/" variant="outlined">
              {translate('orga.creationRequest.sent.back')}
            </Button>
          </CardContent>
        </Card>
      </Box>
    );
  }

  // One request at a time (the API refuses a second with CREATION_REQUEST_ALREADY_PENDING): while
  // one waits, or once approved with the way in, the page shows where it stands instead of the form.
  if (myRequests.isPending) return null;
  if (current.kind === 'pending' || current.kind === 'ready') {
    return (
      <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
        <Title title="orga.creationRequest.title" />
        <Typography component="h1" variant="h5">
          {translate('orga.creationRequest.title')}
        </Typography>
        <CreationRequestCard state={current} />
        <Box>
          <Button component={Link} to="/" variant="outlined">
            {translate('orga.creationRequest.sent.back')}
          </Button>
        </Box>
      </Box>
    );
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="orga.creationRequest.title" />
      <Card>
        <CardContent>
          <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 2, maxWidth: 720 }}>
            <Typography component="h1" variant="h5">
              {translate('orga.creationRequest.title')}
            </Typography>
            <Typography variant="body1">{translate('orga.creationRequest.intro')}</Typography>
            {errorKey ? (
              <Alert ref={alertRef} severity="error" data-testid="creation-request-error">
                {translate(errorKey)}
              </Alert>
            ) : null}

            <Typography component="h2" variant="h6">
              {translate('orga.creationRequest.sections.structure')}
            </Typography>
            {textField('name', true)}
            <TextField
              select
              label={translate('orga.creationRequest.fields.type')}
              value={form.type}
              onChange={(event) => set('type', event.target.value)}
              required
              error={Boolean(fieldErrors.type)}
              helperText={helper('type')}
              fullWidth
            >
              {REQUEST_ORGANIZATION_TYPES.map((type) => (
                <MenuItem key={type} value={type}>
                  {translate(`orga.support.organizationTypes.${type}`)}
                </MenuItem>
              ))}
            </TextField>
            {textField('siret', true, translate('orga.creationRequest.fields.siretHint'))}
            <TextField
              select
              label={translate('orga.creationRequest.fields.network')}
              value={form.networkId}
              onChange={(event) => set('networkId', event.target.value)}
              error={Boolean(fieldErrors.networkId)}
              helperText={helper('networkId')}
              disabled={!networks.data}
              fullWidth
            >
              <MenuItem value="">{translate('orga.creationRequest.fields.noNetwork')}</MenuItem>
              {(networks.data ?? []).map((network) => (
                <MenuItem key={network.id} value={network.id}>
                  {network.name}
                </MenuItem>
              ))}
            </TextField>

            <Typography component="h2" variant="h6">
              {translate('orga.creationRequest.sections.address')}
            </Typography>
            {TEXT_FIELDS_ADDRESS.map((field) => textField(field))}

            <Typography component="h2" variant="h6">
              {translate('orga.creationRequest.sections.mandate')}
            </Typography>
            {textField('directorName', true)}
            <Box>
              <FormControlLabel
                control={<Checkbox checked={form.mandate} onChange={(event) => set('mandate', event.target.checked)} />}
                label={translate('orga.creationRequest.fields.mandate')}
              />
              {fieldErrors.mandate ? <FormHelperText error>{translate(fieldErrors.mandate)}</FormHelperText> : null}
            </Box>

            <Box>
              <Button type="submit" variant="contained" disabled={sending}>
                {translate(sending ? 'orga.creationRequest.sending' : 'orga.creationRequest.submit')}
              </Button>
            </Box>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
};
