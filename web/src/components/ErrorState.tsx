import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { isApiError } from '../api/problem.ts';
import { LinkButton } from './LinkButton.tsx';
import { TEXTS } from './texts.ts';

function titleOf(error: unknown): string {
  if (!isApiError(error)) return TEXTS.errorTitle;
  if (error.status === 0) return TEXTS.offlineTitle;
  if (error.status === 403) return TEXTS.forbiddenTitle;
  if (error.status === 404) return TEXTS.notFoundTitle;
  return error.problem.title ?? TEXTS.errorTitle;
}

function statusOf(error: unknown): 'error' | 'warning' | '403' | '404' {
  if (!isApiError(error)) return 'error';
  if (error.status === 403) return '403';
  if (error.status === 404) return '404';
  return error.status === 0 ? 'warning' : 'error';
}

/** What went wrong, in the server's words, with a way to try again. */
export function ErrorState({
  error,
  onRetry,
  extra,
}: {
  error: unknown;
  onRetry?: () => void;
  extra?: ReactNode;
}) {
  const detail = error instanceof Error ? error.message : String(error);
  const status = statusOf(error);
  const retryable = onRetry && status !== '403' && status !== '404';
  return (
    <Result
      status={status}
      title={titleOf(error)}
      subTitle={detail}
      extra={
        <>
          {retryable && (
            <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry}>
              {TEXTS.retry}
            </Button>
          )}
          {extra}
          {!retryable && !extra && (
            <LinkButton to="/" type="primary">
              {TEXTS.home}
            </LinkButton>
          )}
        </>
      }
    />
  );
}
