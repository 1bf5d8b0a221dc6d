import { App as AntApp, Drawer, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { can } from '../auth/roles.ts';
import { useSignedIn } from '../auth/useMe.ts';
import { PageErrorBoundary } from '../components/PageErrorBoundary.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { useScreen } from '../lib/useIsMobile.ts';
import { AppHeader } from './AppHeader.tsx';
import { currentOrg } from './currentOrg.ts';
import { NavMenu } from './NavMenu.tsx';
import { OrgTreePanel } from './orgTree/OrgTreePanel.tsx';
import { TEXTS } from './texts.ts';

const HEADER = 64;

/** Header, org tree (a sider; a drawer on small screens) and the page. */
export default function AppLayout() {
  const me = useSignedIn();
  const { narrow } = useScreen();
  const location = useLocation();
  const navigate = useNavigate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const showTree = can.browseRoll(me);
  const selected = currentOrg(location.pathname, location.search);
  const [lastOrg, setLastOrg] = useState<string | null>(null);
  if (selected && selected !== lastOrg) setLastOrg(selected);

  // On the member list the tree filters the list; anywhere else it opens the org's page.
  const pick = (code: string) => {
    if (location.pathname === '/members') {
      const params = new URLSearchParams(location.search);
      params.set('org', code);
      params.delete('page');
      navigate(`/members?${params}`);
    } else navigate(`/orgs/${encodeURIComponent(code)}`);
    setDrawerOpen(false);
  };
  const tree = showTree && <OrgTreePanel selected={selected} onPick={pick} />;

  // antd's App (message, modal) lives here, not in the entry, to keep the sign-in page light.
  return (
    <AntApp>
      <Layout style={{ minHeight: '100vh' }}>
        <AppHeader narrow={narrow} orgCode={lastOrg ?? me.orgCode} onOpenDrawer={() => setDrawerOpen(true)} />
        <Layout>
          {tree && !narrow && (
            <Layout.Sider
              width={300}
              theme="light"
              style={{
                position: 'sticky',
                top: HEADER,
                height: `calc(100vh - ${HEADER}px)`,
                borderInlineEnd: '1px solid #f0f0f0',
                padding: 12,
              }}
            >
              {tree}
            </Layout.Sider>
          )}
          <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
            <div style={{ maxWidth: 1400, margin: '0 auto' }}>
              <PageErrorBoundary resetKey={location.pathname}>
                <Suspense fallback={<PageLoading />}>
                  <Outlet />
                </Suspense>
              </PageErrorBoundary>
            </div>
          </Layout.Content>
        </Layout>
        {narrow && (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={TEXTS.product}
            size={Math.min(340, window.innerWidth - 40)}
            styles={{ body: { padding: 12, display: 'flex', flexDirection: 'column', gap: 12 } }}
          >
            <NavMenu mode="inline" orgCode={lastOrg ?? me.orgCode} onNavigate={() => setDrawerOpen(false)} />
            {tree && <div style={{ flex: 1, minHeight: 300 }}>{tree}</div>}
          </Drawer>
        )}
      </Layout>
    </AntApp>
  );
}
