import { CaseDetailView } from './CaseDetailView';
import { CaseForm } from './CaseForm';
import { CaseListView } from './CaseListView';
import { useCasesStore } from './cases-store';

/** The case log: list, new case, case detail, edit — one view at a time, list filters kept. */
export function CasesPage() {
  const { view } = useCasesStore();
  switch (view.kind) {
    case 'list':
      return <CaseListView />;
    case 'new':
      return <CaseForm key="new" />;
    case 'edit':
      return <CaseForm key={`edit-${view.id}`} id={view.id} />;
    case 'detail':
      return <CaseDetailView key={view.id} id={view.id} />;
  }
}
