import { createRoot } from 'react-dom/client';
import { Pane } from '../taskpane/pane';
import { StandaloneApp } from './app';
import { pageConventionDocuments } from './convention-documents';
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
  const environment = { displayLanguage: navigator.language, theme: theme(), conventionDocuments: pageConventionDocuments };
  // ?view=pane: the pane alone over the sample, as Excel shows it (320–350 px wide), for a person
  // or a test to look at it at Excel's width.
  if (new URLSearchParams(location.search).get('view') === 'pane') createRoot(container).render(<Pane workbook={workbook} diagnostics={workbook} environment={environment} />);
  else createRoot(container).render(<StandaloneApp initial={workbook} environment={environment} />);
}

void start();
