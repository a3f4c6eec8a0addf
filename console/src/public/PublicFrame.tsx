import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** The frame of the public pages: no console menu, readable on a phone (the diagnostic runs on one). */
export const PublicFrame = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'grey.100', py: { xs: 2, sm: 6 }, px: 2 }}>
      <Box sx={{ maxWidth: 680, mx: 'auto' }}>
        <Typography variant="overline" component="div" color="text.secondary" sx={{ mb: 1 }}>
          {translate('orga.landing.brand')}
        </Typography>
        <Card>
          <CardContent sx={{ p: { xs: 2, sm: 4 } }}>{children}</CardContent>
        </Card>
      </Box>
    </Box>
  );
};
