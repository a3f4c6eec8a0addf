import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Button, LinearProgress, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { errorMessageKey } from '../auth/errorCodes';
import { graphqlClient } from '../auth/graphqlClient';
import { downloadCsv, formatBytes, saveBlob, type DownloadProgress } from './csvDownload';

type State = { step: 'idle' } | { step: 'running'; progress: DownloadProgress } | { step: 'done'; rows: number } | { step: 'failed'; error: unknown };

/** "Exporter résultats (.csv)" (guide p.63): streamed, with bytes and rows shown as they arrive. */
export const ExportResultsButton = ({ campaignId }: { campaignId: string }) => {
  const translate = useTranslate();
  const [state, setState] = useState<State>({ step: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    abort.current = new AbortController();
    setState({ step: 'running', progress: { bytes: 0, rows: 0 } });
    try {
      const result = await downloadCsv({
        url: `/exports/campaigns/${encodeURIComponent(campaignId)}/results.csv`,
        accessToken: graphqlClient.getSession()?.accessToken ?? null,
        refresh: async () => (await graphqlClient.refreshSession())?.accessToken ?? null,
        signal: abort.current.signal,
        onProgress: (progress) => setState({ step: 'running', progress }),
      });
      saveBlob(result.blob, result.filename);
      setState({ step: 'done', rows: result.rows });
    } catch (error) {
      setState((error as { name?: string }).name === 'AbortError' ? { step: 'idle' } : { step: 'failed', error });
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 0.5, minWidth: 240 }}>
      {state.step === 'running' ? (
        <Button size="small" onClick={() => abort.current?.abort()}>
          {translate('ra.action.cancel')}
        </Button>
      ) : (
        <Button variant="outlined" size="small" startIcon={<DownloadIcon />} onClick={start}>
          {translate('orga.results.export.button')}
        </Button>
      )}
      {state.step === 'running' ? (
        <Box sx={{ width: '100%' }} role="status" aria-live="polite">
          <LinearProgress />
          <Typography variant="caption" data-testid="export-progress">
            {translate('orga.results.export.progress', { rows: state.progress.rows, size: formatBytes(state.progress.bytes) })}
          </Typography>
        </Box>
      ) : null}
      {state.step === 'done' ? (
        <Typography variant="caption" role="status" data-testid="export-done">
          {translate('orga.results.export.done', { smart_count: state.rows })}
        </Typography>
      ) : null}
      {state.step === 'failed' ? (
        <Alert severity="error" sx={{ py: 0 }}>
          {translate(errorMessageKey(state.error))}
        </Alert>
      ) : null}
    </Box>
  );
};
