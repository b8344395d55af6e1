import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  STAFF_ROLES,
  type StaffAccount,
  type StaffAccounts,
  type StaffRole,
} from '../../../../domain/schemas/staff.js';
import { Button, TextField } from '../../components/ui/fields.js';
import { staffGet, staffPost } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';

/** admin: staff accounts (create, disable) */
export function UsersPage() {
  const { t } = useTranslation(STAFF_NS);
  const qc = useQueryClient();
  const [form, setForm] = useState({ username: '', password: '', role: 'counter' as StaffRole });
  const list = useQuery({ queryKey: ['staff', 'users'], queryFn: () => staffGet<StaffAccounts>('/users') });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['staff', 'users'] });
  const create = useMutation({
    mutationFn: () => staffPost<StaffAccount>('/users', form),
    onSuccess: () => {
      setForm({ username: '', password: '', role: 'counter' });
      refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (u: StaffAccount) => staffPost(`/users/${u.id}/disabled`, { disabled: !u.disabled }),
    onSuccess: refresh,
  });
  const unlock = useMutation({
    mutationFn: (u: StaffAccount) => staffPost(`/users/${u.id}/unlock`, {}),
    onSuccess: refresh,
  });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('users.heading')}</h1>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <StaffError error={create.error ?? toggle.error ?? unlock.error} />
        <TextField
          id="user-name"
          label={t('signIn.username')}
          value={form.username}
          autoComplete="off"
          onChange={(e) => setForm({ ...form, username: e.target.value })}
        />
        <TextField
          id="user-password"
          label={t('users.password')}
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <label htmlFor="user-role" className="block font-bold">
          {t('users.role')}
        </label>
        <select
          id="user-role"
          className="mb-5 border-2 border-slate-800 p-2"
          value={form.role}
          onChange={(e) => setForm({ ...form, role: e.target.value as StaffRole })}
        >
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
        <Button type="submit" disabled={create.isPending}>
          {t('users.create')}
        </Button>
        {create.data ? <p role="status">{t('users.created', { username: create.data.username })}</p> : null}
      </form>
      <table className="w-full border-collapse text-left">
        <tbody>
          {(list.data?.users ?? []).map((u) => (
            <tr key={u.id}>
              <td className="border-b p-2">{u.username}</td>
              <td className="border-b p-2">{t(`role.${u.role}`)}</td>
              <td className="border-b p-2">{u.disabled ? t('users.disabled') : u.locked ? t('users.locked') : ''}</td>
              <td className="border-b p-2">
                <div className="flex flex-wrap gap-2">
                  <Button variant="secondary" onClick={() => toggle.mutate(u)}>
                    {u.disabled ? t('users.enable') : t('users.disable')}
                  </Button>
                  {u.locked ? (
                    <Button
                      variant="secondary"
                      aria-label={t('users.unlockNamed', { username: u.username })}
                      onClick={() => unlock.mutate(u)}
                    >
                      {t('users.unlock')}
                    </Button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
