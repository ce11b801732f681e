import { CaseDetailView } from './CaseDetailView';
import { CaseForm } from './CaseForm';
import { CaseListView } from './CaseListView';
import { useScreen } from '../../state/route';

/** The case log: list, new case, case detail, edit — one view at a time, list filters kept. */
export function CasesPage() {
  const screen = useScreen('cases');
  switch (screen.view) {
    case 'list':
      return <CaseListView />;
    case 'new':
      return <CaseForm key="new" />;
    case 'edit':
      return <CaseForm key={`edit-${screen.params.id}`} id={screen.params.id} />;
    case 'detail':
      return <CaseDetailView key={screen.params.id} id={screen.params.id} />;
  }
}
