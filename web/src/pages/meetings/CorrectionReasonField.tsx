import { Form, Input } from 'antd';
import { TEXTS } from './texts.ts';

/**
 * The reason a change to closed minutes must give (the server requires at least 5 characters and
 * audits it); asked here first so an empty one never leaves the page.
 */
export function CorrectionReasonField() {
  return (
    <Form.Item
      name="correctionReason"
      label={TEXTS.correctionReasonShort}
      rules={[{ required: true, whitespace: true, message: TEXTS.correctionRequired }]}
    >
      <Input.TextArea rows={2} maxLength={500} />
    </Form.Item>
  );
}
