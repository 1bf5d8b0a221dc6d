import { Result } from 'antd';
import { TEXTS } from './texts.ts';

/** A member account not linked to a member record has nothing to show. */
export default function NoRecordPage() {
  return <Result status="info" title={TEXTS.noRecordTitle} subTitle={TEXTS.noRecordDetail} />;
}
