import { type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { RequireRoll } from './auth/RequireRoll.tsx';
import { PageErrorBoundary } from './components/PageErrorBoundary.tsx';
import { PageLoading } from './components/PageLoading.tsx';
import { lazy } from './lib/lazyPage.ts';
import { LoginPage } from './pages/login/LoginPage.tsx';

// Everything behind sign-in loads on demand, so the sign-in page stays light on weak connections.
const AppLayout = lazy(() => import('./layout/AppLayout.tsx'));
const HomeRedirect = lazy(() => import('./pages/home/HomeRedirect.tsx'));
const OrgIndexPage = lazy(() => import('./pages/orgs/OrgIndexPage.tsx'));
const OrgPage = lazy(() => import('./pages/orgs/OrgPage.tsx'));
const MemberListPage = lazy(() => import('./pages/members/MemberListPage.tsx'));
const MemberPage = lazy(() => import('./pages/member/MemberPage.tsx'));
const MemberFormPage = lazy(() => import('./pages/memberForm/MemberFormPage.tsx'));
const AdmissionPage = lazy(() => import('./pages/admission/AdmissionPage.tsx'));
const TodoPage = lazy(() => import('./pages/todo/TodoPage.tsx'));
const StatisticsPage = lazy(() => import('./pages/statistics/StatisticsPage.tsx'));
const RatingsReportPage = lazy(() => import('./pages/ratingsReport/RatingsReportPage.tsx'));
const TransfersPage = lazy(() => import('./pages/transfers/TransfersPage.tsx'));
const MeetingsPage = lazy(() => import('./pages/meetings/MeetingsPage.tsx'));
const MeetingPage = lazy(() => import('./pages/meetings/MeetingPage.tsx'));
const MePage = lazy(() => import('./pages/me/MePage.tsx'));
const RatingRoundsPage = lazy(() => import('./pages/ratings/RoundsPage.tsx'));
const RatingRoundPage = lazy(() => import('./pages/ratings/RoundPage.tsx'));
const RatingSheetPage = lazy(() => import('./pages/ratings/SheetPage.tsx'));
const SelfAssessmentPage = lazy(() => import('./pages/ratings/SelfPage.tsx'));
const ImportPage = lazy(() => import('./pages/imports/ImportPage.tsx'));
const NoRecordPage = lazy(() => import('./pages/home/NoRecordPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/notFound/NotFoundPage.tsx'));

const roll = (page: ReactNode) => <RequireRoll>{page}</RequireRoll>;

export function AppRoutes() {
  return (
    <PageErrorBoundary>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<HomeRedirect />} />
            <Route path="orgs" element={roll(<OrgIndexPage />)} />
            <Route path="orgs/:code" element={roll(<OrgPage />)} />
            <Route path="members" element={roll(<MemberListPage />)} />
            <Route path="members/new" element={roll(<MemberFormPage />)} />
            <Route path="members/:id" element={<MemberPage />} />
            <Route path="members/:id/edit" element={<MemberFormPage />} />
            <Route path="ket-nap" element={roll(<AdmissionPage />)} />
            <Route path="viec-can-lam" element={roll(<TodoPage />)} />
            <Route path="thong-ke" element={roll(<StatisticsPage />)} />
            <Route path="ket-qua-xep-loai" element={roll(<RatingsReportPage />)} />
            <Route path="chuyen-sinh-hoat" element={roll(<TransfersPage />)} />
            <Route path="sinh-hoat" element={roll(<MeetingsPage />)} />
            <Route path="sinh-hoat/:id" element={roll(<MeetingPage />)} />
            <Route path="nhap-xuat" element={roll(<ImportPage />)} />
            <Route path="xep-loai" element={roll(<RatingRoundsPage />)} />
            <Route path="xep-loai/:id" element={roll(<RatingRoundPage />)} />
            <Route path="xep-loai/:id/to-chuc/:code" element={roll(<RatingSheetPage />)} />
            <Route path="cua-toi" element={<MePage />} />
            <Route path="tu-kiem-diem" element={<SelfAssessmentPage />} />
            <Route path="no-record" element={<NoRecordPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </PageErrorBoundary>
  );
}
