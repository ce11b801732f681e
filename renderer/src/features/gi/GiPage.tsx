import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttentionView } from './AttentionView';
import { CatalogueView } from './CatalogueView';
import { useScreen } from '../../state/route';
import { showGi } from './gi-route';
import { UserDetailView } from './UserDetailView';
import { UserForm } from './UserForm';
import { UserListView } from './UserListView';

/** The GI register: catalogue, a GI's users, "needs attention", a user's detail and form. */
export function GiPage() {
  const screen = useScreen('gi');
  switch (screen.view) {
    case 'catalogue':
    case 'attention':
      return <Overview attention={screen.view === 'attention'} />;
    case 'users':
      return <UserListView key={screen.params.giId} params={screen.params} />;
    case 'user':
      return <UserDetailView key={screen.params.id} id={screen.params.id} />;
    case 'newUser':
      return <UserForm key={`new-${screen.params.giId}`} giId={screen.params.giId} />;
    case 'editUser':
      return <UserForm key={`edit-${screen.params.id}`} id={screen.params.id} />;
  }
}

function Overview({ attention }: { attention: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page-stack">
      <Segmented
        value={attention ? 'attention' : 'catalogue'}
        onChange={(v) => showGi({ view: v === 'attention' ? 'attention' : 'catalogue', params: {} })}
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
