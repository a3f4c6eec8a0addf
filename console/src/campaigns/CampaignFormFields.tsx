import { Alert, Typography } from '@mui/material';
import {
  BooleanInput,
  maxLength,
  RadioButtonGroupInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { errorMessageKey } from '../auth/errorCodes';
import { PROFILES_COLLECTION } from './campaignsProvider';
import { useOrganizationMembers } from './useOrganizationMembers';
import { useTargetProfiles } from './useTargetProfiles';
import { WelcomeTextPreview } from './WelcomeTextPreview';


const YES_NO = [
  { id: 'NO', name: 'orga.campaigns.form.no' },
  { id: 'YES', name: 'orga.campaigns.form.yes' },
];

const ID_TYPES = [
  { id: 'STRING', name: 'orga.campaigns.externalIdTypes.STRING' },
  { id: 'EMAIL', name: 'orga.campaigns.externalIdTypes.EMAIL' },
];

/** "Que souhaitez-vous tester ?" (guide p.56): a target profile, or collecting Pix profiles. */
export const WhatToTestInput = ({ organizationId }: { organizationId: string }) => {
  const translate = useTranslate();
  const { data: profiles, isPending, error } = useTargetProfiles(organizationId);
  if (error) return <Alert severity="error">{translate(errorMessageKey(error))}</Alert>;
  const choices = [
    ...(profiles ?? []).map((profile) => ({ id: profile.id, name: profile.name })),
    { id: PROFILES_COLLECTION, name: translate('orga.campaigns.form.profilesCollection') },
  ];
  return (
    <SelectInput
      source="whatToTest"
      label="orga.campaigns.form.whatToTest"
      choices={choices}
      translateChoice={false}
      isPending={isPending}
      validate={required()}
      fullWidth
    />
  );
};

/** Why a field cannot change any more, under it (the edit page, once someone took part). */
const LOCKED_HELP = 'orga.campaigns.edit.locked';
/** Disabled, yet the label and the reason stay readable (MUI's disabled grey is 2.7:1, under AA). */
const lockedSx = { '& .MuiFormLabel-root.Mui-disabled, & .MuiFormHelperText-root.Mui-disabled, & .MuiFormControlLabel-label.Mui-disabled': { color: 'text.secondary' } };

/**
 * "Souhaitez-vous demander un identifiant ?" with its label and type (guide p.57). `locked`: someone
 * took part, so the identifier is the key of their results; shown disabled with the reason.
 */
export const ExternalIdInputs = ({ locked = false }: { locked?: boolean }) => {
  const asks = useWatch({ name: 'asksExternalId' }) === 'YES';
  return (
    <>
      <RadioButtonGroupInput
        source="asksExternalId"
        label="orga.campaigns.form.asksExternalId"
        choices={YES_NO}
        validate={locked ? undefined : required()}
        disabled={locked}
        helperText={locked ? LOCKED_HELP : undefined}
        sx={locked ? lockedSx : undefined}
      />
      {asks ? (
        <>
          <TextInput
            source="externalIdLabel"
            label="orga.campaigns.form.externalIdLabel"
            helperText={locked ? LOCKED_HELP : 'orga.campaigns.form.externalIdLabelHelp'}
            validate={locked ? undefined : [required(), maxLength(255)]}
            disabled={locked}
            sx={locked ? lockedSx : undefined}
            fullWidth
          />
          <SelectInput
            source="externalIdType"
            label="orga.campaigns.form.externalIdType"
            choices={ID_TYPES}
            defaultValue="STRING"
            validate={locked ? undefined : required()}
            disabled={locked}
            helperText={locked ? LOCKED_HELP : undefined}
            sx={locked ? lockedSx : undefined}
          />
        </>
      ) : null}
    </>
  );
};

/** "Titre du parcours", only for an evaluation (participants read it). */
export const TitleInput = ({ isAssessment }: { isAssessment: boolean }) =>
  isAssessment ? (
    <TextInput source="title" label="orga.campaigns.form.title" helperText="orga.campaigns.form.titleHelp" validate={maxLength(50)} fullWidth />
  ) : null;

/** "Texte de la page d'accueil", its formatting rules (guide p.58) and the live preview. */
export const WelcomeTextInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="welcomeText" label="orga.campaigns.form.welcomeText" multiline minRows={4} validate={maxLength(5000)} fullWidth helperText={false} />
      <Typography variant="caption" color="text.secondary" sx={{ mb: 1, whiteSpace: 'pre-line' }}>
        {translate('orga.campaigns.form.welcomeTextHelp')}
      </Typography>
      <WelcomeTextPreview />
    </>
  );
};

/** "Envoi multiple": locked like the identifier once someone took part. */
export const MultipleSendingsInput = ({ locked = false }: { locked?: boolean }) => (
  <BooleanInput
    source="multipleSendings"
    label="orga.campaigns.form.multipleSendings"
    helperText={locked ? LOCKED_HELP : 'orga.campaigns.form.multipleSendingsHelp'}
    disabled={locked}
    sx={locked ? lockedSx : undefined}
  />
);

/** Who is in charge of the campaign ("Créé par" in the list). */
export const OwnerInput = ({ organizationId }: { organizationId: string }) => {
  const { data: members, isPending } = useOrganizationMembers(organizationId);
  return <SelectInput source="ownerId" label="resources.campaigns.fields.owner" choices={members ?? []} isPending={isPending} validate={required()} />;
};
