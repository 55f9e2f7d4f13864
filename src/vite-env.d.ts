/// <reference types="vite/client" />

declare module 'virtual:dataset' {
  const dataset: import('./data/schema.ts').Dataset;
  export default dataset;
}
