import { Alert } from '@mui/material';
import { EditBase, EditView, SimpleForm, TextInput, maxLength, required, useEditContext, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { ExternalIdInputs, MultipleSendingsInput, OwnerInput, TitleInput, WelcomeTextInputs } from './CampaignFormFields';
import type { CampaignRecord } from './operations';

const noop = () => undefined;

const CampaignEditForm = () => {
  const translate = useTranslate();
  const { record, error, isPending } = useEditContext<CampaignRecord & { id: string }>();
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>{translate(errorMessageKey(error))}</Alert>;
  if (isPending || !record) return null;
  return (
    <EditView title={translate('orga.campaigns.edit.title', { name: record.name })}>
      <SimpleForm sx={{ maxWidth: 720 }}>
        {record.isArchived ? <Alert severity="warning">{translate('orga.campaigns.edit.archived')}</Alert> : null}
        {record.participantsCount > 0 ? <Alert severity="info">{translate('orga.campaigns.edit.hasParticipants')}</Alert> : null}
        <TextInput source="name" label="orga.campaigns.form.name" validate={[required(), maxLength(255)]} fullWidth />
        <OwnerInput organizationId={record.organization.id} />
        <ExternalIdInputs />
        <TitleInput isAssessment={record.type === 'ASSESSMENT'} />
        <WelcomeTextInputs />
        <MultipleSendingsInput />
      </SimpleForm>
    </EditView>
  );
};

/**
 * "Modifier" (guide p.64): name, owner, title, welcome text at any time; the identifier and
 * multiple sendings only until someone takes part (the API answers CANT_UPDATE_WHEN_PARTICIPATIONS).
 * Errors stay on the page in French instead of react-admin's redirect to the list.
 */
export const CampaignEdit = () => (
  <EditBase resource="campaigns" mutationMode="pessimistic" redirect="show" queryOptions={{ onError: noop }}>
    <CampaignEditForm />
  </EditBase>
);
