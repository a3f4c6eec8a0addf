import { TablePagination } from '@mui/material';
import { useListContext, useLocaleState, useTranslate } from 'react-admin';
import { pageRangeLabel } from './pageRange';

/**
 * The pagination of the keyset lists (participants of a campaign, campaigns): first, previous,
 * next and last page with the total ("1–25 sur 100 000"), the moves the API serves at any depth
 * (connectionPages.ts, createKeysetPager) — no page numbers to jump to, so never a walk over N
 * pages. MUI's TablePagination: real buttons (Tab, Enter, Space), each with its label, and the
 * "Lignes par page" select.
 */
export function KeysetPagination({ rowsPerPageOptions = [10, 25, 50, 100] }: { rowsPerPageOptions?: number[] }) {
  const { page, perPage, total, setPage, setPerPage, isPending } = useListContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (isPending || !total) return null;
  return (
    <TablePagination
      component="nav"
      aria-label={translate('orga.layout.pagination.label')}
      count={total}
      page={Math.max(0, page - 1)}
      rowsPerPage={perPage}
      rowsPerPageOptions={rowsPerPageOptions}
      onPageChange={(_event, next) => setPage(next + 1)}
      onRowsPerPageChange={(event) => setPerPage(Number(event.target.value))}
      showFirstButton
      showLastButton
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      labelDisplayedRows={({ from, to, count }) => pageRangeLabel({ from, to, count }, locale, translate)}
      getItemAriaLabel={(type) => translate(`orga.layout.pagination.${type}`)}
    />
  );
}
