import '@mantine/core/styles.css';
import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readableCssVariables } from './app/accessible-colors';
import { theme } from './app/theme';
import { RecoveryGate } from './features/recovery/RecoveryGate';
import './i18n';
import './features/fields/highlights.css';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'gleaner.colorScheme' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={readableCssVariables}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <RecoveryGate>
        <App />
      </RecoveryGate>
    </MantineProvider>
  </StrictMode>,
);
