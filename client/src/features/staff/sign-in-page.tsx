import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, TextField } from '../../components/ui/fields.js';
import type { StaffMe } from '../../../../domain/schemas/staff.js';
import { STAFF_API } from './staff-api.js';
import { STAFF_NS } from './staff-i18n.js';
import { StaffError } from './staff-error.js';
import { ApiError } from '../../lib/data/api.js';

export function SignInPage() {
  const { t } = useTranslation(STAFF_NS);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: async () => {
      const res = await fetch(`${STAFF_API}/session`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      const body = (await res.json()) as StaffMe & { error?: { reason: string } };
      if (!res.ok) throw new ApiError(body.error?.reason ?? `http-${res.status}`, res.status);
      return body;
    },
    onSuccess: (me) => {
      setPassword('');
      qc.setQueryData(['staff', 'me'], me);
      void navigate('/staff');
    },
  });
  return (
    <form
      className="max-w-md space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        signIn.mutate();
      }}
    >
      <h1 className="text-3xl font-bold">{t('signIn.heading')}</h1>
      <StaffError error={signIn.error} />
      <TextField
        id="staff-username"
        label={t('signIn.username')}
        value={username}
        autoComplete="username"
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField
        id="staff-password"
        label={t('signIn.password')}
        type="password"
        value={password}
        autoComplete="current-password"
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" disabled={signIn.isPending}>
        {t('signIn.submit')}
      </Button>
    </form>
  );
}
