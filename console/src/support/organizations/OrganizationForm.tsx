import { BooleanInput, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, maxLength, regex, required } from 'react-admin';
import { NetworkInput } from './NetworkInput';
import { organizationTypeChoices } from './organizationTypes';

/**
 * Save only, no "Supprimer": an organisation is never deleted (its campaigns and participations
 * must not be lost); support closes it with "Archiver" on its page.
 */
const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Create and edit share it; the API validates the SIRET (Luhn) again. */
export const OrganizationForm = () => (
  <SimpleForm toolbar={<SaveOnlyToolbar />}>
    <TextInput source="name" label="orga.support.organizations.fields.name" validate={[required(), maxLength(255)]} fullWidth />
    <SelectInput source="type" label="orga.support.organizations.fields.type" choices={organizationTypeChoices} validate={required()} />
    <NetworkInput />
    <TextInput source="externalId" label="orga.support.organizations.fields.externalId" />
    <TextInput source="siret" label="orga.support.organizations.fields.siret" validate={regex(/^\d{14}$/, 'orga.support.organizations.siretFormat')} />
    <TextInput source="street" label="orga.support.organizations.fields.street" fullWidth />
    <TextInput source="postalCode" label="orga.support.organizations.fields.postalCode" />
    <TextInput source="city" label="orga.support.organizations.fields.city" />
    <TextInput source="department" label="orga.support.organizations.fields.department" />
    <TextInput source="region" label="orga.support.organizations.fields.region" />
    <TextInput source="documentationUrl" label="orga.support.organizations.fields.documentationUrl" fullWidth />
    <BooleanInput source="isCertificationCenter" label="orga.support.organizations.fields.isCertificationCenter" />
  </SimpleForm>
);
