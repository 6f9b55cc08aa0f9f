import { describe, expect, it } from 'vitest';
import { isMenuCommand, menuCommands } from './menu-commands';

describe('menu commands the preload passes to the window', () => {
  it('are only the known names', () => {
    for (const command of menuCommands) expect(isMenuCommand(command)).toBe(true);
    for (const other of ['open-devtools', '', 'OPEN-EXPORT', 42, null, { command: 'open-export' }])
      expect(isMenuCommand(other)).toBe(false);
  });
});
