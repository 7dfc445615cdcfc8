const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * True when `url` (absolute or relative to the page) uses http, https or mailto, so it may
 * reach an `href` or `src`. `javascript:`, `data:`, `vbscript:` and unparsable URLs are refused.
 *
 * @example
 * ```ts
 * isSafeUrl('javascript:alert(1)'); // false
 * ```
 */
export function isSafeUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(url, document.baseURI).protocol);
  } catch {
    return false; // not a URL at all
  }
}

/** `url` when it is safe, else undefined (for Lit's `ifDefined`). */
export function safeUrl(url: string | null | undefined): string | undefined {
  return isSafeUrl(url) ? url : undefined;
}
