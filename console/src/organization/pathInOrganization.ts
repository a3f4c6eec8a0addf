/**
 * Where to go when the organisation changes in the switcher: the same page of the new
 * organisation for pages addressed by organisation (`/organizations/<id>/team`), else stay (the
 * other pages read the current organisation themselves). Null means "stay".
 */
export function pathInOrganization(pathname: string, organizationId: string): string | null {
  const match = /^\/organizations\/[^/]+\/(team)\/?$/.exec(pathname);
  return match ? `/organizations/${encodeURIComponent(organizationId)}/${match[1]}` : null;
}
