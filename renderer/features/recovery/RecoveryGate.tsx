import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';
import { api } from '../../api/client';
import { RecoveryScreen } from './RecoveryScreen';

/**
 * Asks for the project once before showing the app: a damaged project file answers every call
 * with `project-unreadable`, and then the recovery screen replaces the app instead of a page of
 * errors. Any other failure is left to the app's own error banner.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<'checking' | 'ok' | ApiError>('checking');
  useEffect(() => {
    let live = true;
    api['project.info']({}).then(
      () => live && setState('ok'),
      (error: unknown) => {
        if (!live) return;
        const failure = asApiError(error);
        setState(failure.code === 'project-unreadable' ? failure : 'ok');
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (state === 'checking')
    return (
      <Center h="100dvh">
        <Loader size="sm" aria-label="Gleaner" />
      </Center>
    );
  if (state === 'ok') return <>{children}</>;
  return <RecoveryScreen failure={state} />;
}
