import { MenuItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCurrentOrganization } from './useCurrentOrganization';
import { pathInOrganization } from './pathInOrganization';

/**
 * The app bar's organisation choice (people in several structures, e.g. an administrator of a
 * Mission Locale and of a Cap emploi). One organisation: its name only. None (support agents):
 * nothing. A page addressed by organisation follows the choice.
 */
export const OrganizationSwitcher = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const location = useLocation();
  const { organization, organizations, choose } = useCurrentOrganization();
  if (!organization) return null;
  if (organizations.length === 1) {
    return (
      <Typography variant="body2" sx={{ mx: 1, display: { xs: 'none', sm: 'block' } }} data-testid="current-organization">
        {organization.name}
      </Typography>
    );
  }
  return (
    <TextField
      select
      size="small"
      variant="outlined"
      label={translate('orga.layout.switcher.label')}
      value={organization.id}
      onChange={(event) => {
        const id = event.target.value;
        choose(id);
        const next = pathInOrganization(location.pathname, id);
        if (next) navigate(next);
      }}
      sx={{
        mx: 1,
        flex: 'none',
        width: { xs: 160, sm: 260 },
        '& .MuiInputBase-root, & .MuiInputLabel-root, & .MuiSvgIcon-root': { color: 'inherit' },
        '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
      }}
      slotProps={{ select: { inputProps: { 'data-testid': 'organization-switcher' } } }}
    >
      {organizations.map((candidate) => (
        <MenuItem key={candidate.id} value={candidate.id}>
          {candidate.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
