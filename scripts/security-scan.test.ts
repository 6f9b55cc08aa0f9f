import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, scan, type Finding } from './security-scan.mjs';

const finding = (id: string, severity: string, file = 'main/main.ts'): Finding => ({
  id,
  severity,
  confidence: 'FIRM',
  file,
  location: '1:1',
  description: '',
});

describe('the security scan', () => {
  it('fails on any HIGH finding, even one marked as accepted', () => {
    const { failing } = judge([finding('NODE_INTEGRATION_JS_CHECK', 'HIGH')], {
      'NODE_INTEGRATION_JS_CHECK main/main.ts': 'no',
    });
    expect(failing).toHaveLength(1);
  });

  it('fails on a finding nobody has reviewed, passes reviewed medium and low ones', () => {
    const { failing, accepted } = judge(
      [finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'), finding('PRELOAD_JS_CHECK', 'MEDIUM', 'x.ts')],
      { 'OPEN_EXTERNAL_JS_CHECK main/main.ts': 'only web links' },
    );
    expect(accepted.map((f) => f.id)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    expect(failing.map((f) => f.file)).toEqual(['x.ts']);
  });

  it('really finds an insecure window (the scanner works offline here)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-scan-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'bad.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
      );
      const findings = await scan([dir]);
      const high = findings.filter((f) => f.severity === 'HIGH').map((f) => f.id);
      expect(high).toEqual(
        // No context isolation, and no will-navigate guard anywhere in the code.
        expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
