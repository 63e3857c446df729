/**
 * @infamilie/feed: the shared feed of Netzwerk INFamilie.
 * No DOM, no Lit: everything here runs in browsers and in Node.
 */
export * from './schema.ts';
export * from './errors.ts';
export * from './parse.ts';
export * from './load.ts';
export * from './text.ts';
export * from './time.ts';
export * from './query.ts';
export * from './geometry.ts';
export * from './occurrences.ts';
export * from './ics.ts';
export * from './jsonld.ts';
export * from './values.ts';
