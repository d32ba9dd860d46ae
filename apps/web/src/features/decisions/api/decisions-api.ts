// The calls behind the decisions pages: the list, one decision with its versions, the draft
// (saved with its revision so concurrent edits are detected), publishing, evaluation, the saved
// test scenarios (also guarded by a revision), scenario tests, version comparison and `.dmn`
// import/export. Query keys start with the account id, so the
// data of one account never shows in another. Wire types come from the contracts (types only).
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  CompareBody, CompareReport, CreateDecisionBody, DecisionDetail, DecisionPage, DecisionTable, DecisionVersion, EvaluateBody,
  EvaluationResult, SaveScenariosBody, ScenarioSet, TestBody, TestReport, UpdateDecisionBody,
} from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';
import { fileNameFromDisposition } from '../logic/file-names';
import { sendText, sendTextWithHeaders } from './text-request';

const BASE = '/api/v1/decisions';
const PAGE_SIZE = 50;
const path = (id: string, rest = '') => `${BASE}/${encodeURIComponent(id)}${rest}`;

export const decisionKeys = {
  all: (accountId: string) => ['decisions', accountId] as const,
  list: (accountId: string, q: string) => ['decisions', accountId, 'list', q] as const,
  one: (accountId: string, id: string) => ['decisions', accountId, 'one', id] as const,
  version: (accountId: string, id: string, version: number) => ['decisions', accountId, 'one', id, 'version', version] as const,
  scenarios: (accountId: string, id: string) => ['decisions', accountId, 'one', id, 'scenarios'] as const,
};

/** The path of one page of the list: the search is left out when empty. */
export function buildDecisionListPath(q: string, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (q !== '') params.set('q', q);
  if (cursor !== null) params.set('cursor', cursor);
  return `${BASE}?${params.toString()}`;
}

export function decisionsQueryOptions(accountId: string, q: string) {
  return infiniteQueryOptions({
    queryKey: decisionKeys.list(accountId, q),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => apiClient.get<DecisionPage>(buildDecisionListPath(q, pageParam), signal),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function decisionQueryOptions(accountId: string, id: string) {
  return queryOptions({ queryKey: decisionKeys.one(accountId, id), queryFn: ({ signal }) => apiClient.get<DecisionDetail>(path(id), signal) });
}

export function decisionVersionQueryOptions(accountId: string, id: string, version: number) {
  return queryOptions({
    queryKey: decisionKeys.version(accountId, id, version),
    queryFn: ({ signal }) => apiClient.get<DecisionVersion>(path(id, `/versions/${String(version)}`), signal),
    // Published versions never change.
    staleTime: Infinity,
  });
}

/** The decision's saved test scenarios (`revision` 0 while none were saved). */
export function scenariosQueryOptions(accountId: string, id: string) {
  return queryOptions({ queryKey: decisionKeys.scenarios(accountId, id), queryFn: ({ signal }) => apiClient.get<ScenarioSet>(path(id, '/scenarios'), signal) });
}

export const saveScenarios = (id: string, body: SaveScenariosBody) => apiRequest<ScenarioSet>(path(id, '/scenarios'), { method: 'PUT', body });

export const createDecision = (body: CreateDecisionBody) => apiClient.post<DecisionDetail>(BASE, body);
export const updateDecision = (id: string, body: UpdateDecisionBody) => apiClient.patch<DecisionDetail>(path(id), body);
export const deleteDecision = (id: string) => apiRequest<undefined>(path(id), { method: 'DELETE' });

export const saveDraft = (id: string, body: { table: DecisionTable; revision: number }) =>
  apiRequest<DecisionVersion>(path(id, '/draft'), { method: 'PUT', body });
export const createDraft = (id: string, fromVersion: number) => apiClient.post<DecisionVersion>(path(id, '/draft'), { fromVersion });
export const discardDraft = (id: string) => apiRequest<undefined>(path(id, '/draft'), { method: 'DELETE' });
export const publishDraft = (id: string, comment: string) => apiClient.post<unknown>(path(id, '/publish'), { comment });

export const evaluateDecision = (id: string, body: EvaluateBody) => apiClient.post<EvaluationResult>(path(id, '/evaluate'), body);
/** `?decision=` picks a decision of a DMN model (tables have one). */
const decisionQuery = (decision: string | undefined) => (decision === undefined ? '' : `?decision=${encodeURIComponent(decision)}`);

export const testDecision = (id: string, request: { body: TestBody; decision?: string | undefined }) =>
  apiClient.post<TestReport>(path(id, `/test${decisionQuery(request.decision)}`), request.body);
export const compareVersions = (id: string, request: { body: CompareBody; decision?: string | undefined }) =>
  apiClient.post<CompareReport>(path(id, `/compare${decisionQuery(request.decision)}`), request.body);

/** Imports a `.dmn` file as a new decision; the name defaults to the one in the file. */
export function importDmn(xml: string, name: string): Promise<DecisionDetail> {
  const query = name.trim() === '' ? '' : `?name=${encodeURIComponent(name.trim())}`;
  return sendText<DecisionDetail>({ path: `${BASE}/import${query}`, method: 'POST', body: xml, contentType: 'application/xml' });
}

/** The DMN 1.3 XML of one version, with the file name the server gives it (null when it gives none). */
export async function exportDmn(id: string, version: number): Promise<{ xml: string; fileName: string | null }> {
  const response = await sendTextWithHeaders<string>({ path: path(id, `/export?version=${String(version)}`), method: 'GET', accept: 'application/xml' });
  return { xml: response.payload, fileName: fileNameFromDisposition(response.headers.get('content-disposition')) };
}
