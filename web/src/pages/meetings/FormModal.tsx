import type { FormInstance } from 'antd';
import { Modal } from 'antd';
import type { ReactNode } from 'react';
import { TEXTS } from './texts.ts';

/**
 * The dialogs of the meeting pages that hold one form: OK submits it, and neither a click beside the
 * dialog nor a lost click closes it with what was typed (maskClosable off).
 */
export function FormModal({
  open = true,
  title,
  form,
  onClose,
  loading,
  okText = TEXTS.save,
  cancelText = TEXTS.cancel,
  danger = false,
  children,
}: {
  open?: boolean;
  title: string;
  form: FormInstance;
  onClose: () => void;
  loading: boolean;
  okText?: string;
  cancelText?: string;
  danger?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText={cancelText}
      onCancel={onClose}
      confirmLoading={loading}
      onOk={() => form.submit()}
      destroyOnHidden
      maskClosable={false}
    >
      {children}
    </Modal>
  );
}
