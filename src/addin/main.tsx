import { startAddin } from './start';

const container = document.getElementById('root');
if (container) {
  void startAddin(container, {
    // Read when needed: office.js defines Excel and Word in a script it loads after ours may have run.
    office: () => (typeof Office === 'undefined' ? undefined : Office),
    excel: () => (typeof Excel === 'undefined' ? undefined : Excel),
    word: () => (typeof Word === 'undefined' ? undefined : Word),
    navigatorLanguage: navigator.language,
  });
}
