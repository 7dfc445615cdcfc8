/**
 * The key a widget uses for "this page" when no `context` or `subject` is given: the
 * canonical URL (`<link rel="canonical">`), else the location without query and hash.
 */
export function pageKey(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (canonical) return canonical;
  return `${location.origin}${location.pathname}`;
}

/**
 * The page URL stored with what is written here (issue 15): `location.href` without the hash,
 * when it is an http(s) address of at most 2,000 characters; notifications link back to it.
 */
export function pageUrl(): string | undefined {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return undefined;
  const href = location.href.split('#')[0] ?? '';
  return href.length <= 2000 ? href : undefined;
}
