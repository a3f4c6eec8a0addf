import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Pix's own public addresses, as the guide gives them (annexe 3, "Des questions ?"). */
export const COMMUNITY_URL = 'https://communaute.pix.fr';
export const HELP_CENTER_URL = 'https://support.pix.fr';
export const SUPPORT_EMAIL = 'support@pix.fr';
/** The organisation's own documentation link when it has one; this is the API's default. */
export const DEFAULT_GUIDE_URL = 'https://pix.fr/pix-emploi';

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** "Besoin d'aide ?": the guide (the organisation's documentation link), the community, Pix's help centre and support. */
export const HelpCard = ({ guideUrl }: { guideUrl?: string | null }) => {
  const translate = useTranslate();
  const external = (href: string, key: string) => (
    <li>
      <Link href={href} target="_blank" rel="noopener noreferrer">
        {translate(key)}
        <Box component="span" sx={visuallyHidden}>
          {` ${translate('orga.figures.help.newTab')}`}
        </Box>
      </Link>
    </li>
  );
  return (
    <Card data-testid="dashboard-help">
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {translate('orga.figures.help.title')}
        </Typography>
        <Typography variant="body2">{translate('orga.figures.help.intro')}</Typography>
        <Box component="ul" sx={{ my: 1, pl: 3, '& li': { mb: 0.5 } }}>
          {external(guideUrl || DEFAULT_GUIDE_URL, 'orga.figures.help.guide')}
          {external(COMMUNITY_URL, 'orga.figures.help.community')}
          {external(HELP_CENTER_URL, 'orga.figures.help.helpCenter')}
          <li>
            <Link href={`mailto:${SUPPORT_EMAIL}`}>{translate('orga.figures.help.support')}</Link>
          </li>
        </Box>
      </CardContent>
    </Card>
  );
};
