/// <reference types="vite/client" />

/** A font cut down at build to the page's characters (scripts/fonts.ts): its URL. */
declare module 'virtual:font/*' {
  const url: string;
  export default url;
}
