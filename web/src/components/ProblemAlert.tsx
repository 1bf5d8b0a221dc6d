import { Alert } from 'antd';

/** The server's detail (and any messages that belong to no field), above a form. */
export function ProblemAlert({ messages }: { messages: string[] | null }) {
  if (!messages?.length) return null;
  const [first, ...rest] = [...new Set(messages)];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={first}
      description={rest.length ? rest.map((m) => <div key={m}>{m}</div>) : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
