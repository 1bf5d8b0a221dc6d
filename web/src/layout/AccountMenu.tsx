import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { isApiError } from '../api/problem.ts';
import { ME_KEY } from '../api/queryClient.ts';
import { useSignedIn } from '../auth/useMe.ts';
import { useScreen } from '../lib/useIsMobile.ts';
import { TEXTS } from './texts.ts';

/** The signed-in user (name, role, org) and signing out. */
export function AccountMenu() {
  const me = useSignedIn();
  const { phone } = useScreen();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const signOut = useMutation({
    mutationFn: () => api.post('/api/v1/auth/logout'),
    onSettled: (_data, error) => {
      // Already signed out (401) or a stale CSRF token (403): the session is unusable either way.
      if (error && !(isApiError(error) && (error.status === 401 || error.status === 403))) {
        message.error(`${TEXTS.signOutFailed}: ${error.message}`);
        return;
      }
      qc.clear();
      qc.setQueryData(ME_KEY, null);
      navigate('/login', { replace: true });
    },
  });

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <Flex vertical style={{ maxWidth: 280, whiteSpace: 'normal' }}>
                <Typography.Text strong>{me.displayName}</Typography.Text>
                <Typography.Text type="secondary">{me.roleLabel}</Typography.Text>
                {me.orgName && <Typography.Text type="secondary">{me.orgName}</Typography.Text>}
              </Flex>
            ),
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: TEXTS.signOut,
            disabled: signOut.isPending,
            onClick: () => signOut.mutate(),
          },
        ],
      }}
    >
      <Button type="text" aria-label={TEXTS.account} style={{ color: '#fff', height: 40, paddingInline: 6 }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.25)' }} />
          {!phone && (
            <span
              style={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            >
              {me.displayName}
            </span>
          )}
        </Flex>
      </Button>
    </Dropdown>
  );
}
