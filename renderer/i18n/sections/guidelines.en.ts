/** Per-field guidelines and hotkeys: written in Fields…, shown and used in the fields panel. */
export const guidelinesEn = {
  guideline: 'Guideline',
  guidelineOf: 'Guideline for {{key}}',
  placeholder: 'What to take for this field, and what not',
  hotkey: 'Hotkey',
  hotkeyOf: 'Hotkey of {{key}} (Alt + one letter or digit)',
  hotkeyBadge: 'Alt+{{key}}',
  hotkeyTitle: 'Select text, then press Alt+{{key}} to add it to {{field}}',
};
