import { startWordPage } from './start-word';

const container = document.getElementById('root');
if (container) {
  void startWordPage(container, {
    // Read when needed: office.js defines Word in a script it loads after ours may have run.
    office: () => (typeof Office === 'undefined' ? undefined : Office),
    excel: () => (typeof Excel === 'undefined' ? undefined : Excel),
    word: () => (typeof Word === 'undefined' ? undefined : Word),
    navigatorLanguage: navigator.language,
  });
}
