import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { normalizeCode } from './campaignCode';
import { CAMPAIGN_TO_JOIN } from './operations';
import { PublicFrame } from './PublicFrame';

/**
 * `/campagnes`: where a participant types the code parcours their advisor gave them, as on Pix's
 * own site. Case and spaces are forgiven (`jeunes 287` is `JEUNES287`); an unknown code is
 * explained here, a known one opens its landing page.
 */
export const CodeEntryPage = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<{ key: string; code?: string } | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeCode(typed);
    if (!code) return setProblem({ key: 'orga.codeEntry.empty' });
    setChecking(true);
    setProblem(null);
    try {
      await graphqlClient.request(CAMPAIGN_TO_JOIN, { code });
      navigate(`/campagnes/${encodeURIComponent(code)}`);
    } catch (error) {
      const unknown = ['NOT_FOUND', 'BAD_USER_INPUT'].includes((error as { code?: string }).code ?? '');
      setProblem(unknown ? { key: 'orga.codeEntry.unknown', code } : { key: errorMessageKey(error) });
      setChecking(false);
    }
  };

  return (
    <PublicFrame>
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('orga.codeEntry.title')}
      </Typography>
      <Box component="form" onSubmit={(event) => void submit(event)} noValidate sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography>{translate('orga.codeEntry.intro')}</Typography>
        <TextField
          label={translate('orga.codeEntry.label')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoFocus
          autoComplete="off"
          helperText={translate('orga.codeEntry.help')}
          error={Boolean(problem)}
          inputProps={{ maxLength: 40, autoCapitalize: 'characters', spellCheck: false }}
        />
        {problem ? (
          <Alert severity="warning" role="alert" data-testid="code-problem">
            {translate(problem.key, { code: problem.code })}
          </Alert>
        ) : null}
        <Button type="submit" variant="contained" size="large" disabled={checking}>
          {translate('orga.codeEntry.submit')}
        </Button>
      </Box>
    </PublicFrame>
  );
};
