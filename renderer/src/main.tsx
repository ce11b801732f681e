import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installKeyboardRules } from './components/keyboard';
import { initI18n } from './i18n';
import './styles.css';

initI18n();
installKeyboardRules();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
