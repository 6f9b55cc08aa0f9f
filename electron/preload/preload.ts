import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../../shared/contract/method-names';
import { ipcChannel } from '../../shared/contract/ipc-channel';
import {
  nativeDialogChannel,
  type NativeDialogRequest,
} from '../../shared/contract/native-dialogs';
import {
  isMenuCommand,
  menuCommandChannel,
  type MenuCommand,
} from '../../shared/contract/menu-commands';

// The preload exposes exactly the contract's methods, each a plain async function; the renderer
// gets no ipcRenderer, no Node and no way to name a channel of its own.
const bridge = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input),
  ]),
);

contextBridge.exposeInMainWorld('gleaner', bridge);

// Native menu commands (Export…, Restore from Backup…, Keyboard Shortcuts) reach the window
// through one fixed channel; only known command names are passed on, never the IPC event.
contextBridge.exposeInMainWorld('gleanerMenu', {
  onCommand(callback: (command: MenuCommand) => void): void {
    ipcRenderer.on(menuCommandChannel, (_event, command: unknown) => {
      if (isMenuCommand(command)) callback(command);
    });
  },
});

// Save As… and Open… dialogs for the window's Export and Import (one fixed channel; main checks
// the request and answers with the paths the user picked, or none).
contextBridge.exposeInMainWorld('gleanerDialogs', {
  choose(request: NativeDialogRequest): Promise<string[]> {
    return ipcRenderer.invoke(nativeDialogChannel, request) as Promise<string[]>;
  },
});
