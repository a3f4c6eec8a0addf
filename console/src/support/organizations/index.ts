import BusinessIcon from '@mui/icons-material/Business';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';
import { gated } from '../access/SupportAreaGate';

export const organizations = { name: 'organizations', list: gated('organizations', OrganizationList), show: gated('organizations', OrganizationShow), create: gated('organizations', OrganizationCreate), edit: gated('organizations', OrganizationEdit), icon: BusinessIcon };
