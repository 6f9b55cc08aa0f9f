import { Center, Loader } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { RecoveryScreen } from './RecoveryScreen';
import { useRecoveryStore } from './recovery-store';

/**
 * Asks for the project once before showing the app: a damaged project file answers every call
 * with `project-unreadable`, and then the recovery screen replaces the app instead of a page of
 * errors. Any other failure is left to the app's own error banner.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const state = useRecoveryStore((s) => s.project);
  const checkProject = useRecoveryStore((s) => s.checkProject);
  useEffect(() => {
    void checkProject();
  }, [checkProject]);
  if (state === 'checking')
    return (
      <Center h="100dvh">
        <Loader size="sm" aria-label="Gleaner" />
      </Center>
    );
  if (state === 'ok') return <>{children}</>;
  return <RecoveryScreen failure={state} />;
}
