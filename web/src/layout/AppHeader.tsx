import { MenuOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import { Link } from 'react-router';
import { can } from '../auth/roles.ts';
import { useSignedIn } from '../auth/useMe.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { NavMenu } from './NavMenu.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { TEXTS } from './texts.ts';

interface Props {
  narrow: boolean;
  orgCode: string | null;
  onOpenDrawer: () => void;
}

export function AppHeader({ narrow, orgCode, onOpenDrawer }: Props) {
  const me = useSignedIn();
  return (
    <Layout.Header
      style={{ position: 'sticky', top: 0, zIndex: 20, display: 'flex', alignItems: 'center', gap: 8 }}
    >
      {narrow && (
        <Button
          type="text"
          aria-label={TEXTS.openMenu}
          icon={<MenuOutlined />}
          onClick={onOpenDrawer}
          style={{ color: '#fff' }}
        />
      )}
      <Link to="/" style={{ color: '#fff', display: 'flex', alignItems: 'center', gap: 8, flexShrink: 0 }}>
        <BrandMark size={28} />
        <span style={{ fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>{TEXTS.product}</span>
      </Link>
      {narrow ? <div style={{ flex: 1 }} /> : <NavMenu mode="horizontal" orgCode={orgCode} />}
      <Flex align="center">
        {me.role !== 'viewer' && <NotificationBell canSeeAll={can.browseRoll(me)} />}
        <AccountMenu />
      </Flex>
    </Layout.Header>
  );
}
