import { Create, SaveButton, SimpleForm, TextInput, Toolbar, maxLength, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PROFILES_COLLECTION } from './campaignsProvider';
import { ExternalIdInputs, MultipleSendingsInput, TitleInput, WelcomeTextInputs, WhatToTestInput } from './CampaignFormFields';
import { OrganizationGate } from './OrganizationGate';

const AssessmentTitle = () => <TitleInput isAssessment={useWatch({ name: 'whatToTest' }) !== PROFILES_COLLECTION} />;

/** "Création d'une campagne", the guide's order (p.55-60). */
const CampaignCreateForm = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  return (
    <Create
      resource="campaigns"
      title="orga.campaigns.create.title"
      redirect="show"
      transform={(data: Record<string, unknown>) => ({ ...data, organizationId })}
    >
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton label="orga.campaigns.create.submit" />
          </Toolbar>
        }
        defaultValues={{ asksExternalId: 'NO', multipleSendings: false }} sx={{ maxWidth: 720 }}>
        <TextInput
          source="name"
          label="orga.campaigns.form.name"
          helperText={translate('orga.campaigns.form.nameHelp')}
          validate={[required(), maxLength(255)]}
          fullWidth
        />
        <WhatToTestInput organizationId={organizationId} />
        <ExternalIdInputs />
        <AssessmentTitle />
        <WelcomeTextInputs />
        <MultipleSendingsInput />
      </SimpleForm>
    </Create>
  );
};

export const CampaignCreate = () => <OrganizationGate>{(organization) => <CampaignCreateForm organizationId={organization.id} />}</OrganizationGate>;
