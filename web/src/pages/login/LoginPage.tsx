import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import { ME_KEY } from '../../api/queryClient.ts';
import type { Me } from '../../api/types.ts';
import { homePath } from '../../auth/roles.ts';
import { useMe } from '../../auth/useMe.ts';
import { BrandMark } from '../../components/BrandMark.tsx';
import { TEXTS } from './texts.ts';

interface Credentials {
  username: string;
  password: string;
}

/** Only paths inside the app: never bounce to another site after sign-in. */
function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const next = safeNext(params.get('next'));
  const login = useMutation({
    mutationFn: (c: Credentials) => api.post<{ user: Me; csrfToken: string }>('/api/v1/auth/login', c),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, user);
      navigate(next ?? homePath(user), { replace: true });
    },
  });

  if (me.data && !login.isPending) return <Navigate to={next ?? homePath(me.data)} replace />;

  const error = login.error;
  const locked = isApiError(error) && error.status === 429;
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}
    >
      <div
        style={{
          width: '100%',
          maxWidth: 400,
          background: '#fff',
          borderRadius: 8,
          padding: 24,
          border: '1px solid #f0f0f0',
        }}
      >
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <BrandMark size={48} />
          <Typography.Title level={2} style={{ margin: '8px 0 0', color: '#b3261e' }}>
            {TEXTS.product}
          </Typography.Title>
          <Typography.Text type="secondary">{TEXTS.tagline}</Typography.Text>
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {TEXTS.title}
        </Typography.Title>
        {next && !error && <Alert type="info" showIcon title={TEXTS.expired} style={{ marginBottom: 16 }} />}
        {error && (
          <Alert
            type={locked ? 'warning' : 'error'}
            showIcon
            title={locked ? TEXTS.locked : TEXTS.failed}
            description={error.message}
            style={{ marginBottom: 16 }}
            role="alert"
          />
        )}
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => login.mutate(v)}
          disabled={login.isPending}
          size="large"
        >
          <Form.Item
            name="username"
            label={TEXTS.username}
            rules={[{ required: true, whitespace: true, message: TEXTS.usernameRequired }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={TEXTS.password}
            rules={[{ required: true, message: TEXTS.passwordRequired }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {TEXTS.submit}
          </Button>
        </Form>
      </div>
      <Typography.Text type="secondary" style={{ marginTop: 16, textAlign: 'center' }}>
        {TEXTS.footer}
      </Typography.Text>
    </Flex>
  );
}
