import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ConfigProviderProps } from 'antd';
import * as vi from 'antd/es/locale/vi_VN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/queryClient.ts';
import { AppRoutes } from './routes.tsx';
import { theme } from './theme.ts';

dayjs.locale('vi');
type Locale = NonNullable<ConfigProviderProps['locale']>;
// antd ships no package "exports", so TypeScript (NodeNext) reads this ESM file as CommonJS and
// expects one more `.default` than the bundler gives; accept either shape.
const localeModule = vi as unknown as { default: Locale | { default: Locale } };
const viVN: Locale = 'locale' in localeModule.default ? localeModule.default : localeModule.default.default;

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
