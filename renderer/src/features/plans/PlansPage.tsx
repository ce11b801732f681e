import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { IndicatorView } from './IndicatorView';
import { MyTasksView } from './MyTasksView';
import { PlanDetailView } from './PlanDetailView';
import { PlanListView } from './PlanListView';
import { usePlansStore } from './plans-store';

/** Work plans: a county's tasks and indicator entry; the league's plans, matrix and indicators. */
export function PlansPage() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.profile?.role);
  const { view, show } = usePlansStore();
  if (view.kind === 'plan') return <PlanDetailView key={view.id} id={view.id} tab={view.tab} />;
  return (
    <div className="page-stack">
      <Segmented
        value={view.tab}
        onChange={(tab) => show({ kind: 'main', tab: tab as 'tasks' | 'indicators' })}
        options={[
          { value: 'tasks', label: role === 'league' ? t('plans.tabs.plans') : t('plans.tabs.myTasks') },
          { value: 'indicators', label: t('plans.tabs.indicators') },
        ]}
        data-testid="plans-tabs"
      />
      {view.tab === 'indicators' ? <IndicatorView /> : role === 'league' ? <PlanListView /> : <MyTasksView />}
    </div>
  );
}
