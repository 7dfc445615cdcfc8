import { RestAdapter } from '@confab/core';
import { setDefaultResolver } from '../defaults.js';

/**
 * The loader's document default for `<meta name="confab-endpoint" content="…">`: a
 * `RestAdapter` on that endpoint. Loaded (and evaluated) before any widget chunk on a page
 * with that meta tag; `MemoryAdapter` stays out of such pages.
 */
setDefaultResolver(() => {
  const endpoint = document.querySelector<HTMLMetaElement>('meta[name="confab-endpoint"]')?.content;
  return endpoint ? new RestAdapter({ endpoint }) : undefined;
});
