import type { IpcMain } from 'electron';
import type { Handlers } from '../../shared/contract/contract';
import { methodNames } from '../../shared/contract/method-names';
import { dispatch } from '../../shared/contract/dispatch';
import { ipcChannel } from '../../shared/contract/ipc-channel';
import { windowCaller } from '../api/callers';
import { isTrustedSender } from './security-policy';

/**
 * One ipcMain handler per contract method: check the sender, then the shared dispatch, acting for
 * the session of the window that sent the call.
 */
export function registerApiHandlers(ipcMain: IpcMain, getHandlers: () => Handlers): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: `Refused ${method}: the call did not come from Gleaner's window.`,
          },
        };
      }
      return dispatch(getHandlers(), method, input, windowCaller(event.sender.id));
    });
  }
}
