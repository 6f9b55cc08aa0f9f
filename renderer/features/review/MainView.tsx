import type { ReactNode } from 'react';
import { Dashboard } from '../dashboard/Dashboard';
import { ReviewPanel } from './ReviewPanel';
import { useViewStore } from './view-store';
import { WorkflowBar } from './WorkflowBar';
import classes from './review.module.css';

/** The main area: the workflow bar over the article's text or its review, or the dashboard. */
export function MainView({ reader }: { reader: ReactNode }) {
  const view = useViewStore((s) => s.view);
  if (view === 'dashboard') return <Dashboard />;
  return (
    <div className={classes.mainColumn}>
      <WorkflowBar />
      <div className={classes.mainBody}>{view === 'review' ? <ReviewPanel /> : reader}</div>
    </div>
  );
}
