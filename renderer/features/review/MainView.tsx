import type { ReactNode } from 'react';
import { Dashboard } from '../dashboard/Dashboard';
import { GridView } from '../grid/GridView';
import { QueueBar } from '../queue/QueueBar';
import { ReviewPanel } from './ReviewPanel';
import { useViewStore } from './view-store';
import { WorkflowBar } from './WorkflowBar';
import classes from './review.module.css';

/**
 * The main area: the workflow bar over the article's text or its review (under the confidence
 * queue in its mode), or the dashboard, or the field grid.
 */
export function MainView({ reader }: { reader: ReactNode }) {
  const view = useViewStore((s) => s.view);
  if (view === 'dashboard') return <Dashboard />;
  if (view === 'grid') return <GridView />;
  return (
    <div className={classes.mainColumn}>
      <WorkflowBar />
      {view === 'queue' && <QueueBar />}
      <div className={classes.mainBody}>{view === 'review' ? <ReviewPanel /> : reader}</div>
    </div>
  );
}
