import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useLocale, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatShareRate } from '../dashboard/statistics';
import { bandTexts } from '../results/bandTranslations';
import { bandLabels, type ResultBandCount } from '../results/resultBands';
import { groupChartRows, type NetworkGroup } from './networkDashboard';

/**
 * A chart is drawn for the eye (hidden from assistive technologies: its bars are no text) and
 * followed by the table of the same figures, its text alternative, named by the same caption.
 */
const ChartFigure = ({ title, testId, chart, table }: { title: string; testId: string; chart: ReactNode; table: ReactNode }) => {
  const captionId = useId();
  return (
    <Box component="figure" sx={{ m: 0 }} aria-labelledby={captionId} data-testid={testId}>
      <Typography id={captionId} variant="h6" component="figcaption" gutterBottom>
        {title}
      </Typography>
      <Box aria-hidden="true" sx={{ width: '100%', height: 260 }} data-testid={`${testId}-chart`}>
        {chart}
      </Box>
      {table}
    </Box>
  );
};

/** How the shared results of one profile fall in the guide's bands: bars, then the table (band, count, the guide's advice). */
export const BandsBarChart = ({ title, bands, testId }: { title: string; bands: ResultBandCount[]; testId: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const theme = useTheme();
  const labels = bandLabels(bands, locale);
  const data = bands.map((band, index) => ({ key: band.key, label: translate(labels[index]!.key, labels[index]!.values), count: band.count }));
  const countLabel = translate('orga.network.bands.count');
  return (
    <ChartFigure
      title={title}
      testId={testId}
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 16, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={150} />
            <Tooltip />
            <Bar dataKey="count" name={countLabel} fill={theme.palette.primary.main} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <TableContainer>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{translate('orga.network.bands.band')}</TableCell>
                <TableCell component="th" scope="col" align="right">{countLabel}</TableCell>
                <TableCell component="th" scope="col">{translate('orga.network.bands.advice')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {bands.map((band, index) => (
                <TableRow key={band.key} data-testid={`network-band-${band.key}`}>
                  <TableCell component="th" scope="row">{data[index]!.label}</TableCell>
                  <TableCell align="right">{band.count}</TableCell>
                  <TableCell>{bandTexts(band, locale).advice}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      }
    />
  );
};

/** The breakdown: per group the three statuses stacked, then the table of every figure (structures, participants, statuses, share rate). */
export const GroupsChart = ({ title, groups, groupLabel, label }: { title: string; groups: readonly NetworkGroup[]; groupLabel: string; label: (group: NetworkGroup) => string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const theme = useTheme();
  const data = groupChartRows(groups, label);
  const t = (key: string) => translate(`orga.figures.${key}`);
  return (
    <ChartFigure
      title={title}
      testId="network-groups"
      chart={
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ right: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="started" stackId="status" name={t('started')} fill={theme.palette.info.main} isAnimationActive={false} />
            <Bar dataKey="toShare" stackId="status" name={t('toShare')} fill={theme.palette.warning.main} isAnimationActive={false} />
            <Bar dataKey="shared" stackId="status" name={t('shared')} fill={theme.palette.success.main} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <TableContainer>
          <Table size="small" aria-label={title} data-testid="network-groups-table">
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{groupLabel}</TableCell>
                <TableCell component="th" scope="col" align="right">{translate('orga.network.structures')}</TableCell>
                <TableCell component="th" scope="col" align="right">{t('participations')}</TableCell>
                <TableCell component="th" scope="col" align="right">{t('started')}</TableCell>
                <TableCell component="th" scope="col" align="right">{t('toShare')}</TableCell>
                <TableCell component="th" scope="col" align="right">{t('shared')}</TableCell>
                <TableCell component="th" scope="col" align="right">{t('shareRate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {groups.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={7}>{translate('orga.network.noGroup')}</TableCell>
                </TableRow>
              ) : null}
              {groups.map((group, index) => (
                <TableRow key={group.key}>
                  <TableCell component="th" scope="row">{data[index]!.label}</TableCell>
                  <TableCell align="right">{group.structures}</TableCell>
                  <TableCell align="right">{group.statistics.participationsCount}</TableCell>
                  <TableCell align="right">{group.statistics.startedCount}</TableCell>
                  <TableCell align="right">{group.statistics.toShareCount}</TableCell>
                  <TableCell align="right">{group.statistics.sharedCount}</TableCell>
                  <TableCell align="right">{formatShareRate(group.statistics.shareRate, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      }
    />
  );
};
