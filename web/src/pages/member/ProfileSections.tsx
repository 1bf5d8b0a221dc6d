import { LockOutlined } from '@ant-design/icons';
import { Card, Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Member } from '../../api/types.ts';
import { can } from '../../auth/roles.ts';
import { useSignedIn } from '../../auth/useMe.ts';
import { formatDate } from '../../lib/dates.ts';
import { StatusTag } from '../members/StatusTag.tsx';
import { TEXTS } from './texts.ts';

const none = <Typography.Text type="secondary">{TEXTS.notRecorded}</Typography.Text>;
const show = (v: ReactNode) => (v === null || v === undefined || v === '' ? none : v);
const secret = (
  <Typography.Text type="secondary">
    <LockOutlined /> {TEXTS.confidential}
  </Typography.Text>
);

type Items = NonNullable<DescriptionsProps['items']>;
type LabelKey = {
  [K in keyof typeof TEXTS]: (typeof TEXTS)[K] extends string ? K : never;
}[keyof typeof TEXTS];

function Section({ title, items }: { title: string; items: Items }) {
  return (
    <Card size="small" title={title}>
      {/* One column beside the history on xl screens: two would squeeze long values to a word a line. */}
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 1, xxl: 2 }} items={items} />
    </Card>
  );
}

/** The profile in the sections of the member form (Phiếu đảng viên, mẫu 2-HSĐV). */
export function ProfileSections({ m }: { m: Member }) {
  const me = useSignedIn();
  const L = m.labels;
  const conf = (v: ReactNode) => (m.confidentialVisible ? show(v) : secret);
  const item = (key: LabelKey, children: ReactNode): Items[number] => ({ key, label: TEXTS[key], children });
  const org =
    m.orgCode && can.browseRoll(me) ? (
      <Link to={`/orgs/${encodeURIComponent(m.orgCode)}`}>{m.orgName ?? m.orgCode}</Link>
    ) : (
      m.orgName
    );
  return (
    <>
      <Section
        title={TEXTS.sectionPersonal}
        items={[
          item('fullName', m.fullName),
          item('birthName', show(m.birthName)),
          item('gender', show(L.gender ?? m.gender)),
          item('birthDate', show(formatDate(m.birthDate))),
          item('ethnicity', show(L.ethnicity ?? m.ethnicity)),
          // No religion is a fact (the import reads "Không" as none), not a missing value.
          item('religion', conf(L.religion ?? m.religion ?? TEXTS.noReligion)),
          item('religiousAdherence', conf(L.religiousAdherence ?? m.religiousAdherence)),
          item('citizenId', conf(m.citizenId)),
          item('phone', show(m.phone)),
          item('hometown', show(m.hometown)),
          item('residence', show(m.residence)),
        ]}
      />
      <Section
        title={TEXTS.sectionWork}
        items={[
          item('education', show(L.education)),
          item('professional', show(L.professional)),
          item('politicalTheory', show(L.politicalTheory)),
          item('foreignLanguage', show(m.foreignLanguage)),
          item('occupation', show(L.occupation)),
          item('jobTitle', show(m.jobTitle)),
          item('workplace', show(m.workplace)),
        ]}
      />
      <Section
        title={TEXTS.sectionParty}
        items={[
          item('org', show(org)),
          item('status', m.status ? <StatusTag status={m.status} label={L.status} /> : none),
          item('cardNumber', show(m.cardNumber)),
          item('dossierNumber', show(m.dossierNumber)),
          item('badgeNumber', show(m.badgeNumber)),
          item('admissionDecisionDate', show(formatDate(m.admissionDecisionDate))),
          item('ceremonyDate', show(formatDate(m.ceremonyDate))),
          item('officialDate', show(formatDate(m.officialDate))),
        ]}
      />
    </>
  );
}
