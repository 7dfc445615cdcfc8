import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/provider/define.js';

/**
 * `<confab-provider>` renders nothing of its own: it hands an adapter to the Confab widgets
 * inside it. Place widgets inside it (see the widget stories).
 */
const meta: Meta = {
  title: 'Setup/Provider',
  component: 'confab-provider',
  argTypes: {
    adapter: { control: 'select', options: ['memory', undefined] },
    endpoint: { control: 'text' },
  },
};
export default meta;

type Story = StoryObj<{ adapter?: string; endpoint?: string }>;

/** An in-browser MemoryAdapter: one signed-in member, no data, no server. */
export const Memory: Story = {
  args: { adapter: 'memory' },
  render: ({ adapter, endpoint }) => html`
    <confab-provider adapter=${ifDefined(adapter)} endpoint=${ifDefined(endpoint || undefined)}>
      <p>Page content with Confab widgets goes here: they share this provider's adapter.</p>
    </confab-provider>
  `,
};
