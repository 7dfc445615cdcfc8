import { defineElement } from '../define.js';
import { ConfabProvider } from '../../provider/provider.js';

/**
 * `<confab-provider>` as the loader defines it: the tag alone. What `provider/define.ts` adds
 * for the page (a context root, the meta-tag defaults with `MemoryAdapter` inside) the loader
 * and its entry chunks already do, without loading `MemoryAdapter` on pages that use none.
 */
defineElement('confab-provider', ConfabProvider);
