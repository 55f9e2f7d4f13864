import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot } from './Boot.tsx';
import { ENGLISH, LanguageProvider, loadCatalogue } from './i18n/i18n.tsx';
import { preferredLanguage } from './i18n/languages.ts';
import { readUrlState } from './state/url-state.ts';
import './styles.css';

// The language: the URL's ?lang=, else the browser's first preference the map has, else English.
// Its strings arrive before the first render, so that the page never flashes in another language.
const inUrl = readUrlState(location.search).lang;
const catalogue = await loadCatalogue(inUrl ?? preferredLanguage(navigator.languages)).catch((error) => {
  console.warn('The language could not be loaded; showing English:', error);
  return ENGLISH;
});

createRoot(document.getElementById('root')!, {
  // An error an error boundary has handled is shown to the reader; it is not a page error.
  onCaughtError: (error) => console.warn('Handled by an error boundary:', error),
}).render(
  <StrictMode>
    <LanguageProvider initial={catalogue} chosen={inUrl !== null}>
      <Boot />
    </LanguageProvider>
  </StrictMode>,
);
