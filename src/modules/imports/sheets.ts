/**
 * The import template's sheets and columns, exactly as the issue names them. One definition serves
 * the template, the reader (header matching), the validation report and the export.
 */
import type { CodeListName } from '../../vn/codes/index.ts';
import type { FileListName } from './ratingCodes.ts';

export type ColumnKind =
  | { type: 'text'; max?: number }
  | { type: 'date' }
  | { type: 'code'; list: CodeListName }
  | { type: 'eventType' }
  | { type: 'fileList'; list: FileListName }
  | { type: 'number'; min: number; max: number; integer?: boolean };

export interface ColumnDef {
  key: string;
  header: string;
  kind: ColumnKind;
  required?: boolean;
  /** One line for the instructions sheet. */
  help: string;
}

export type SheetName = 'ToChuc' | 'DangVien' | 'BienDong' | 'XepLoai';

export interface SheetDef {
  name: SheetName;
  title: string;
  columns: readonly ColumnDef[];
}

const text = (max = 300): ColumnKind => ({ type: 'text', max });
const date: ColumnKind = { type: 'date' };
const code = (list: CodeListName): ColumnKind => ({ type: 'code', list });

export const ORG_SHEET: SheetDef = {
  name: 'ToChuc',
  title: 'Tổ chức đảng',
  columns: [
    {
      key: 'code',
      header: 'Mã tổ chức',
      kind: text(40),
      required: true,
      help: 'Mã ổn định, duy nhất (chữ, số, dấu chấm, gạch).',
    },
    { key: 'name', header: 'Tên tổ chức', kind: text(300), required: true, help: 'Tên hiện nay.' },
    {
      key: 'kind',
      header: 'Loại tổ chức',
      kind: code('orgKind'),
      required: true,
      help: 'Cấp tổ chức: chọn trong danh mục.',
    },
    {
      key: 'sector',
      header: 'Loại hình',
      kind: code('orgSector'),
      help: 'Xã, phường, cơ quan, doanh nghiệp…; trống: Khác.',
    },
    {
      key: 'parentCode',
      header: 'Mã tổ chức cấp trên',
      kind: text(40),
      help: 'Trống: tổ chức cao nhất (chỉ quản trị hệ thống).',
    },
    { key: 'establishedOn', header: 'Ngày thành lập', kind: date, required: true, help: 'dd/mm/yyyy.' },
    { key: 'dissolvedOn', header: 'Ngày giải thể', kind: date, help: 'dd/mm/yyyy; trống nếu còn hoạt động.' },
  ],
};

export const MEMBER_SHEET: SheetDef = {
  name: 'DangVien',
  title: 'Đảng viên',
  columns: [
    {
      key: 'key',
      header: 'Mã đảng viên',
      kind: text(64),
      required: true,
      help: 'Mã riêng của tệp, nối các trang (đảng viên có thể chưa có số thẻ).',
    },
    { key: 'cardNumber', header: 'Số thẻ đảng viên', kind: text(20), help: '6–12 chữ số.' },
    { key: 'dossierNumber', header: 'Số lý lịch', kind: text(20), help: '6 chữ số và 1–3 chữ cái mã tỉnh.' },
    { key: 'fullName', header: 'Họ và tên', kind: text(120), required: true, help: 'Họ tên đang dùng.' },
    { key: 'birthName', header: 'Họ tên khai sinh', kind: text(120), help: 'Trống: như họ tên.' },
    { key: 'gender', header: 'Giới tính', kind: code('gender'), required: true, help: 'Nam / Nữ.' },
    { key: 'birthDate', header: 'Ngày sinh', kind: date, required: true, help: 'dd/mm/yyyy.' },
    {
      key: 'ethnicity',
      header: 'Dân tộc',
      kind: code('ethnicity'),
      required: true,
      help: 'Tên hoặc mã (Quyết định 121-TCTK/PPCĐ).',
    },
    {
      key: 'religion',
      header: 'Tôn giáo',
      kind: code('religion'),
      help: 'Trống hoặc "Không": không tôn giáo.',
    },
    {
      key: 'religiousAdherence',
      header: 'Mức độ tôn giáo',
      kind: code('religiousAdherence'),
      help: 'Theo đạo chính thống / chịu ảnh hưởng.',
    },
    { key: 'hometown', header: 'Quê quán', kind: text(300), help: '' },
    { key: 'residence', header: 'Nơi ở hiện nay', kind: text(300), help: '' },
    { key: 'citizenId', header: 'Số CCCD', kind: text(20), help: '12 chữ số.' },
    { key: 'phone', header: 'Điện thoại', kind: text(20), help: '' },
    {
      key: 'education',
      header: 'Trình độ học vấn',
      kind: code('education'),
      help: 'Tiểu học, THCS, THPT… (hoặc 9/12, 10/10).',
    },
    { key: 'professional', header: 'Trình độ chuyên môn', kind: code('professional'), help: '' },
    { key: 'politicalTheory', header: 'Lý luận chính trị', kind: code('politicalTheory'), help: '' },
    { key: 'foreignLanguage', header: 'Ngoại ngữ', kind: text(100), help: '' },
    {
      key: 'occupation',
      header: 'Nghề nghiệp',
      kind: code('occupation'),
      help: 'Nhóm nghề nghiệp trong danh mục.',
    },
    { key: 'jobTitle', header: 'Chức vụ', kind: text(200), help: '' },
    {
      key: 'admissionDecisionDate',
      header: 'Ngày quyết định kết nạp',
      kind: date,
      help: 'Trống: bằng ngày vào Đảng.',
    },
    {
      key: 'ceremonyDate',
      header: 'Ngày vào Đảng',
      kind: date,
      required: true,
      help: 'Ngày lễ kết nạp (ngày ghi trên thẻ).',
    },
    { key: 'officialDate', header: 'Ngày chính thức', kind: date, help: 'Trống: đảng viên dự bị.' },
    {
      key: 'cellCode',
      header: 'Mã chi bộ',
      kind: text(40),
      required: true,
      help: 'Chi bộ sinh hoạt cuối cùng.',
    },
  ],
};

export const EVENT_SHEET: SheetDef = {
  name: 'BienDong',
  title: 'Biến động',
  columns: [
    { key: 'key', header: 'Mã đảng viên', kind: text(64), required: true, help: 'Như ở trang DangVien.' },
    {
      key: 'type',
      header: 'Loại biến động',
      kind: { type: 'eventType' },
      required: true,
      help: 'Mã hoặc tên trong trang DM_BienDong.',
    },
    { key: 'date', header: 'Ngày', kind: date, required: true, help: 'Ngày có hiệu lực, dd/mm/yyyy.' },
    {
      key: 'fromOrg',
      header: 'Mã tổ chức đi',
      kind: text(40),
      help: 'Chuyển đến: trống nếu từ ngoài hệ thống.',
    },
    {
      key: 'toOrg',
      header: 'Mã tổ chức đến',
      kind: text(40),
      help: 'Chuyển đi: trống nếu ra ngoài hệ thống.',
    },
    { key: 'decisionNumber', header: 'Số quyết định', kind: text(100), help: '' },
    { key: 'decisionDate', header: 'Ngày quyết định', kind: date, help: '' },
    { key: 'issuingBody', header: 'Cơ quan quyết định', kind: text(200), help: '' },
    { key: 'note', header: 'Ghi chú', kind: text(1000), help: 'Xóa tên: ghi lý do.' },
  ],
};

/** Past ratings (issue 6, part 5): each row checked against the scale in force in its period. */
export const RATING_SHEET: SheetDef = {
  name: 'XepLoai',
  title: 'Xếp loại chất lượng',
  columns: [
    {
      key: 'year',
      header: 'Năm',
      kind: { type: 'number', min: 1930, max: 2100, integer: true },
      required: true,
      help: 'Năm của kỳ đánh giá (ví dụ 2019).',
    },
    {
      key: 'period',
      header: 'Kỳ',
      kind: { type: 'fileList', list: 'ratingPeriod' },
      required: true,
      help: 'NAM (cả năm) hoặc Q1–Q4 (quý; chỉ từ Quy định 366-QĐ/TW, 30/8/2025).',
    },
    {
      key: 'subject',
      header: 'Đối tượng',
      kind: { type: 'fileList', list: 'ratingSubject' },
      required: true,
      help: 'DV (đảng viên) hoặc TC (tổ chức đảng: tổ chức cơ sở đảng, chi bộ trực thuộc, đảng bộ bộ phận).',
    },
    {
      key: 'memberKey',
      header: 'Mã đảng viên',
      kind: text(64),
      help: 'DV: như ở trang DangVien, hoặc mã của đảng viên đã có trong hệ thống.',
    },
    {
      key: 'orgCode',
      header: 'Mã tổ chức',
      kind: text(40),
      help: 'TC: tổ chức được xếp loại (bắt buộc). DV: chi bộ của đảng viên cuối kỳ (để đối chiếu).',
    },
    {
      key: 'level',
      header: 'Xếp loại',
      kind: { type: 'fileList', list: 'ratingLevel' },
      required: true,
      help: 'Mã hoặc tên mức, theo thang của kỳ đó (trước 2018: TSVM…; 2018–2025: HTXSNV, HTTNV, HTNV, KHTNV).',
    },
    {
      key: 'score',
      header: 'Điểm',
      kind: { type: 'number', min: 0, max: 1000 },
      help: 'Chỉ từ Quy định 366-QĐ/TW (thang 100 điểm).',
    },
    { key: 'note', header: 'Ghi chú', kind: text(1000), help: '' },
  ],
};

export const SHEETS: readonly SheetDef[] = [ORG_SHEET, MEMBER_SHEET, EVENT_SHEET, RATING_SHEET];

/** The code lists offered as drop-downs, each on its own sheet of the template. */
export const CODE_SHEETS: readonly { sheet: string; list: CodeListName | 'eventType' | FileListName }[] = [
  { sheet: 'DM_LoaiToChuc', list: 'orgKind' },
  { sheet: 'DM_LoaiHinh', list: 'orgSector' },
  { sheet: 'DM_GioiTinh', list: 'gender' },
  { sheet: 'DM_DanToc', list: 'ethnicity' },
  { sheet: 'DM_TonGiao', list: 'religion' },
  { sheet: 'DM_MucDoTonGiao', list: 'religiousAdherence' },
  { sheet: 'DM_HocVan', list: 'education' },
  { sheet: 'DM_ChuyenMon', list: 'professional' },
  { sheet: 'DM_LyLuan', list: 'politicalTheory' },
  { sheet: 'DM_NgheNghiep', list: 'occupation' },
  { sheet: 'DM_BienDong', list: 'eventType' },
  { sheet: 'DM_KyXepLoai', list: 'ratingPeriod' },
  { sheet: 'DM_DoiTuong', list: 'ratingSubject' },
  { sheet: 'DM_XepLoai', list: 'ratingLevel' },
];
