// The demo: partner pages that embed the widgets the way partners do, on the sample feed in public/.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const pages = Object.fromEntries(readdirSync(root).filter((file) => file.endsWith('.html')).map((file) => [file.replace(/\.html$/, ''), `${root}${file}`]));

export default defineConfig({
  root,
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist/demo-dev', emptyOutDir: true, rollupOptions: { input: pages } },
});
