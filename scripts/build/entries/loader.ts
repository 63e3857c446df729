/**
 * loader.js: the smallest thing a partner can paste. It loads only the elements that the page uses,
 * when it uses them: those in the page now, and those that a CMS or script adds later. Each element's
 * module (its `define.ts`) is a chunk beside this file; shared code is in shared chunks; texts of other
 * languages load when an element needs them.
 */
import './module-feed.ts';
import { elements } from 'infamilie:elements';
import { loadOnDemand } from './on-demand.ts';

loadOnDemand(elements);
