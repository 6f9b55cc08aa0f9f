import type { IpcMain } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract/contract';
import { ipcChannel } from '../../shared/contract/ipc-channel';
import { methodNames } from '../../shared/contract/method-names';
import { registerApiHandlers } from './ipc';
import { appStartUrl } from './security-policy';

type Listener = (
  event: { senderFrame: unknown; sender?: { id: number } },
  input: unknown,
) => unknown;

/** Records what registerApiHandlers registers, so each channel can be called like Electron would. */
function recordingIpcMain(): { ipcMain: IpcMain; channels: Map<string, Listener> } {
  const channels = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => channels.set(channel, listener),
  } as unknown as IpcMain;
  return { ipcMain, channels };
}

const handlers = {
  'project.info': () => ({
    path: '/p.gleaner',
    name: 'p',
    schemaVersion: 1,
    documentCount: 0,
    articleCount: 0,
    createdAt: '',
  }),
} as unknown as Handlers;

describe('IPC registration', () => {
  it('registers one channel per contract method and nothing else', () => {
    const { ipcMain, channels } = recordingIpcMain();
    registerApiHandlers(ipcMain, () => handlers);
    expect([...channels.keys()].sort()).toEqual(methodNames.map((m) => ipcChannel(m)).sort());
  });

  it("answers the app's top frame, and refuses iframes, other origins and missing frames", async () => {
    const { ipcMain, channels } = recordingIpcMain();
    registerApiHandlers(ipcMain, () => handlers);
    const call = channels.get(ipcChannel('project.info'))!;
    expect(
      await call({ senderFrame: { url: appStartUrl, parent: null }, sender: { id: 1 } }, {}),
    ).toMatchObject({
      ok: true,
      value: { name: 'p' },
    });
    for (const senderFrame of [
      { url: appStartUrl, parent: { url: appStartUrl } },
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/x.html', parent: null },
      null,
    ]) {
      expect(await call({ senderFrame }, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('validates the input before any handler runs', async () => {
    const { ipcMain, channels } = recordingIpcMain();
    registerApiHandlers(ipcMain, () => handlers);
    const call = channels.get(ipcChannel('project.info'))!;
    expect(
      await call(
        { senderFrame: { url: appStartUrl, parent: null }, sender: { id: 1 } },
        { path: '/etc/passwd' },
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('acts for the window that sent the call: each webContents is its own caller', async () => {
    const { ipcMain, channels } = recordingIpcMain();
    const callers: unknown[] = [];
    const recording = {
      'session.get': (_input: unknown, caller: unknown) => {
        callers.push(caller);
        return { profile: null };
      },
    } as unknown as Handlers;
    registerApiHandlers(ipcMain, () => recording);
    const call = channels.get(ipcChannel('session.get'))!;
    const frame = { url: appStartUrl, parent: null };
    await call({ senderFrame: frame, sender: { id: 3 } }, {});
    await call({ senderFrame: frame, sender: { id: 4 } }, {});
    expect(callers).toEqual([{ client: 'window:3' }, { client: 'window:4' }]);
  });
});
