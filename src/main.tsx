import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dataset from 'virtual:dataset';
import { App } from './App.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App dataset={dataset} />
  </StrictMode>,
);
