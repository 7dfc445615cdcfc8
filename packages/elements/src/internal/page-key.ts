/**
 * The key a widget uses for "this page" when no `context` or `subject` is given: the
 * canonical URL (`<link rel="canonical">`), else the location without query and hash.
 */
export function pageKey(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (canonical) return canonical;
  return `${location.origin}${location.pathname}`;
}
