import { ReloadOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { TEXTS } from './texts.ts';

interface Props {
  children: ReactNode;
  /** Changing this (e.g. the address) clears a shown error. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  key: string | undefined;
}

/** A page that crashes shows a message and a way out instead of a blank screen. */
export class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title={TEXTS.crashTitle}
        subTitle={TEXTS.crashDetail}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
            {TEXTS.reloadPage}
          </Button>
        }
      />
    );
  }
}
