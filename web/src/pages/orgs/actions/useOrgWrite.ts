import { useMutation } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { isApiError } from '../../../api/problem.ts';
import type { OrgDetails } from '../../../api/types.ts';
import { applyFieldErrors } from '../../../lib/formErrors.ts';
import { ACTION_TEXTS as T } from '../texts.ts';
import { useInvalidateOrgs } from '../useOrg.ts';

/**
 * Sends an org change. Field errors land on the form; anything else shows above it. A 409 means
 * someone else changed the org: the page reloads and the user is told to check and retry.
 */
export function useOrgWrite(
  form: FormInstance,
  fields: readonly string[],
  path: string,
  onDone: (org: OrgDetails) => void,
) {
  const { message } = App.useApp();
  const invalidate = useInvalidateOrgs();
  const [problem, setProblem] = useState<string[] | null>(null);
  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<OrgDetails>(path, body),
    onMutate: () => setProblem(null),
    onSuccess: async (org) => {
      await invalidate();
      onDone(org);
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 409 && !error.fieldErrors.length) {
        await invalidate();
        message.warning(T.conflict);
        setProblem([T.conflict]);
        return;
      }
      // A refused write changes nothing, but a reply lost on a weak connection may hide one that did.
      void invalidate();
      const rest = applyFieldErrors(form, error, fields);
      const hasFieldErrors = isApiError(error) && error.fieldErrors.length > rest.length;
      setProblem(hasFieldErrors && !rest.length ? [error.message] : [error.message, ...rest]);
    },
  });
  return { mutation, problem };
}
