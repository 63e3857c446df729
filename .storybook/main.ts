// Storybook for designers and webmasters: every element, state, language and theme (stories/).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import { manifestPlugin } from '../scripts/storybook/manifest.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample feed (index, quarter parts, base map) as the partners' pages see it: preview-head.html
  // points the elements at sample/feed.json, so stories need no `feed` attribute.
  staticDirs: [{ from: '../demo/public', to: '/sample' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, disableProjectJson: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Legacy decorators (experimentalDecorators, useDefineForClassFields: false), as in the demo:
      // Vite's TypeScript transform reads them from the root tsconfig; naming it makes that explicit.
      tsconfig: `${root}tsconfig.json`,
      plugins: [manifestPlugin()],
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};

export default config;
