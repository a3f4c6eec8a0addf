import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { gated } from '../access/SupportAreaGate';
import { PartnerClientCreate } from './PartnerClientCreate';
import { PartnerClientList } from './PartnerClientList';

/** "Partenaires": the partner networks' API clients (SUPER_ADMIN and SUPPORT; the creation form SUPER_ADMIN's only). */
export const partnerClients = { name: 'partnerClients', list: gated('partners', PartnerClientList), create: gated('partners', PartnerClientCreate), icon: VpnKeyIcon };
