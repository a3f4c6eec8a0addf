import { Edit } from 'react-admin';
import { OrganizationForm } from './OrganizationForm';

// Pessimistic: a refused SIRET or an archived organisation shows its French message, not a rollback.
export const OrganizationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title="orga.support.organizations.edit">
    <OrganizationForm />
  </Edit>
);
