import { useTranslation } from 'react-i18next';
import { UserCreateForm } from './UserCreateForm.tsx';
import { UsersTable } from './UsersTable.tsx';

/** "Pengguna": the accounts and the form that adds one. */
export function UsersSection({ currentUserId }: { currentUserId: number | null }) {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby="admin-users">
      <h3 id="admin-users" tabIndex={-1}>
        {t('admin.users.heading')}
      </h3>
      <UsersTable currentUserId={currentUserId} />
      <UserCreateForm />
    </section>
  );
}
