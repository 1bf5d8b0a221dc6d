import {
  DeleteOutlined,
  DownOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  SwapOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Flex } from 'antd';
import { useState } from 'react';
import type { OrgDetails } from '../../../api/types.ts';
import { isCell } from '../../../shared.ts';
import { ACTION_TEXTS as T } from '../texts.ts';
import { EstablishModal } from './EstablishModal.tsx';
import { EventModal, type OrgChange } from './EventModal.tsx';

/** What an org writer may do to the org on today's state. */
export function OrgActions({ org }: { org: OrgDetails }) {
  const [change, setChange] = useState<OrgChange | null>(null);
  const [establishing, setEstablishing] = useState(false);
  const cur = org.current;
  if (!cur) return null;
  const canHaveChildren = !isCell(cur.kind);
  const more = [
    { key: 'MOVE', icon: <SwapOutlined />, label: T.move },
    { key: 'UPDATE', icon: <ToolOutlined />, label: T.update },
    { key: 'MERGE', icon: <MergeCellsOutlined />, label: T.merge },
    { key: 'DISSOLVE', icon: <DeleteOutlined />, label: T.dissolve, danger: true },
  ];
  return (
    <Flex wrap gap={8}>
      {canHaveChildren && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEstablishing(true)}>
          {T.establish}
        </Button>
      )}
      <Button icon={<EditOutlined />} onClick={() => setChange('RENAME')}>
        {T.rename}
      </Button>
      <Dropdown trigger={['click']} menu={{ items: more, onClick: ({ key }) => setChange(key as OrgChange) }}>
        <Button>
          {T.actions} <DownOutlined />
        </Button>
      </Dropdown>
      <EventModal key={change ?? ''} type={change} org={org} onClose={() => setChange(null)} />
      <EstablishModal
        open={establishing}
        onClose={() => setEstablishing(false)}
        parent={{ code: org.code, name: cur.name, kind: cur.kind }}
      />
    </Flex>
  );
}
