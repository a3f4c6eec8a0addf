import { Alert } from '@mui/material';
import { EditBase, EditView, SaveButton, SimpleForm, TextInput, Toolbar, maxLength, required, useEditContext, useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { ExternalIdInputs, MultipleSendingsInput, OwnerInput, TitleInput, WelcomeTextInputs } from './CampaignFormFields';
import { withoutLockedFields } from './campaignsProvider';
import type { CampaignRecord } from './operations';

const noop = () => undefined;

/**
 * Save only: a campaign is archived, never deleted from here (participations must not be lost;
 * guide p.65, "Archiver" on the campaign page), so react-admin's "Supprimer" is left out.
 */
const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const CampaignEditForm = () => {
  const translate = useTranslate();
  const { record, error, isPending } = useEditContext<CampaignRecord & { id: string }>();
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>{translate(errorMessageKey(error))}</Alert>;
  if (isPending || !record) return null;
  return (
    <EditView title={translate('orga.campaigns.edit.title', { name: record.name })}>
      <SimpleForm sx={{ maxWidth: 720 }} toolbar={<SaveOnlyToolbar />}>
        {record.isArchived ? <Alert severity="warning">{translate('orga.campaigns.edit.archived')}</Alert> : null}
        {record.hasParticipations ? <Alert severity="info">{translate('orga.campaigns.edit.hasParticipants')}</Alert> : null}
        <TextInput source="name" label="orga.campaigns.form.name" validate={[required(), maxLength(255)]} fullWidth />
        <OwnerInput organizationId={record.organization.id} />
        <ExternalIdInputs locked={record.hasParticipations} />
        <TitleInput isAssessment={record.type === 'ASSESSMENT'} />
        <WelcomeTextInputs />
        <MultipleSendingsInput locked={record.hasParticipations} />
      </SimpleForm>
    </EditView>
  );
};

/**
 * "Modifier" (guide p.64): name, owner, title, welcome text at any time; the identifier and
 * multiple sendings only until someone takes part: from then on they are shown locked, with the
 * reason, rather than refused at save (the API would answer CANT_UPDATE_WHEN_PARTICIPATIONS).
 * Errors stay on the page in French instead of react-admin's redirect to the list.
 */
export const CampaignEdit = () => (
  <EditBase resource="campaigns" mutationMode="pessimistic" redirect="show" queryOptions={{ onError: noop }} transform={withoutLockedFields}>
    <CampaignEditForm />
  </EditBase>
);
