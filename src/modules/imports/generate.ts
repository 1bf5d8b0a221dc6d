/**
 * A synthetic workbook of a given size with ten-plus years of history per member, written with the
 * streaming writer: for the 10,000-member test and the 100,000-member benchmark. Deterministic.
 * Province P → districts → communes → cells (200 members a cell); every member has three BienDong
 * rows: admission (with its decision) and recognition then an internal move, or for the one in ten
 * still probationary, a temporary exemption and its end.
 */
import type { Writable } from 'node:stream';
import type { RowValues } from '../exports/workbook.ts';
import { writeTemplateWorkbook } from '../exports/workbook.ts';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Lò', 'Tòng', 'Quàng', 'Vi', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hoa', 'Lan', 'Mai', 'Sơn', 'Tuấn', 'Xuân', 'Yến', 'Hùng'];
const ETHNIC = ['Kinh', 'Thái', 'Mông', 'Dao', 'Giáy', 'Hà Nhì'];
const EDUCATION = ['THPT', '9/12', 'Trung học cơ sở', 'Cấp 3'];

export interface GeneratedShape {
  members: number;
  cells: number;
  orgs: number;
  events: number;
  probationary: number;
}

export function shapeOf(members: number): GeneratedShape {
  const cells = Math.max(2, Math.ceil(members / 200));
  const communes = Math.max(1, Math.ceil(cells / 5));
  const districts = Math.max(1, Math.ceil(communes / 10));
  const probationary = Math.floor((members + 9) / 10);
  return { members, cells, orgs: 1 + districts + communes + cells, events: members * 3, probationary };
}

export async function writeGeneratedWorkbook(out: Writable, members: number): Promise<GeneratedShape> {
  const shape = shapeOf(members);
  const communes = Math.max(1, Math.ceil(shape.cells / 5));
  const districts = Math.max(1, Math.ceil(communes / 10));
  function* orgs(): Generator<RowValues> {
    const est = '1990-01-01';
    yield {
      code: 'P',
      name: 'Đảng bộ tỉnh Thử Nghiệm',
      kind: 'DANG_BO_TINH',
      sector: 'KHAC',
      parentCode: null,
      establishedOn: est,
    };
    for (let d = 0; d < districts; d++)
      yield {
        code: `P.D${d}`,
        name: `Đảng bộ huyện số ${d + 1}`,
        kind: 'DANG_BO_HUYEN',
        sector: 'KHAC',
        parentCode: 'P',
        establishedOn: est,
      };
    for (let c = 0; c < communes; c++)
      yield {
        code: `P.D${c % districts}.X${c}`,
        name: `Đảng bộ xã số ${c + 1}`,
        kind: 'DANG_BO_CO_SO',
        sector: 'XA',
        parentCode: `P.D${c % districts}`,
        establishedOn: est,
      };
    for (let k = 0; k < shape.cells; k++) {
      const c = k % communes;
      yield {
        code: cellCode(k, communes, districts),
        name: `Chi bộ thôn số ${k + 1}`,
        kind: 'CHI_BO_TRUC_THUOC',
        sector: 'THON_BAN',
        parentCode: `P.D${c % districts}.X${c}`,
        establishedOn: est,
      };
    }
  }
  const cellOf = (k: number) => cellCode(k % shape.cells, communes, districts);
  const member = (i: number) => {
    const probationary = i % 10 === 0;
    const year = probationary ? 2024 : 1991 + (i % 33);
    const month = 1 + (i % 12);
    const day = 1 + (i % 18);
    const decision = `${year}-${pad(month)}-${pad(day)}`;
    const ceremony = `${year}-${pad(month)}-${pad(day + 10)}`;
    const official = probationary ? null : `${year + 1}-${pad(month)}-${pad(day + 10)}`;
    return {
      probationary,
      decision,
      ceremony,
      official,
      birthYear: year - 20 - (i % 25),
      first: cellOf(i),
      last: cellOf(i + 1),
    };
  };
  function* people(): Generator<RowValues> {
    for (let i = 0; i < members; i++) {
      const m = member(i);
      yield {
        key: `DV${pad(i, 6)}`,
        cardNumber: String(10_000_000 + i),
        dossierNumber: `${pad(i % 1_000_000, 6)}${'ABCDEFGHIJ'[Math.floor(i / 1_000_000)] ?? 'Z'}T`,
        fullName: `${FAMILY[i % 10]} ${MIDDLE[i % 6]} ${GIVEN[i % 12]}`,
        gender: i % 3 === 0 ? 'Nữ' : 'Nam',
        birthDate: `${m.birthYear}-${pad(1 + (i % 12))}-${pad(1 + (i % 27))}`,
        ethnicity: ETHNIC[i % 6]!,
        education: EDUCATION[i % 4]!,
        professional: i % 2 ? 'Đại học' : 'Trung cấp',
        politicalTheory: i % 2 ? 'Trung cấp' : 'Sơ cấp',
        occupation: i % 5 ? 'Nông, lâm, ngư nghiệp' : 'Viên chức',
        hometown: `Xã số ${i % 100}, huyện số ${i % 10}`,
        citizenId: `0${pad(i, 11)}`,
        admissionDecisionDate: m.decision,
        ceremonyDate: m.ceremony,
        officialDate: m.official,
        cellCode: m.probationary ? m.first : m.last,
      };
    }
  }
  function* history(): Generator<RowValues> {
    for (let i = 0; i < members; i++) {
      const m = member(i);
      const key = `DV${pad(i, 6)}`;
      const row = (type: string, date: string, extra: Partial<RowValues> = {}): RowValues => ({
        key,
        type,
        date,
        ...extra,
      });
      yield row('KET_NAP', m.decision, {
        toOrg: m.first,
        decisionNumber: `${i}-QĐ/HU`,
        issuingBody: 'Huyện ủy',
      });
      if (m.official) {
        yield row('CONG_NHAN_CHINH_THUC', m.official, { decisionNumber: `${i}-QĐ/HU` });
        yield row('CHUYEN_NOI_BO', `${Number(m.official.slice(0, 4)) + 1}${m.official.slice(4)}`, {
          fromOrg: m.first,
          toOrg: m.last,
        });
      } else {
        yield row(
          'TAM_MIEN',
          `${m.ceremony.slice(0, 8)}${pad(Number(m.ceremony.slice(8)))}`.replace(
            /-(\d\d)-/,
            (_, mm) => `-${pad(Math.min(12, Number(mm) + 1))}-`,
          ),
        );
        yield row(
          'HET_TAM_MIEN',
          m.ceremony.replace(/^(\d{4})/, (y) => String(Number(y) + 1)),
        );
      }
    }
  }
  await writeTemplateWorkbook(out, { ToChuc: orgs(), DangVien: people(), BienDong: history() });
  return shape;
}

function cellCode(k: number, communes: number, districts: number): string {
  const c = k % communes;
  return `P.D${c % districts}.X${c}.C${k}`;
}
