import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttentionView } from './AttentionView';
import { CatalogueView } from './CatalogueView';
import { useGiStore } from './gi-store';
import { UserDetailView } from './UserDetailView';
import { UserForm } from './UserForm';
import { UserListView } from './UserListView';

/** The GI register: catalogue, a GI's users, "needs attention", a user's detail and form. */
export function GiPage() {
  const { view } = useGiStore();
  switch (view.kind) {
    case 'catalogue':
    case 'attention':
      return <Overview attention={view.kind === 'attention'} />;
    case 'users':
      return <UserListView key={view.giId} giId={view.giId} />;
    case 'user':
      return <UserDetailView key={view.id} id={view.id} />;
    case 'newUser':
      return <UserForm key={`new-${view.giId}`} giId={view.giId} />;
    case 'editUser':
      return <UserForm key={`edit-${view.id}`} id={view.id} />;
  }
}

function Overview({ attention }: { attention: boolean }) {
  const { t } = useTranslation();
  const { show } = useGiStore();
  return (
    <div className="page-stack">
      <Segmented
        value={attention ? 'attention' : 'catalogue'}
        onChange={(v) => show({ kind: v === 'attention' ? 'attention' : 'catalogue' })}
        options={[
          { value: 'catalogue', label: t('gi.tabs.catalogue') },
          { value: 'attention', label: t('gi.tabs.attention') },
        ]}
        data-testid="gi-tabs"
      />
      {attention ? <AttentionView /> : <CatalogueView />}
    </div>
  );
}
