// Vite/vitest `?raw` imports (tests only): the file's text.
declare module '*?raw' {
  const content: string;
  export default content;
}
