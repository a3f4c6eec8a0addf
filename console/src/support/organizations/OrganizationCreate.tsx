import { Create } from 'react-admin';
import { OrganizationForm } from './OrganizationForm';

export const OrganizationCreate = () => (
  <Create redirect="show" title="orga.support.organizations.create">
    <OrganizationForm />
  </Create>
);
