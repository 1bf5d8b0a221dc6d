import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Membership } from '../../api/lifecycle.ts';
import { isApiError } from '../../api/problem.ts';
import { applyFieldErrors } from '../../lib/formErrors.ts';
import { memberKey } from './useMember.ts';

export const membershipKey = (id: string) => ['membership', id] as const;

export function useMembership(id: string | undefined) {
  return useQuery({
    queryKey: membershipKey(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<Membership>(`/api/v1/members/${encodeURIComponent(id ?? '')}/membership`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** After a membership change: the member, their history, the roll, the orgs' counts and the transfer lists. */
export function useInvalidateMembership() {
  const qc = useQueryClient();
  return (memberId: string) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: memberKey(memberId) }),
      qc.invalidateQueries({ queryKey: membershipKey(memberId) }),
      qc.invalidateQueries({ queryKey: ['members'] }),
      qc.invalidateQueries({ queryKey: ['org'] }),
      qc.invalidateQueries({ queryKey: ['orgTree'] }),
      qc.invalidateQueries({ queryKey: ['transfers'] }),
    ]);
}

/**
 * Posts a membership write (an event, a correction, a transfer decision). The server's field
 * messages land on their fields; its detail, and messages for no field, show above the form.
 */
export function useLifecycleWrite<T>(
  form: FormInstance,
  fields: readonly string[],
  path: string,
  memberId: string | undefined,
  onDone: (result: T) => void,
) {
  const invalidate = useInvalidateMembership();
  const [problem, setProblem] = useState<string[] | null>(null);
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<T>(path, body),
    onMutate: () => setProblem(null),
    onSuccess: async (result) => {
      const id = memberId ?? (result as { memberId?: string }).memberId;
      if (id) await invalidate(id);
      onDone(result);
    },
    onError: (error) => {
      // A refused write changes nothing, but a reply lost on a weak connection may hide one that did.
      if (memberId) void invalidate(memberId);
      const rest = applyFieldErrors(form, error, fields);
      const onFields = isApiError(error) && error.fieldErrors.length > rest.length;
      setProblem(onFields && !rest.length ? [error.message] : [error.message, ...rest]);
      const first = isApiError(error) ? error.fieldErrors[0]?.path.split('.')[0] : undefined;
      if (first && fields.includes(first)) form.scrollToField(first, { block: 'center' });
    },
  });
  return { mutation, problem, setProblem };
}
