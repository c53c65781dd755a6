import { createRoot } from 'react-dom/client';
import { StandaloneApp } from './app';
import { sampleWorkbook } from './sample-workbook';

/** The theme: ?theme=dark or ?theme=light, else the system's. */
function theme(): 'light' | 'dark' {
  const asked = new URLSearchParams(location.search).get('theme');
  if (asked === 'dark' || asked === 'light') return asked;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

async function start() {
  const container = document.getElementById('root');
  if (!container) return;
  const workbook = await sampleWorkbook();
  createRoot(container).render(<StandaloneApp initial={workbook} environment={{ displayLanguage: navigator.language, theme: theme() }} />);
}

void start();
