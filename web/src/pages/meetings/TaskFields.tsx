import { DatePicker, Form, Input, Select } from 'antd';
import { DATE_FORMAT } from '../../lib/dates.ts';
import type { MeetingDetail } from './api.ts';
import { TEXTS } from './texts.ts';

/**
 * A task's member (one listed at the meeting), title and due date: the same three fields when a task
 * is given (in a row) and when it is corrected (in a dialog).
 */
export function TaskFields({
  m,
  disabled = false,
  row = false,
}: {
  m: MeetingDetail;
  disabled?: boolean;
  row?: boolean;
}) {
  return (
    <>
      <Form.Item
        name="memberId"
        label={TEXTS.taskMember}
        rules={[{ required: true, message: 'Chọn đảng viên.' }]}
        style={row ? { flex: '1 1 200px' } : undefined}
      >
        <Select
          disabled={disabled}
          showSearch={{ optionFilterProp: 'label' }}
          options={m.attendanceList.map((a) => ({ value: a.memberId, label: a.fullName }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={TEXTS.taskTitle}
        rules={[{ required: true, message: 'Nhập nhiệm vụ.' }]}
        style={row ? { flex: '2 1 260px' } : undefined}
      >
        <Input disabled={disabled} maxLength={500} />
      </Form.Item>
      <Form.Item name="dueOn" label={TEXTS.taskDue} rules={[{ required: true, message: 'Chọn hạn.' }]}>
        <DatePicker format={DATE_FORMAT} disabled={disabled} style={row ? undefined : { width: '100%' }} />
      </Form.Item>
    </>
  );
}
