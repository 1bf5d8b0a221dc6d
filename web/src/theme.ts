import type { ThemeConfig } from 'antd';

/** Party red as the primary colour; readable sizes for old screens. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#1d4ed8',
    borderRadius: 6,
    fontSize: 14,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#b3261e', headerPadding: '0 12px', siderBg: '#ffffff', bodyBg: '#f5f5f5' },
    Menu: {
      darkItemBg: 'transparent',
      darkPopupBg: '#8f1e18',
      darkItemSelectedBg: 'rgba(0, 0, 0, 0.25)',
      darkItemColor: 'rgba(255, 255, 255, 0.88)',
      darkItemHoverColor: '#ffffff',
      // Seven sections and the user's name fit one row at 1366 px with narrower items.
      itemPaddingInline: 12,
    },
  },
};
