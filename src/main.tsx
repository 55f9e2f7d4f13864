import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot } from './Boot.tsx';
import './styles.css';

createRoot(document.getElementById('root')!, {
  // An error an error boundary has handled is shown to the reader; it is not a page error.
  onCaughtError: (error) => console.warn('Handled by an error boundary:', error),
}).render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
