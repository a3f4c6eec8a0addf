import BusinessIcon from '@mui/icons-material/Business';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';

export const organizations = { name: 'organizations', list: OrganizationList, show: OrganizationShow, create: OrganizationCreate, edit: OrganizationEdit, icon: BusinessIcon };
