import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * The French public service's "bleu France" (#000091): white on it reads at 15.9:1, it on the
 * filled fields' grey at 14:1 (WCAG AA asks 4.5:1). react-admin's default blue app bar (#2196f3)
 * gave white text 3.1:1 and a focused field's label 4:1.
 */
const BLUE_FRANCE = '#000091';

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: BLUE_FRANCE, light: '#3a3acf', dark: '#00006d', contrastText: '#fff' },
    // The app bar's colour.
    secondary: { main: BLUE_FRANCE, light: '#3a3acf', dark: '#00006d', contrastText: '#fff' },
    // MUI's defaults for these read at 3.1:1 (warning, e.g. "Archiver") and 4:1 (info) on white;
    // these (the French public service's) at 5.9:1 and 6:1, with white text on them too.
    warning: { main: '#b34000', light: '#e06a1f', dark: '#8a3100', contrastText: '#fff' },
    info: { main: '#0063cb', light: '#3d8ae0', dark: '#004a99', contrastText: '#fff' },
  },
  components: {
    ...defaultTheme.components,
    // A spinner is a progressbar and needs a name (axe: aria-progressbar-name): react-admin's own
    // (lists, forms) get this one; ours pass the translated "ra.page.loading".
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Chargement' } },
    // react-admin's empty list ("Pas encore de E-mail.") is in the "disabled" grey, 2.7:1.
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { color: 'rgba(0, 0, 0, 0.6)' } } } },
    MuiCssBaseline: {
      styleOverrides: {
        // Whatever has the keyboard focus shows it, on light and on blue backgrounds alike
        // (MUI's own ripple is faint and some controls, e.g. "Lignes par page", show nothing).
        ':focus-visible': { outline: `3px solid ${BLUE_FRANCE} !important`, outlineOffset: '2px' },
        'header :focus-visible, .MuiAppBar-root :focus-visible': { outline: '3px solid #fff !important', outlineOffset: '-3px' },
      },
    },
  },
};
