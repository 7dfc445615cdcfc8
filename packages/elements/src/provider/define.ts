import { ContextRoot } from '@lit/context';
import { MemoryAdapter, RestAdapter } from '@confab/core';
import { ConfabProvider } from './provider.js';
import { defineElement } from '../internal/define.js';
import { setDefaultResolver } from '../internal/defaults.js';

// A context root lets widgets upgraded before their provider (script order) find it later.
const root = Symbol.for('confab.context-root');
const g = globalThis as Record<symbol, unknown>;
if (!g[root]) {
  g[root] = true;
  new ContextRoot().attach(document.documentElement);
}

// The document-level default for widgets outside any provider:
// <meta name="confab-endpoint" content="/api/v1"> or <meta name="confab-adapter" content="memory">.
setDefaultResolver(() => {
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  const endpoint = meta('confab-endpoint');
  if (endpoint) return new RestAdapter({ endpoint });
  if (meta('confab-adapter') === 'memory') return new MemoryAdapter();
  return undefined;
});

defineElement('confab-provider', ConfabProvider);

declare global {
  interface HTMLElementTagNameMap {
    'confab-provider': ConfabProvider;
  }
}
