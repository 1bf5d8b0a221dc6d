import { Flex, Spin } from 'antd';
import { TEXTS } from './texts.ts';

/** Whole-area loading indicator (route chunks, the signed-in check). */
export function PageLoading() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240, width: '100%' }}>
      <Spin size="large" description={TEXTS.loading} />
    </Flex>
  );
}
