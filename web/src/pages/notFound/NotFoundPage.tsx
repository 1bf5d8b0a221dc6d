import { Result } from 'antd';
import { LinkButton } from '../../components/LinkButton.tsx';
import { TEXTS } from './texts.ts';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title={TEXTS.title}
      subTitle={TEXTS.detail}
      extra={
        <LinkButton to="/" type="primary">
          {TEXTS.home}
        </LinkButton>
      }
    />
  );
}
