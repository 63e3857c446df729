// Modules that Vite provides to the stories (see scripts/storybook/manifest.ts and Vite's `?raw`).
declare module 'virtual:infamilie-custom-elements' {
  const manifest: import('./manifest.ts').Manifest;
  export default manifest;
}

declare module '*?raw' {
  const text: string;
  export default text;
}
