/** "1–25 sur 100 000": the rows shown and the total, numbers written as the language writes them. */
export function pageRangeLabel(
  { from, to, count }: { from: number; to: number; count: number },
  locale: string,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string {
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR');
  return translate('orga.layout.pagination.range', { from: number.format(from), to: number.format(to), total: number.format(count) });
}
