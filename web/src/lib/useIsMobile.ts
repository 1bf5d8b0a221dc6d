import { Grid } from 'antd';

/** Below antd's `lg` breakpoint (992 px) the sider becomes a drawer; below `md` tables become cards. */
export function useScreen() {
  const bp = Grid.useBreakpoint();
  return { narrow: !bp.lg, phone: !bp.md };
}
