import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../../shared/contract/method-names';
import { ipcChannel } from '../../shared/contract/ipc-channel';

// The preload exposes exactly the contract's methods, each a plain async function; the renderer
// gets no ipcRenderer, no Node and no way to name a channel of its own.
const bridge = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input),
  ]),
);

contextBridge.exposeInMainWorld('gleaner', bridge);
