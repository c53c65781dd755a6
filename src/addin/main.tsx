import { startAddin } from './start';

const container = document.getElementById('root');
if (container) {
  void startAddin(container, {
    Office: typeof Office === 'undefined' ? undefined : Office,
    Excel: typeof Excel === 'undefined' ? undefined : Excel,
    navigatorLanguage: navigator.language,
  });
}
