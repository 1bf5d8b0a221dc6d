import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import type { Member, MemberProfile } from '../../api/types.ts';
import { applyFieldErrors } from '../../lib/formErrors.ts';
import { memberKey } from '../member/useMember.ts';
import { FIELDS, type FormValues } from './formValues.ts';
import { TEXTS } from './texts.ts';

type Body = Partial<MemberProfile> & { version?: number };

/**
 * Creates (POST) or updates (PATCH) a member. Field errors go onto the fields, other messages above
 * the form; a 409 without field errors means someone else saved first.
 */
export function useSaveMember(form: FormInstance<FormValues>, id: string | undefined) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string[] | null>(null);
  const [conflict, setConflict] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: Body) =>
      id
        ? api.patch<Member>(`/api/v1/members/${encodeURIComponent(id)}`, body)
        : api.post<Member>('/api/v1/members', body),
    onMutate: () => {
      setProblem(null);
      setConflict(false);
    },
    onSuccess: async (m) => {
      qc.setQueryData(memberKey(m.id), m);
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['members'] }),
        qc.invalidateQueries({ queryKey: ['org'] }),
        qc.invalidateQueries({ queryKey: ['orgTree'] }),
      ]);
      message.success(id ? TEXTS.saved : TEXTS.created);
      navigate(`/members/${encodeURIComponent(m.id)}`, { replace: Boolean(id) });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409 && !error.fieldErrors.length) {
        setConflict(true);
        return;
      }
      const rest = applyFieldErrors(form, error, FIELDS);
      const onFields = isApiError(error) && error.fieldErrors.length > rest.length;
      setProblem(onFields && !rest.length ? [error.message] : [error.message, ...rest]);
      const first = isApiError(error) ? error.fieldErrors[0]?.path.split('.')[0] : undefined;
      if (first && (FIELDS as readonly string[]).includes(first))
        form.scrollToField(first, { block: 'center' });
    },
  });
  return { mutation, problem, conflict, setConflict, setProblem };
}
