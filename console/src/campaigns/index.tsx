import CampaignIcon from '@mui/icons-material/Campaign';
import { Route } from 'react-router-dom';
import { ParticipationResultPage } from '../results/ParticipationResultPage';
import { CampaignCreate } from './CampaignCreate';
import { CampaignEdit } from './CampaignEdit';
import { CampaignList } from './CampaignList';
import { CampaignShow } from './CampaignShow';

/** The `campaigns` resource, spread into a <Resource> by App.tsx; a participant's results page is a child route. */
export const campaignsResource = {
  name: 'campaigns',
  list: CampaignList,
  create: CampaignCreate,
  edit: CampaignEdit,
  show: CampaignShow,
  icon: CampaignIcon,
  recordRepresentation: 'name',
  children: <Route path=":id/participations/:participationId" element={<ParticipationResultPage />} />,
};
