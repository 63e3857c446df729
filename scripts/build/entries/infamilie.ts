/**
 * The entry of the CDN's infamilie.js: the library's all-in-one module, with the default feed set
 * first. The elements are defined (and the page's elements upgraded, reading their feed URL) while the
 * imports of packages/widgets/src/infamilie.ts run, before that module's own body; so the default
 * must be set by a module that is evaluated before them.
 */
import './module-feed.ts';
export * from '../../../packages/widgets/src/infamilie.ts';
