import { useQuery } from '@tanstack/react-query';
import type {
  RatingsReportShape as RatingsReport,
  RatingsChildrenShape as RatingsReportChildren,
} from '../../../../src/modules/ratings/report/rules.ts';
import { api, withQuery } from '../../api/client.ts';

export type { RatingsReport, RatingsReportChildren };
export type YearRow = RatingsReport['years'][number];

interface Query {
  org: string | null;
  fromYear: number;
  toYear: number;
}

export const useRatingsReport = (q: Query) =>
  useQuery({
    queryKey: ['reports', 'ratings', q.org, q.fromYear, q.toYear],
    queryFn: ({ signal }) => api.get<RatingsReport>('/api/v1/reports/ratings', { ...q }, signal),
  });

export const useRatingsChildren = (q: Query) =>
  useQuery({
    queryKey: ['reports', 'ratings', 'children', q.org, q.fromYear, q.toYear],
    queryFn: ({ signal }) =>
      api.get<RatingsReportChildren>('/api/v1/reports/ratings/children', { ...q }, signal),
  });

export const xlsxHref = (q: Query) => withQuery('/api/v1/reports/ratings.xlsx', { ...q });
