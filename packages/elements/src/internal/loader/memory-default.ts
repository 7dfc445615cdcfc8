import { MemoryAdapter } from '@confab/core';
import { setDefaultResolver } from '../defaults.js';

/**
 * The loader's document default for `<meta name="confab-adapter" content="memory">`: an
 * unseeded `MemoryAdapter` (a mock-up page without a server). Loaded only on such pages.
 */
setDefaultResolver(() => new MemoryAdapter());
