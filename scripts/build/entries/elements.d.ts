/** The build's virtual module: each INFamilie tag and the import of its registration chunk. */
declare module 'infamilie:elements' {
  export const elements: Record<string, () => Promise<unknown>>;
}
