import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface BreakdownEntry {
  code: string;
  label: string;
  count: number;
}

export interface StructureReport {
  org: { code: string | null; name: string };
  asOf: string;
  organizations: {
    grassroots: { total: number; committees: number; cells: number };
    subordinateCells: number;
  };
  members: {
    total: number;
    female: number;
    ethnicMinority: number;
    probationary: number;
    official: number;
    exempted: number;
    temporarilyExempted: number;
    religious: number;
  };
  breakdowns: Record<
    | 'gender'
    | 'ethnicity'
    | 'ageBand'
    | 'education'
    | 'professional'
    | 'politicalTheory'
    | 'occupation'
    | 'religion'
    | 'religiousAdherence',
    BreakdownEntry[]
  >;
}

export interface ChangesReport {
  org: { code: string | null; name: string };
  from: string;
  to: string;
  startCount: number;
  endCount: number;
  increase: { total: number; admitted: number; readmitted: number; transferredIn: number };
  decrease: {
    total: number;
    died: number;
    expelled: number;
    removed: number;
    resigned: number;
    admissionAnnulled: number;
    transferredOut: number;
  };
}

export const useStructure = (org: string | null, asOf: string | null, enabled: boolean) =>
  useQuery({
    queryKey: ['reports', 'structure', org, asOf],
    queryFn: ({ signal }) => api.get<StructureReport>('/api/v1/reports/structure', { org, asOf }, signal),
    enabled,
  });

export const useChanges = (org: string | null, from: string | null, to: string | null, enabled: boolean) =>
  useQuery({
    queryKey: ['reports', 'changes', org, from, to],
    queryFn: ({ signal }) => api.get<ChangesReport>('/api/v1/reports/changes', { org, from, to }, signal),
    enabled,
  });
