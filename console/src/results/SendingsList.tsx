import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { RowLink } from '../layout/RowLink';
import type { ParticipationResultsQuery } from '../gql/graphql';
import { ParticipationResultChip } from '../participants/ParticipationResultChip';
import { useResultFormats } from './format';

/** One sending as ParticipationResults reads it (generated type). */
export type Sending = ParticipationResultsQuery['campaign']['participation']['sendings'][number];

/** The sending that is the person's result: their latest shared one (campaigns README, "One person, one result"). */
export function keptSending<S extends Pick<Sending, 'status' | 'sharedAt'>>(sendings: readonly S[]): S | null {
  return sendings.filter((sending) => sending.status === 'SHARED' && sending.sharedAt).sort((a, b) => b.sharedAt!.localeCompare(a.sharedAt!))[0] ?? null;
}

/**
 * The person's sendings in this campaign ("Je retente"), newest first: each opens its own page;
 * the one shown and the one kept as their result are named.
 */
export const SendingsList = ({ sendings, shownId, pathOf }: { sendings: Sending[]; shownId: string; pathOf: (id: string) => string }) => {
  const translate = useTranslate();
  const { date } = useResultFormats();
  const kept = keptSending(sendings);
  const title = translate('orga.resultScreens.sendings.title', { smart_count: sendings.length });
  return (
    <Paper variant="outlined" sx={{ mt: 2 }} component="section" aria-labelledby="sendings-title">
      <Typography id="sendings-title" variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
        {title}
      </Typography>
      <Table size="small" aria-labelledby="sendings-title">
        <TableHead>
          <TableRow>
            <TableCell>{translate('orga.resultScreens.sendings.startedAt')}</TableCell>
            <TableCell>{translate('orga.resultScreens.sendings.sharedAt')}</TableCell>
            <TableCell>{translate('orga.resultScreens.sendings.result')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sendings.map((sending) => {
            const shown = sending.id === shownId;
            const notes = [shown ? translate('orga.resultScreens.sendings.shown') : null, kept?.id === sending.id ? translate('orga.resultScreens.sendings.kept') : null].filter(Boolean);
            return (
              <TableRow key={sending.id} selected={shown} data-testid={`sending-${sending.id}`}>
                <TableCell>
                  {shown ? (
                    <span aria-current="page">{translate('orga.resultScreens.sendings.open', { date: date(sending.startedAt) })}</span>
                  ) : (
                    <RowLink to={pathOf(sending.id)}>{translate('orga.resultScreens.sendings.open', { date: date(sending.startedAt) })}</RowLink>
                  )}
                  {notes.length ? ` (${notes.join(', ')})` : ''}
                </TableCell>
                <TableCell>{sending.sharedAt ? date(sending.sharedAt) : '–'}</TableCell>
                <TableCell>
                  {sending.masteryRate === null && sending.pixScore !== null && sending.status === 'SHARED' ? (
                    `${sending.pixScore} pix`
                  ) : (
                    <ParticipationResultChip status={sending.status} masteryRate={sending.masteryRate} />
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
};
