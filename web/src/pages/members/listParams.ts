import { useSearchParams } from 'react-router';

/** Filters of the member list, all kept in the address so a list can be bookmarked and shared. */
export const FILTER_KEYS = [
  'org',
  'status',
  'gender',
  'ethnicity',
  'ageBand',
  'education',
  'professional',
  'politicalTheory',
  'occupation',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = ['name', 'birthDate', '-birthDate', 'ceremonyDate', '-ceremonyDate'] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;

export interface ListParams {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: Sort;
  page: number;
  pageSize: number;
}

function readParams(p: URLSearchParams): ListParams {
  const filters: ListParams['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const sort = p.get('sort') as Sort | null;
  const page = Number(p.get('page'));
  const size = Number(p.get('pageSize'));
  return {
    q: p.get('q') ?? '',
    filters,
    sort: sort && SORTS.includes(sort) ? sort : 'name',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  /** Changes some parameters; any change other than the page goes back to page 1. */
  const update = (
    changes: Partial<Record<FilterKey | 'q' | 'sort' | 'page' | 'pageSize', string | number | null>>,
  ) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (
        v === null ||
        v === undefined ||
        v === '' ||
        (k === 'sort' && v === 'name') ||
        (k === 'page' && v === 1)
      )
        next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in changes)) next.delete('page');
    setSearch(next, { replace: true });
  };
  const clear = () => {
    const next = new URLSearchParams();
    setSearch(next, { replace: true });
  };
  const active = Object.keys(params.filters).length + (params.q ? 1 : 0);
  return { params, update, clear, active };
}
