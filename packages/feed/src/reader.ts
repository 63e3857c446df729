/**
 * How `loadFeed` gets the reader (the schema and zod). The library imports it statically. The CDN
 * build replaces this module with a dynamic import of parse.ts (see readerChunkPlugin in
 * scripts/build/bundle.ts), so that the reader is a chunk that downloads while the feed does.
 * Doing that here, with `import()`, would make bundlers that do not split (esbuild's IIFE and plain ESM
 * output) wrap parse.ts in a lazy initializer that the barrel's `export *` never calls.
 */
import { parseFeedInSlices, parseFeedPartInSlices } from './parse.ts';

export interface Reader {
  parseFeedInSlices: typeof parseFeedInSlices;
  parseFeedPartInSlices: typeof parseFeedPartInSlices;
}

export const loadReader = (): Promise<Reader> => Promise.resolve({ parseFeedInSlices, parseFeedPartInSlices });
