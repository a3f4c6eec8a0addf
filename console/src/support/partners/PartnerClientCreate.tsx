import { Box, Card, CardContent, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  CheckboxGroupInput,
  DateInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Title,
  Toolbar,
  email,
  maxLength,
  required,
  useGetIdentity,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { errorMessageKey } from '../../auth/errorCodes';
import { graphqlClient } from '../../auth/graphqlClient';
import type { SupportRole } from '../../auth/session';
import { AccessDenied } from '../access/SupportAreaGate';
import { canManagePartnerClients } from '../capabilities';
import { CREATE_PARTNER_CLIENT } from '../dataProviders';
import { PartnerNetworkInput } from './PartnerNetworkInput';
import { expiryBounds, expiryProblem, fieldErrorsFromApi, PARTNER_SCOPES, toCreatePartnerClientInput, WIRE_SCOPES, type PartnerClientForm } from './partnerClients';
import { SecretDialog, type ShownSecret } from './SecretDialog';
import { TagsInput } from './TagsInput';
import { FRENCH_REGIONS } from './regions';

/** A scope's checkbox label: its name, its wire spelling, and one line on what it opens. */
const ScopeLabel = ({ scope }: { scope: (typeof PARTNER_SCOPES)[number] }) => {
  const translate = useTranslate();
  return (
    <Box component="span" sx={{ display: 'block', py: 0.5 }}>
      <Box component="span" sx={{ fontWeight: 500 }}>
        {translate(`orga.support.partners.scopes.${scope}.label`)}
      </Box>{' '}
      <Box component="code" sx={{ fontSize: '0.85em' }}>
        ({WIRE_SCOPES[scope]})
      </Box>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
        {translate(`orga.support.partners.scopes.${scope}.help`)}
      </Typography>
    </Box>
  );
};

const scopeChoices = PARTNER_SCOPES.map((id) => ({ id }));

const atLeastOneScope = (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'orga.support.partners.fieldErrors.scopes');
const validExpiry = (value: unknown) => expiryProblem(typeof value === 'string' ? value : null, new Date());

const CreateToolbar = () => (
  <Toolbar>
    <SaveButton label="orga.support.partners.create.submit" />
  </Toolbar>
);

/**
 * SUPER_ADMIN: a new client for a network. The mutation is sent from here, not through the data
 * provider, so that the secret in its answer stays in this screen's state (the dialog) and never
 * in react-admin's cache of records; the dialog's close forgets it and opens the list.
 */
const CreateForm = () => {
  const notify = useNotify();
  const navigate = useNavigate();
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const bounds = useMemo(() => expiryBounds(new Date()), []);

  // react-admin's form awaits this and puts the field errors it returns under the fields.
  const save = async (values: PartnerClientForm) => {
    try {
      const { createPartnerClient } = await graphqlClient.request(CREATE_PARTNER_CLIENT, { input: toCreatePartnerClientInput(values) });
      setShown({ kind: 'created', name: createPartnerClient.client.name, clientId: createPartnerClient.client.clientId, clientSecret: createPartnerClient.clientSecret, scopes: createPartnerClient.client.scopes });
      return undefined;
    } catch (error) {
      notify(errorMessageKey(error), { type: 'error' });
      const fields = fieldErrorsFromApi(error);
      return Object.keys(fields).length ? fields : undefined;
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="orga.support.partners.create.title" />
      <CardContent sx={{ p: 0 }}>
        {/* The browser's own checks (the date's min and max, the e-mail type) would speak its language: ours speak the console's. */}
        <SimpleForm
          noValidate
          toolbar={<CreateToolbar />}
          defaultValues={{ scopes: [], regions: [], departments: [] }}
          onSubmit={(values: Record<string, unknown>) => save(values as PartnerClientForm)}
        >
          <TextInput
            source="name"
            label="orga.support.partners.fields.name"
            helperText="orga.support.partners.create.nameHelp"
            validate={[required('orga.support.partners.fieldErrors.required'), maxLength(255, 'orga.support.partners.fieldErrors.nameLength')]}
            sx={{ maxWidth: 600 }}
            fullWidth
          />
          <PartnerNetworkInput validate={required('orga.support.partners.fieldErrors.required')} />
          <CheckboxGroupInput
            source="scopes"
            label="orga.support.partners.fields.scopes"
            helperText="orga.support.partners.create.scopesHelp"
            choices={scopeChoices}
            optionText={(choice: { id: (typeof PARTNER_SCOPES)[number] }) => <ScopeLabel scope={choice.id} />}
            translateChoice={false}
            row={false}
            validate={atLeastOneScope}
          />
          <TagsInput source="regions" label="orga.support.partners.fields.regions" helperText="orga.support.partners.create.regionsHelp" suggestions={FRENCH_REGIONS} />
          <TagsInput source="departments" label="orga.support.partners.fields.departments" helperText="orga.support.partners.create.departmentsHelp" />
          <DateInput
            source="expiresAt"
            label="orga.support.partners.fields.expiresAt"
            helperText="orga.support.partners.create.expiresAtHelp"
            validate={validExpiry}
            slotProps={{ htmlInput: { min: bounds.min, max: bounds.max } }}
          />
          <TextInput
            source="contactEmail"
            type="email"
            label="orga.support.partners.fields.contactEmail"
            helperText="orga.support.partners.create.contactEmailHelp"
            validate={[email('orga.support.partners.fieldErrors.contactEmail'), maxLength(320)]}
            sx={{ maxWidth: 600 }}
            fullWidth
          />
        </SimpleForm>
      </CardContent>
      <SecretDialog
        shown={shown}
        onClose={() => {
          setShown(null);
          navigate('/partnerClients');
        }}
      />
    </Card>
  );
};

/** Inside the partners area (SUPPORT reads the list), the form is SUPER_ADMIN's alone. */
export const PartnerClientCreate = () => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const role = (identity?.supportRole ?? null) as SupportRole | null;
  return canManagePartnerClients(role) ? <CreateForm /> : <AccessDenied area="partners" role={role} screenKey="orga.support.partners.create.title" />;
};
