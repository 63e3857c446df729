/**
 * The strict Content-Security-Policy of the demo's csp.html: what a careful partner site sends.
 * Lit needs one Trusted Types policy, named `lit-html` (it passes its own template HTML through it);
 * the widgets create no other, and never set inline styles or scripts. Two copies of Lit on one page
 * each create `lit-html`, so such a page needs `trusted-types lit-html 'allow-duplicates'`.
 */
import type { Plugin } from 'vite';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Pages served with STRICT_CSP, by their name in the demo folder. */
export const CSP_PAGES = ['csp.html'];

/**
 * For the dev server: `plugins: [strictCspHeaders()]` in demo/vite.config.ts sends the header there
 * too. csp.html also carries the same policy in a meta tag, so it is enforced on every server.
 */
export function strictCspHeaders(): Plugin {
  return {
    name: 'infamilie-strict-csp',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const page = (request.url ?? '').split('?')[0].split('/').pop() ?? '';
        if (CSP_PAGES.includes(page)) response.setHeader('Content-Security-Policy', STRICT_CSP);
        next();
      });
    },
  };
}
