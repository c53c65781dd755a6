import { startAddin } from './start';

const container = document.getElementById('root');
if (container) {
  void startAddin(container, {
    // Read when needed: office.js defines Excel in a script it loads after ours may have run.
    office: () => (typeof Office === 'undefined' ? undefined : Office),
    excel: () => (typeof Excel === 'undefined' ? undefined : Excel),
    navigatorLanguage: navigator.language,
  });
}
