import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/app-store';
import { IndicatorView } from './IndicatorView';
import { MyTasksView } from './MyTasksView';
import { PlanDetailView } from './PlanDetailView';
import { PlanListView } from './PlanListView';
import { useScreen, type PlansTab } from '../../state/route';
import { showPlans } from './plans-route';

/** Work plans: a county's tasks and indicator entry; the league's plans, matrix and indicators. */
export function PlansPage() {
  const { t } = useTranslation();
  const role = useAppStore((s) => s.profile?.role);
  const screen = useScreen('plans');
  if (screen.view === 'plan') return <PlanDetailView key={screen.params.id} id={screen.params.id} tab={screen.params.tab} />;
  return (
    <div className="page-stack">
      <Segmented
        value={screen.params.tab}
        onChange={(tab) => showPlans({ view: 'main', params: { tab: tab as PlansTab } })}
        options={[
          { value: 'tasks', label: role === 'league' ? t('plans.tabs.plans') : t('plans.tabs.myTasks') },
          { value: 'indicators', label: t('plans.tabs.indicators') },
        ]}
        data-testid="plans-tabs"
      />
      {screen.params.tab === 'indicators' ? <IndicatorView /> : role === 'league' ? <PlanListView /> : <MyTasksView />}
    </div>
  );
}
