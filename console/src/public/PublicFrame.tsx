import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';

/** The frame of the public pages: no console menu, readable on a phone (the diagnostic runs on one), French or English. */
export const PublicFrame = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: { xs: 2, sm: 6 }, px: 2 }}>
      <Box sx={{ maxWidth: 680, mx: 'auto' }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, mb: 1 }}>
          <Typography variant="overline" component="div" color="text.secondary">
            {translate('orga.landing.brand')}
          </Typography>
          {/* Français / English: the participant's choice is kept in the console's store. */}
          <LocalesMenuButton />
        </Box>
        <Card>
          <CardContent sx={{ p: { xs: 2, sm: 4 } }}>{children}</CardContent>
        </Card>
      </Box>
    </Box>
  );
};
