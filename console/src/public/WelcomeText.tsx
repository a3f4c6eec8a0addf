import { Box, type SxProps } from '@mui/material';

/**
 * Shows a welcome text as the API rendered it. The only `dangerouslySetInnerHTML` of the console,
 * and safe because its input is never raw: it is `welcomeTextHtml` / `renderWelcomeText` from the
 * API, whose renderer (api/src/campaigns/infrastructure/welcome-text-renderer.ts, with its tests)
 * is markdown-it's "zero" preset with only emphasis and line breaks enabled and `html: false`: the
 * advisor's text comes out escaped, with only <p>, <br>, <strong> and <em> added — no raw HTML,
 * link, image, attribute or script can come through.
 */
export const WelcomeText = ({ html, sx }: { html: string; sx?: SxProps }) => (
  <Box className="welcome-text" sx={{ '& p': { mt: 0, mb: 1.5 }, ...sx }} dangerouslySetInnerHTML={{ __html: html }} />
);
