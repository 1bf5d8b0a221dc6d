import {
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  IdcardOutlined,
  StarOutlined,
  SwapOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { can } from '../auth/roles.ts';
import { useSignedIn } from '../auth/useMe.ts';
import { TEXTS as ADMISSION_TEXTS } from '../pages/admission/texts.ts';
import { TEXTS as ME_TEXTS } from '../pages/me/texts.ts';
import { TEXTS as MEETING_TEXTS } from '../pages/meetings/texts.ts';
import { TEXTS as RATING_TEXTS } from '../pages/ratings/texts.ts';
import { TEXTS as RATINGS_REPORT_TEXTS } from '../pages/ratingsReport/texts.ts';
import { TEXTS as STATISTICS_TEXTS } from '../pages/statistics/texts.ts';
import { TEXTS as TRANSFER_TEXTS } from '../pages/transfers/texts.ts';
import { TEXTS } from './texts.ts';

interface Props {
  mode: 'horizontal' | 'inline';
  /** Where "Tổ chức đảng" goes: the org picked in the tree, else the user's own. */
  orgCode: string | null;
  onNavigate?: () => void;
}

/** The main sections; a member sees only their own record. */
export function NavMenu({ mode, orgCode, onNavigate }: Props) {
  const me = useSignedIn();
  const location = useLocation();
  const navigate = useNavigate();
  const go = (to: string) => {
    navigate(to);
    onNavigate?.();
  };
  const items = can.browseRoll(me)
    ? [
        {
          key: 'orgs',
          icon: <ApartmentOutlined />,
          label: TEXTS.menuOrgs,
          onClick: () => go(orgCode ? `/orgs/${encodeURIComponent(orgCode)}` : '/orgs'),
        },
        { key: 'members', icon: <TeamOutlined />, label: TEXTS.menuMembers, onClick: () => go('/members') },
        {
          key: 'admission',
          icon: <UserAddOutlined />,
          label: ADMISSION_TEXTS.menu,
          onClick: () => go('/ket-nap'),
        },
        {
          key: 'transfers',
          icon: <SwapOutlined />,
          label: TRANSFER_TEXTS.menu,
          onClick: () => go('/chuyen-sinh-hoat'),
        },
        {
          key: 'statistics',
          icon: <BarChartOutlined />,
          label: STATISTICS_TEXTS.menu,
          onClick: () => go('/thong-ke'),
        },
        {
          // One entry for the two rating pages: nine top-level items wrapped the bar at 1366 px.
          key: 'ratingsGroup',
          icon: <StarOutlined />,
          label: RATING_TEXTS.menuGroup,
          children: [
            {
              key: 'ratings',
              icon: <StarOutlined />,
              label: RATING_TEXTS.menu,
              onClick: () => go('/xep-loai'),
            },
            {
              key: 'ratingsReport',
              icon: <TrophyOutlined />,
              label: RATINGS_REPORT_TEXTS.menu,
              onClick: () => go('/ket-qua-xep-loai'),
            },
          ],
        },
        {
          key: 'meetings',
          icon: <CalendarOutlined />,
          label: MEETING_TEXTS.menu,
          onClick: () => go('/sinh-hoat'),
        },
      ]
    : me.memberId
      ? [
          {
            key: 'me',
            icon: <IdcardOutlined />,
            label: TEXTS.menuMyRecord,
            onClick: () => go(`/members/${me.memberId}`),
          },
          { key: 'mine', icon: <CalendarOutlined />, label: ME_TEXTS.menu, onClick: () => go('/cua-toi') },
        ]
      : [];
  const path = location.pathname;
  const selected = path.startsWith('/orgs')
    ? 'orgs'
    : me.memberId && path.startsWith(`/members/${me.memberId}`) && !can.browseRoll(me)
      ? 'me'
      : path.startsWith('/members')
        ? 'members'
        : path.startsWith('/ket-nap')
          ? 'admission'
          : path.startsWith('/chuyen-sinh-hoat')
            ? 'transfers'
            : path.startsWith('/thong-ke')
              ? 'statistics'
              : path.startsWith('/ket-qua-xep-loai')
                ? 'ratingsReport'
                : path.startsWith('/sinh-hoat')
                  ? 'meetings'
                  : path.startsWith('/xep-loai')
                    ? 'ratings'
                    : path.startsWith('/cua-toi')
                      ? 'mine'
                      : '';
  return (
    <nav aria-label={TEXTS.navigation} style={mode === 'horizontal' ? { flex: 1, minWidth: 0 } : undefined}>
      <Menu
        mode={mode}
        theme={mode === 'horizontal' ? 'dark' : 'light'}
        selectedKeys={[selected]}
        items={items}
        disabledOverflow={mode === 'horizontal'}
        // A click, not a hover, opens "Xếp loại": hover menus are unreliable on touch screens and laptops' pads.
        triggerSubMenuAction="click"
        style={mode === 'horizontal' ? { borderBottom: 'none' } : { borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
