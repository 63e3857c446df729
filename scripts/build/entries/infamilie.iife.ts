/**
 * The entry of infamilie.iife.js, the classic script. A classic script has no `import.meta.url`: the
 * feed beside the script is found from `document.currentScript` instead, set before any element is
 * defined (see infamilie.ts beside this file for why the order matters).
 */
import './classic-feed.ts';
import '../../../packages/widgets/src/infamilie.ts';
